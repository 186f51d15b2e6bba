using System.Collections.Generic;
using System.Collections.Immutable;

namespace ArticleGen.Generator.Model;

/// <summary>
/// Maps offsets of a body's text to ranges of the body as written in the file (<see cref="BodyRange"/>). The line
/// starts are found in one pass when the locator is made (only when an article has a finding in its body), and each
/// range is then a binary search: scanning the body once per finding would make a long article with many findings
/// quadratic.
/// </summary>
internal sealed class BodyLocator
{
    private readonly string _body;
    private readonly EquatableArray<int> _removedCarriageReturns;
    private readonly List<int> _lineStarts = new() { 0 };

    public BodyLocator(string body, EquatableArray<int> removedCarriageReturns)
    {
        _body = body;
        _removedCarriageReturns = removedCarriageReturns;
        for (int i = body.IndexOf('\n'); i >= 0; i = body.IndexOf('\n', i + 1))
        {
            _lineStarts.Add(i + 1);
        }
    }

    /// <summary>The range of the file's body that a range of the body's text stands for.</summary>
    public BodyRange Locate(int start, int length)
    {
        (int line, int column) = LinePosition(start);
        (int endLine, int endColumn) = LinePosition(start + length);
        int fileStart = WithCarriageReturns(start);
        return new BodyRange(fileStart, WithCarriageReturns(start + length) - fileStart, line, column, endLine, endColumn);
    }

    private int WithCarriageReturns(int offset)
    {
        // Each dropped '\r' stood before a '\n' of the body: count those before the offset.
        int index = ImmutableArray.BinarySearch(_removedCarriageReturns.AsImmutableArray(), offset);
        return offset + (index >= 0 ? index : ~index);
    }

    private (int Line, int Column) LinePosition(int offset)
    {
        offset = System.Math.Min(offset, _body.Length);
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line, offset - _lineStarts[line]);
    }
}
