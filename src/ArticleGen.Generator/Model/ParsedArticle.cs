namespace ArticleGen.Generator.Model;

/// <summary>
/// One article file after parsing: what it says, where its parts stand, and the problems found so far. Value-equal,
/// holds no Roslyn objects; the pipeline passes <see cref="Content"/> on to analysis and code, and the rest to the
/// diagnostics alone.
/// </summary>
internal sealed record ParsedArticle(ArticleContent Content, ArticlePlaces Places, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string FilePath => Content.FilePath;
}
