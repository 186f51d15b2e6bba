namespace ArticleGen.Generator.Model;

/// <summary>
/// An article's body (line endings normalised to <c>\n</c>) and what it takes to point a diagnostic at a body
/// offset in the original file: where the body starts there and where carriage returns were dropped.
/// A <see cref="BodyLocator"/> does the pointing.
/// </summary>
internal sealed record BodyText(string Text, string FilePath, int FileOffset, int FirstLine, EquatableArray<int> RemovedCarriageReturns);
