using System.Collections.Generic;
using System.Collections.Immutable;

namespace ArticleGen.Generator.Model;

/// <summary>
/// Maps body offsets to file locations. The line starts are found in one pass when the locator is made (only
/// when an article has a diagnostic in its body), and each location is then a binary search: scanning the body
/// once per diagnostic would make a long article with many diagnostics quadratic.
/// </summary>
internal sealed class BodyLocator
{
    private readonly BodyText _body;
    private readonly List<int> _lineStarts = new() { 0 };

    public BodyLocator(BodyText body)
    {
        _body = body;
        string text = body.Text;
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The file location of a range of the body.</summary>
    public SourceLocation Locate(int start, int length)
    {
        (int line, int column) = LinePosition(start);
        (int endLine, int endColumn) = LinePosition(start + length);
        int fileStart = ToFileOffset(start);
        return new SourceLocation(_body.FilePath, fileStart, ToFileOffset(start + length) - fileStart, line, column, endLine, endColumn);
    }

    private int ToFileOffset(int bodyOffset)
    {
        // Each dropped '\r' stood before a '\n' of the body: count those before the offset.
        int index = ImmutableArray.BinarySearch(_body.RemovedCarriageReturns.AsImmutableArray(), bodyOffset);
        int before = index >= 0 ? index : ~index;
        return _body.FileOffset + bodyOffset + before;
    }

    private (int Line, int Column) LinePosition(int offset)
    {
        offset = System.Math.Min(offset, _body.Text.Length);
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (_body.FirstLine + line, offset - _lineStarts[line]);
    }
}
