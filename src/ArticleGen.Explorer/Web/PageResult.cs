namespace ArticleGen.Explorer.Web;

/// <summary>A rendered page: its status code, title and main content.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Title">The page's title (plain text).</param>
/// <param name="Content">The main content's markup.</param>
public sealed record PageResult(int Status, string Title, string Content)
{
    /// <summary>A page found.</summary>
    /// <param name="title">The title.</param>
    /// <param name="content">The markup.</param>
    /// <returns>A 200 page.</returns>
    public static PageResult Ok(string title, Html content) => new(200, title, content.ToString());

    /// <summary>Nothing by that id: a 404 page with a link back.</summary>
    /// <param name="what">What was asked for, as the user typed it.</param>
    /// <param name="back">The address of the list to go back to.</param>
    /// <param name="backText">That list's name.</param>
    /// <returns>A 404 page.</returns>
    public static PageResult NotFound(string what, string back, string backText) =>
        new(404, "Not found", new Html().Raw("<p>There is no ").Text(what).Raw(".</p><p>")
            .Link(back, backText).Raw("</p>").ToString());

    /// <summary>A query the site cannot answer: a 400 page that says why.</summary>
    /// <param name="reason">What is wrong with it.</param>
    /// <returns>A 400 page.</returns>
    public static PageResult BadRequest(string reason) =>
        new(400, "Bad request", new Html().Raw("<p role=\"alert\">").Text(reason).Raw("</p><p>")
            .Link("/", "Back to the articles").Raw("</p>").ToString());
}
