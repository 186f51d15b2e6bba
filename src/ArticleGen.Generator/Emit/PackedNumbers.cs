using System.Collections.Generic;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Packs a run of span numbers into chars, as the runtime's <c>ArticleBuilder</c> reads them
/// (<c>Infrastructure/PackedNumberReader.cs</c>): the count of tuples, then each number as its difference from the same
/// number of the previous tuple, zigzag-encoded in 7-bit groups, low group first (the high bit set on every byte of a
/// number but its last), the bytes two to a char, high byte first, a zero byte after the last when their count is odd.
/// A span's start and length mostly differ from the previous one's by less than 64, so a number mostly takes one byte.
/// </summary>
internal static class PackedNumbers
{
    /// <summary>The chars of <paramref name="numbers"/>, read as tuples of <paramref name="tupleSize"/>.</summary>
    public static string Pack(IReadOnlyList<int> numbers, int tupleSize)
    {
        var bytes = new List<byte>(numbers.Count + 2);
        AppendUnsigned(bytes, (uint)(numbers.Count / tupleSize));
        for (int i = 0; i < numbers.Count; i++)
        {
            int difference = unchecked(numbers[i] - (i >= tupleSize ? numbers[i - tupleSize] : 0));
            AppendUnsigned(bytes, (uint)((difference << 1) ^ (difference >> 31)));
        }

        if (bytes.Count % 2 == 1)
        {
            bytes.Add(0);
        }

        var chars = new char[bytes.Count / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]);
        }

        return new string(chars);
    }

    private static void AppendUnsigned(List<byte> bytes, uint value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }
}
