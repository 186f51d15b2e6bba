using System;
using System.Collections.Immutable;

namespace ArticleGen.Generator.Model;

/// <summary>
/// An article's body (line endings normalised to <c>\n</c>) and what it takes to point a diagnostic at a body
/// offset in the original file: where the body starts there and where carriage returns were dropped.
/// </summary>
internal sealed record BodyText(string Text, string FilePath, int FileOffset, int FirstLine, EquatableArray<int> RemovedCarriageReturns)
{
    /// <summary>The file location of a range of the body.</summary>
    public SourceLocation Locate(int start, int length)
    {
        (int line, int column) = LinePosition(start);
        (int endLine, int endColumn) = LinePosition(start + length);
        return new SourceLocation(FilePath, ToFileOffset(start), ToFileOffset(start + length) - ToFileOffset(start), line, column, endLine, endColumn);
    }

    private int ToFileOffset(int bodyOffset)
    {
        // Each dropped '\r' stood before a '\n' of the body: count those before the offset.
        int index = ImmutableArray.BinarySearch(RemovedCarriageReturns.AsImmutableArray(), bodyOffset);
        int before = index >= 0 ? index : ~index;
        return FileOffset + bodyOffset + before;
    }

    private (int Line, int Column) LinePosition(int offset)
    {
        offset = Math.Min(offset, Text.Length);
        int line = FirstLine;
        int lineStart = 0;
        for (int i = Text.IndexOf('\n'); i >= 0 && i < offset; i = Text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }

        return (line, offset - lineStart);
    }
}
