namespace ArticleGen.Generator.Model;

/// <summary>
/// What an article says, without where anything stands in its file: everything its analysis and its generated code
/// depend on. A line added to the front matter moves every location but leaves this equal, so the article is neither
/// analysed nor generated again; only its diagnostics move (<see cref="ArticlePlaces"/>). <c>Title</c> is null when
/// the article has none (and so no code); <c>Body</c> has its line endings normalised to <c>\n</c>, and
/// <c>RemovedCarriageReturns</c> lists the body offsets before which a '\r' of the file was dropped (for findings'
/// places in the file as written). <c>BodyResource</c> says where the program reads the body, when not from the
/// generated code.
/// </summary>
internal sealed record ArticleContent(
    string FilePath,
    ArticleFormat Format,
    string Id,
    string? Title,
    string? Source,
    ArticleDateModel? Published,
    string? Url,
    EquatableArray<string> Authors,
    string Language,
    EquatableArray<string> Tags,
    EquatableArray<EntityDeclaration> Entities,
    EquatableArray<QuoteAttribution> Quotes,
    string Body,
    EquatableArray<int> RemovedCarriageReturns,
    BodyResource? BodyResource = null);
