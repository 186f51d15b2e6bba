using System.Linq;

namespace ArticleGen.Explorer.Web;

/// <summary>One article: its facts, its body with quotes and mentions marked, the legend of quotes, its entities.</summary>
public static class ArticlePage
{
    /// <summary>Renders the page.</summary>
    /// <param name="library">The articles.</param>
    /// <param name="id">The article's id.</param>
    /// <returns>The page, or a 404.</returns>
    public static PageResult Render(ArticleLibrary library, string id)
    {
        if (library.FindArticle(id) is not { } article)
        {
            return PageResult.NotFound($"article '{id}'", "/", "Back to the articles");
        }

        var html = new Html();
        html.Raw("<p>").Text($"{article.Source ?? "No source"}, {Html.Date(article.Published)}");
        if (article.Tags.Count > 0)
        {
            html.Raw(". Tags: ").Join(article.Tags, (h, tag) => h.Link("/?tag=" + Html.Url(tag), tag));
        }

        html.Raw("</p><p class=\"speaker\">Legend: <mark class=\"quote\">a quote</mark> (its speaker); ")
            .Raw("<span class=\"mention\">a mention</span> of an entity.</p>");
        html.Raw("<article aria-label=\"Article body\">");
        ArticleBody.Write(html, article);
        html.Raw("</article>");

        html.Raw("<section aria-labelledby=\"quotes\"><h2 id=\"quotes\">Quotes</h2><ol class=\"quotes\">");
        foreach (Quote quote in article.Quotes)
        {
            html.Raw("<li><a href=\"#quote-").Raw((quote.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Raw("\">\u201C").Text(quote.Text).Raw("\u201D</a> \u2014 ");
            if (quote.Speaker is { } speaker)
            {
                html.EntityLink(speaker);
            }
            else
            {
                html.Text(ArticleBody.Speaker(quote));
            }

            html.Raw("</li>");
        }

        html.Raw("</ol></section>");
        html.Raw("<section aria-labelledby=\"entities\"><h2 id=\"entities\">Entities</h2><ul>");
        foreach (Entity entity in article.Entities.OrderBy(e => e.Name, System.StringComparer.Ordinal))
        {
            int mentions = article.MentionsOf(entity).Count;
            html.Raw("<li>").EntityLink(entity).Text(mentions == 1 ? " (1 mention)" : $" ({mentions} mentions)").Raw("</li>");
        }

        return PageResult.Ok(article.Title, html.Raw("</ul></section>"));
    }
}
