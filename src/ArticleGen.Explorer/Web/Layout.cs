namespace ArticleGen.Explorer.Web;

/// <summary>The frame of every page: landmarks, navigation, and the one style sheet (inline: the site needs no network).</summary>
public static class Layout
{
    // Colours meet WCAG AA contrast on white; focus is always visible; the layout is one column on a phone.
    private const string Style = """
        :root { color-scheme: light; }
        body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0; }
        header, main, footer { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
        header nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
        a { color: #0645ad; }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; }
        mark.quote { background: #fff2a8; color: #1a1a1a; }
        span.mention { border-bottom: 2px solid #0b6e4f; }
        .speaker { font-size: 0.85em; color: #4a4a4a; }
        .snippet b { background: #fff2a8; }
        form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
        label { display: flex; flex-direction: column; }
        svg { max-width: 100%; height: auto; }
        svg a:focus circle { stroke: #b35c00; stroke-width: 4; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ccc; overflow-wrap: anywhere; }
        """;

    /// <summary>A whole page.</summary>
    /// <param name="title">The page's title and first heading (encoded here).</param>
    /// <param name="content">The main content's markup.</param>
    /// <returns>The document.</returns>
    public static string Page(string title, string content) =>
        new Html()
            .Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" · ArticleGen explorer</title><style>").Raw(Style).Raw("</style></head><body>")
            .Raw("<a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Raw("<header><nav aria-label=\"Site\"><ul>")
            .Raw("<li><a href=\"/\">Articles</a></li><li><a href=\"/search\">Search</a></li>")
            .Raw("<li><a href=\"/timeline\">Timeline</a></li><li><a href=\"/network\">Network</a></li></ul></nav></header>")
            .Raw("<main id=\"main\"><h1>").Text(title).Raw("</h1>").Raw(content).Raw("</main>")
            .Raw("<footer><p>Compiled from seeds/ by ArticleGen.</p></footer></body></html>\n")
            .ToString();
}
