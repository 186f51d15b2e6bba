namespace ArticleGen.Generator.Model;

/// <summary>
/// What the compilation-wide tables need of one article, taken in one pipeline step: its entity declarations (for the
/// entity table) and, when it has a title, its identity (for the article name table).
/// </summary>
internal sealed record ArticleIndexEntry(DeclarationSet Declarations, ArticleIdentity? Identity)
{
    public static ArticleIndexEntry Of(ParsedArticle article) => new(
        new DeclarationSet(article.FilePath, IsCatalog: false, article.Entities),
        article.Title is null ? null : new ArticleIdentity(article.FilePath, article.Id, article.IdLocation));
}
