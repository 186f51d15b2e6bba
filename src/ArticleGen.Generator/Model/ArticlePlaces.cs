namespace ArticleGen.Generator.Model;

/// <summary>
/// Where the parts of an article stand in its file, for diagnostics only: the id, each <c>entities:</c> entry and
/// <c>quotes:</c> entry (in the order of <see cref="ArticleContent"/>), and where the body starts, with the carriage
/// returns dropped from it (the body offsets before which a '\r' of the file was dropped). A
/// <see cref="BodyLocator"/> turns body offsets into file locations.
/// </summary>
internal sealed record ArticlePlaces(
    string FilePath,
    SourceLocation Id,
    EquatableArray<SourceLocation> Entities,
    EquatableArray<SourceLocation> QuoteTexts,
    EquatableArray<SourceLocation> QuoteSpeakers,
    int BodyOffset,
    int BodyLine,
    EquatableArray<int> RemovedCarriageReturns)
{
    /// <summary>The places of an article of which nothing but the file is known.</summary>
    public static ArticlePlaces OfFile(string filePath) =>
        new(filePath, SourceLocation.FileStart(filePath), EquatableArray<SourceLocation>.Empty, EquatableArray<SourceLocation>.Empty,
            EquatableArray<SourceLocation>.Empty, 0, 0, EquatableArray<int>.Empty);
}
