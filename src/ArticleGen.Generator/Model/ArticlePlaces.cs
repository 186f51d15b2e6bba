namespace ArticleGen.Generator.Model;

/// <summary>
/// Where the parts of an article stand in its file, for diagnostics only: the id, each <c>entities:</c> entry and
/// <c>quotes:</c> entry (in the order of <see cref="ArticleContent"/>), and where the body starts (its offset, and its
/// first line from 0), to which a finding's <see cref="BodyRange"/> is relative.
/// </summary>
internal sealed record ArticlePlaces(
    string FilePath,
    SourceLocation Id,
    EquatableArray<SourceLocation> Entities,
    EquatableArray<SourceLocation> QuoteTexts,
    EquatableArray<SourceLocation> QuoteSpeakers,
    int BodyOffset,
    int BodyLine)
{
    /// <summary>The places of an article of which nothing but the file is known.</summary>
    public static ArticlePlaces OfFile(string filePath) =>
        new(filePath, SourceLocation.FileStart(filePath), EquatableArray<SourceLocation>.Empty, EquatableArray<SourceLocation>.Empty,
            EquatableArray<SourceLocation>.Empty, 0, 0);

    /// <summary>The file location of a range of the body.</summary>
    public SourceLocation Locate(BodyRange range) =>
        new(FilePath, BodyOffset + range.Offset, range.Length, BodyLine + range.Line, range.Column, BodyLine + range.EndLine, range.EndColumn);
}
