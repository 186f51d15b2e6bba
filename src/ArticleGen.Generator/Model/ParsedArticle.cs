namespace ArticleGen.Generator.Model;

/// <summary>
/// One article file after parsing: its front matter and body, with the problems found so far. Value-equal, holds
/// no Roslyn objects, so an unchanged file is never parsed or analysed again.
/// </summary>
internal sealed record ParsedArticle(
    string FilePath,
    ArticleFormat Format,
    string Id,
    SourceLocation IdLocation,
    string? Title,
    string? Source,
    ArticleDateModel? Published,
    string? Url,
    EquatableArray<string> Authors,
    string Language,
    EquatableArray<string> Tags,
    EquatableArray<EntityDeclaration> Entities,
    EquatableArray<QuoteAttribution> Quotes,
    BodyText Body,
    EquatableArray<DiagnosticInfo> Diagnostics);
