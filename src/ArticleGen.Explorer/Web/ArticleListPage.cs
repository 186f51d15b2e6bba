using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Explorer.Web;

/// <summary>The home page: the articles by date, newest first, filtered by tag, source and date range.</summary>
public static class ArticleListPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="library">The articles.</param>
    /// <param name="query">tag, source, from, to.</param>
    /// <returns>The page.</returns>
    public static PageResult Render(ArticleLibrary library, QueryParameters query)
    {
        string? tag = query.Text("tag");
        string? source = query.Text("source");
        ArticleDate? from = query.Date("from");
        ArticleDate? to = query.Date("to");
        if (from is { } f && to is { } t && f > t)
        {
            throw new BadQueryException($"'from' ({Html.Date(f)}) is after 'to' ({Html.Date(t)})");
        }

        List<Article> articles = library.Articles
            .Where(a => tag is null || a.Tags.Contains(tag))
            .Where(a => source is null || a.Source == source)
            .Where(a => from is null || (a.Published is { } p && p >= from.Value))
            .Where(a => to is null || (a.Published is { } p && p <= to.Value))
            .OrderByDescending(a => a.Published.HasValue)
            .ThenByDescending(a => a.Published)
            .ThenBy(a => a.Id, System.StringComparer.Ordinal)
            .ToList();

        var html = new Html();
        html.Raw("<form method=\"get\" action=\"/\" aria-label=\"Filter the articles\">");
        Choice(html, "tag", "Tag", library.AllTags(), tag);
        Choice(html, "source", "Source", library.AllSources(), source);
        html.Raw("<label>From <input type=\"date\" name=\"from\" value=\"").Text(from is null ? null : Html.Date(from)).Raw("\"></label>");
        html.Raw("<label>To <input type=\"date\" name=\"to\" value=\"").Text(to is null ? null : Html.Date(to)).Raw("\"></label>");
        html.Raw("<button type=\"submit\">Filter</button></form>");
        html.Raw("<p>").Text(articles.Count == 1 ? "1 article" : $"{articles.Count} articles").Raw("</p>");
        html.Raw("<ul class=\"articles\">");
        foreach (Article article in articles)
        {
            html.Raw("<li>").ArticleLink(article).Raw(" <span class=\"speaker\">")
                .Text($"{article.Source ?? "no source"}, {Html.Date(article.Published)}").Raw("</span></li>");
        }

        return PageResult.Ok("Articles", html.Raw("</ul>"));
    }

    private static void Choice(Html html, string name, string label, IReadOnlyList<string> values, string? selected)
    {
        html.Raw("<label>").Text(label).Raw(" <select name=\"").Raw(name).Raw("\"><option value=\"\">any</option>");
        foreach (string value in values)
        {
            html.Raw(value == selected ? "<option selected>" : "<option>").Text(value).Raw("</option>");
        }

        html.Raw("</select></label>");
    }
}
