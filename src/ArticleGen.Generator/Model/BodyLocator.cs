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
    private readonly string _body;
    private readonly ArticlePlaces _places;
    private readonly List<int> _lineStarts = new() { 0 };

    public BodyLocator(string body, ArticlePlaces places)
    {
        _body = body;
        _places = places;
        for (int i = body.IndexOf('\n'); i >= 0; i = body.IndexOf('\n', i + 1))
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
        return new SourceLocation(_places.FilePath, fileStart, ToFileOffset(start + length) - fileStart, line, column, endLine, endColumn);
    }

    private int ToFileOffset(int bodyOffset)
    {
        // Each dropped '\r' stood before a '\n' of the body: count those before the offset.
        int index = ImmutableArray.BinarySearch(_places.RemovedCarriageReturns.AsImmutableArray(), bodyOffset);
        int before = index >= 0 ? index : ~index;
        return _places.BodyOffset + bodyOffset + before;
    }

    private (int Line, int Column) LinePosition(int offset)
    {
        offset = System.Math.Min(offset, _body.Length);
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (_places.BodyLine + line, offset - _lineStarts[line]);
    }
}
