namespace ArticleGen.Generator.Model;

/// <summary>
/// One additional file after parsing: an article, an entity catalog, or neither (a file for another tool). All files
/// flow through the pipeline as one stream of these rather than through a filter per kind: the driver walks every
/// node over every file on every run, so each node saved is time saved on every keystroke.
/// </summary>
internal sealed record ParsedFile(ParsedArticle? Article, ParsedCatalog? Catalog)
{
    /// <summary>A file that is neither an article nor a catalog.</summary>
    public static ParsedFile Other { get; } = new(null, null);
}
