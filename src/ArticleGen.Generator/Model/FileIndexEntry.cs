namespace ArticleGen.Generator.Model;

/// <summary>
/// What the compilation-wide steps need of one file, taken in one pipeline step: its entity declarations (for the
/// entity table; none for a file that is neither article nor catalog), for an article with a title its identity (for
/// the article name table), and for an article its report (where its parts stand and its parse problems, for the
/// diagnostics). A body edit leaves it equal, so the tables stay cached; a line added to a front matter changes only
/// places, so the tables are rebuilt equal and no code changes.
/// </summary>
internal sealed record FileIndexEntry(DeclarationSet? Declarations, ArticleIdentity? Identity, ArticleReport? Report)
{
    private static readonly FileIndexEntry Nothing = new(null, null, null);

    public static FileIndexEntry Of(ParsedFile file) => file switch
    {
        { Article: { } article } => new(
            new DeclarationSet(article.FilePath, IsCatalog: false, article.Content.Entities, article.Places.Entities, EquatableArray<DiagnosticInfo>.Empty),
            article.Content.Title is null ? null : new ArticleIdentity(article.FilePath, article.Content.Id, article.Places.Id),
            new ArticleReport(article.Places, article.Diagnostics)),
        { Catalog: { } catalog } => new(
            new DeclarationSet(catalog.FilePath, IsCatalog: true, catalog.Entities, catalog.EntityLocations, catalog.Diagnostics), null, null),
        _ => Nothing,
    };
}
