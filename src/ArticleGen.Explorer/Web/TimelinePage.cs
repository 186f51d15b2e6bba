using System.Linq;

namespace ArticleGen.Explorer.Web;

/// <summary>The articles by publication date, oldest first, under a heading per year.</summary>
public static class TimelinePage
{
    /// <summary>Renders the page.</summary>
    /// <param name="library">The articles.</param>
    /// <returns>The page.</returns>
    public static PageResult Render(ArticleLibrary library)
    {
        var html = new Html();
        foreach (var year in library.Timeline.GroupBy(a => a.Published!.Value.Year))
        {
            html.Raw("<section><h2>").Text(year.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</h2><ol class=\"timeline\">");
            foreach (Article article in year)
            {
                html.Raw("<li><time datetime=\"").Text(Html.Date(article.Published)).Raw("\">").Text(Html.Date(article.Published))
                    .Raw("</time> ").ArticleLink(article).Raw("</li>");
            }

            html.Raw("</ol></section>");
        }

        return PageResult.Ok("Timeline", html);
    }
}
