using System.Linq;

namespace ArticleGen.Explorer.Web;

/// <summary>One entity: kind, role, aliases, its quotes, the articles that mention it and the entities it appears with.</summary>
public static class EntityPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="library">The articles.</param>
    /// <param name="id">The entity's id.</param>
    /// <returns>The page, or a 404.</returns>
    public static PageResult Render(ArticleLibrary library, string id)
    {
        if (library.FindEntity(id) is not { } entity)
        {
            return PageResult.NotFound($"entity '{id}'", "/network", "Back to the network of entities");
        }

        EntityLinks links = library.LinksOf(entity);
        var html = new Html();
        html.Raw("<dl><dt>Kind</dt><dd>").Text(ArticleJson.KindName(entity.Kind)).Raw("</dd>");
        if (entity.Role is { } role)
        {
            html.Raw("<dt>Role</dt><dd>").Text(role).Raw("</dd>");
        }

        if (entity.Aliases.Count > 0)
        {
            html.Raw("<dt>Also called</dt><dd>").Text(string.Join(", ", entity.Aliases)).Raw("</dd>");
        }

        html.Raw("</dl>");
        html.Raw("<section aria-labelledby=\"said\"><h2 id=\"said\">Quotes</h2>");
        if (links.Quotes.Count == 0)
        {
            html.Raw("<p>No quote.</p>");
        }
        else
        {
            html.Raw("<ul class=\"quotes\">");
            foreach (Quote quote in links.Quotes)
            {
                html.Raw("<li><blockquote>\u201C").Text(quote.Text).Raw("\u201D</blockquote> in ").ArticleLink(quote.Article).Raw("</li>");
            }

            html.Raw("</ul>");
        }

        html.Raw("</section><section aria-labelledby=\"mentioned\"><h2 id=\"mentioned\">Articles that mention it</h2><ul class=\"mentioned\">");
        foreach (Article article in links.Articles)
        {
            int count = article.MentionsOf(entity).Count;
            html.Raw("<li>").ArticleLink(article).Text(count == 1 ? " (1 mention)" : $" ({count} mentions)").Raw("</li>");
        }

        html.Raw("</ul></section><section aria-labelledby=\"with\"><h2 id=\"with\">Appears with</h2><ul class=\"with\">");
        foreach (CoOccurrence pair in links.CoOccurrences)
        {
            html.Raw("<li>").EntityLink(pair.Other(entity))
                .Text(pair.Articles == 1 ? " (1 article)" : $" ({pair.Articles} articles)").Raw("</li>");
        }

        return PageResult.Ok(entity.Name, html.Raw("</ul></section>"));
    }
}
