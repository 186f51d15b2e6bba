namespace ArticleGen.Generator.Model;

/// <summary>
/// What the compilation-wide tables need of one file, taken in one pipeline step: its entity declarations (for the
/// entity table; none for a file that is neither article nor catalog) and, for an article with a title, its identity
/// (for the article name table). A body edit leaves it equal, so the tables stay cached.
/// </summary>
internal sealed record FileIndexEntry(DeclarationSet? Declarations, ArticleIdentity? Identity)
{
    private static readonly FileIndexEntry Nothing = new(null, null);

    public static FileIndexEntry Of(ParsedFile file) => file switch
    {
        { Article: { } article } => new(
            new DeclarationSet(article.FilePath, IsCatalog: false, article.Content.Entities, article.Places.Entities, EquatableArray<DiagnosticInfo>.Empty),
            article.Content.Title is null ? null : new ArticleIdentity(article.FilePath, article.Content.Id, article.Places.Id)),
        { Catalog: { } catalog } => new(
            new DeclarationSet(catalog.FilePath, IsCatalog: true, catalog.Entities, catalog.EntityLocations, catalog.Diagnostics), null),
        _ => Nothing,
    };
}
