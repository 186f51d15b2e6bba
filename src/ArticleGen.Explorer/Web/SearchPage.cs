using System.Collections.Generic;
using System.Globalization;

namespace ArticleGen.Explorer.Web;

/// <summary>Full-text search: the BM25 ranking of the runtime library, each hit with its matches highlighted.</summary>
public static class SearchPage
{
    private const int MaxQueryLength = 500;
    private const int Context = 60;
    private const int SnippetsShown = 3;

    /// <summary>Renders the page.</summary>
    /// <param name="library">The articles.</param>
    /// <param name="query">q (the query) and top (how many hits).</param>
    /// <returns>The page.</returns>
    public static PageResult Render(ArticleLibrary library, QueryParameters query)
    {
        string? text = query.Text("q");
        int top = query.PositiveNumber("top", 20, 100);
        if (text is { Length: > MaxQueryLength })
        {
            throw new BadQueryException($"the query is {text.Length} characters long; the most is {MaxQueryLength}");
        }

        var html = new Html();
        html.Raw("<form method=\"get\" action=\"/search\" role=\"search\"><label>Words or \"a phrase\" <input type=\"search\" name=\"q\" value=\"")
            .Text(text).Raw("\"></label><button type=\"submit\">Search</button></form>");
        if (text is null)
        {
            return PageResult.Ok("Search", html);
        }

        IReadOnlyList<SearchHit> hits = library.Search(text, top);
        html.Raw("<h2>").Text(hits.Count == 0 ? "No article matches." : $"{hits.Count} of the articles match, best first").Raw("</h2><ol class=\"hits\">");
        foreach (SearchHit hit in hits)
        {
            html.Raw("<li><a href=\"/articles/").Text(Html.Url(hit.Article.Id)).Raw("\">");
            Highlighted(html, hit.Article.Title, hit.TitleSpans, 0, hit.Article.Title.Length);
            html.Raw("</a> <span class=\"speaker\">score ").Text(hit.Score.ToString("0.000", CultureInfo.InvariantCulture)).Raw("</span>");
            for (int i = 0; i < hit.BodySpans.Count && i < SnippetsShown; i++)
            {
                BodySpan span = hit.BodySpans[i];
                string body = hit.Article.Body;
                int start = System.Math.Max(0, span.Start - Context);
                int end = System.Math.Min(body.Length, span.End + Context);
                html.Raw("<p class=\"snippet\">\u2026");
                Highlighted(html, body, hit.BodySpans, start, end);
                html.Raw("\u2026</p>");
            }

            html.Raw("</li>");
        }

        return PageResult.Ok("Search", html.Raw("</ol>"));
    }

    private static void Highlighted(Html html, string text, IReadOnlyList<BodySpan> spans, int start, int end)
    {
        int position = start;
        foreach (BodySpan span in spans)
        {
            if (span.Start < position || span.End > end)
            {
                continue;
            }

            html.Text(text.Substring(position, span.Start - position)).Raw("<b>").Text(span.Of(text)).Raw("</b>");
            position = span.End;
        }

        html.Text(text.Substring(position, end - position));
    }
}
