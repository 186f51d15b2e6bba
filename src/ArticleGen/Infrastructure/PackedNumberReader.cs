using System;

namespace ArticleGen.Infrastructure;

/// <summary>
/// Reads the span numbers generated code keeps in string data (the generator's <c>Emit/PackedNumbers.cs</c> writes them):
/// the count of tuples, then each number as its difference from the same number of the previous tuple (the first
/// tuple's from zero), zigzag-encoded (0, -1, 1, -2, ... as 0, 1, 2, 3, ...) in 7-bit groups, low group first, with
/// the high bit set on every byte of a number but its last; the bytes two to a char, high byte first, and a zero byte
/// after the last when their count is odd. Strings, not constant arrays, because a string literal lives in the code,
/// which a reference assembly leaves out: an edit that moves an article's spans leaves its project's reference
/// assembly as it was, so projects that reference it are not compiled again (docs/scale-out.md). Packed, because
/// string literals share one 16 MB heap per assembly.
/// </summary>
internal ref struct PackedNumberReader
{
    private readonly ReadOnlySpan<char> _packed;
    private readonly string _parameter;
    private int _byte;

    /// <param name="packed">The packed numbers.</param>
    /// <param name="parameter">The name of the parameter they came in, for the exception when they are malformed.</param>
    public PackedNumberReader(ReadOnlySpan<char> packed, string parameter)
    {
        _packed = packed;
        _parameter = parameter;
        _byte = 0;
    }

    /// <summary>The count of tuples, which comes first.</summary>
    public int Count()
    {
        uint count = Unsigned();
        return count <= int.MaxValue ? (int)count : throw Malformed("a count past int.MaxValue");
    }

    /// <summary>The next number of a column whose number in the previous tuple was <paramref name="previous"/>.</summary>
    public int Next(int previous)
    {
        uint zigzag = Unsigned();
        return unchecked(previous + ((int)(zigzag >> 1) ^ -(int)(zigzag & 1)));
    }

    /// <summary>Checks that nothing follows the last tuple but the zero byte that fills its char.</summary>
    public readonly void End()
    {
        int total = _packed.Length * 2;
        if (_byte != total && (_byte != total - 1 || (_packed[_packed.Length - 1] & 0xFF) != 0))
        {
            throw Malformed("data after the last tuple");
        }
    }

    private uint Unsigned()
    {
        uint value = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (_byte >= _packed.Length * 2)
            {
                throw Malformed("fewer numbers than its count of tuples");
            }

            char pair = _packed[_byte >> 1];
            int next = (_byte & 1) == 0 ? pair >> 8 : pair & 0xFF;
            _byte++;
            if (shift == 28 && next > 0x0F)
            {
                throw Malformed("a number of more than 32 bits");
            }

            value |= (uint)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
    }

    private readonly ArgumentException Malformed(string what) =>
        new($"The packed numbers are malformed: {what} at byte {_byte}.", _parameter);
}
