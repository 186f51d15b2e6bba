using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// The one way article text reaches generated code: as the content of a C# string literal, escaped so that
/// quotes, backslashes, line breaks, control and format characters (bidirectional overrides included) and lone
/// surrogates are data, never code; or, for a text holding none of those but quotes, backslashes and line feeds, as
/// a verbatim literal, where a doubled quote is the only escape.
/// </summary>
internal static class CSharpLiteral
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>A regular string literal (<c>"..."</c>), or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        AppendQuoted(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a quoted, escaped literal.</summary>
    public static void AppendQuoted(StringBuilder builder, string value) => AppendQuoted(builder, value, 0, value.Length);

    /// <summary>Appends part of <paramref name="value"/> as a quoted, escaped literal, without copying the part first.</summary>
    public static void AppendQuoted(StringBuilder builder, string value, int start, int length)
    {
        builder.Append('"');
        int end = start + length;
        for (int i = start; i < end; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>
    /// Appends <paramref name="value"/> as a quoted literal in printable ASCII, every other char (a packed number's
    /// bytes are any of 65,536) as <c>\uXXXX</c>: data the reader never reads as text, shown the same on every machine.
    /// </summary>
    public static void AppendAscii(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (char c in value)
        {
            if (c is >= ' ' and <= '~' and not '"' and not '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('\\').Append('u').Append(HexDigits[c >> 12]).Append(HexDigits[(c >> 8) & 0xF])
                    .Append(HexDigits[(c >> 4) & 0xF]).Append(HexDigits[c & 0xF]);
            }
        }

        builder.Append('"');
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be a verbatim literal: a regular literal would escape nothing in it but
    /// quotes, backslashes and line feeds, which a verbatim literal holds as they are (a quote doubled).
    /// </summary>
    public static bool FitsVerbatim(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '\n')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (NeedsEscape(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends <paramref name="value"/> as a verbatim literal (<c>@"..."</c>), for a text that <see cref="FitsVerbatim"/>.</summary>
    public static void AppendVerbatim(StringBuilder builder, string value)
    {
        builder.Append("@\"");
        int start = 0;
        for (int quote = value.IndexOf('"'); quote >= 0; quote = value.IndexOf('"', start))
        {
            builder.Append(value, start, quote + 1 - start).Append('"');
            start = quote + 1;
        }

        builder.Append(value, start, value.Length - start).Append('"');
    }

    /// <summary>Whether the text can be a UTF-8 literal: it must be well-formed UTF-16 (no lone surrogate).</summary>
    public static bool IsWellFormed(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Cuts a text into pieces for a concatenation of literals: one piece per paragraph while that keeps the count
    /// under <paramref name="maxPieces"/> (readable output), else pieces of many lines. Lines longer than the piece
    /// length are cut too, never inside a surrogate pair. The pieces are ranges of the text, not copies.
    /// </summary>
    public static List<(int Start, int Length)> Pieces(string value, int maxPieces, int maxPieceLength)
    {
        int limit = System.Math.Max(maxPieceLength, (value.Length / maxPieces) + 1);
        bool linePerPiece = CountLines(value) <= maxPieces;
        var pieces = new List<(int Start, int Length)>();
        int start = 0;
        while (start < value.Length)
        {
            int end = System.Math.Min(value.Length, start + limit);
            int newline = linePerPiece
                ? value.IndexOf('\n', start, end - start)
                : (end < value.Length ? value.LastIndexOf('\n', end - 1, end - start) : -1);
            if (newline >= 0)
            {
                // A paragraph and the blank lines after it make one piece.
                end = newline + 1;
                while (end < value.Length && value[end] == '\n')
                {
                    end++;
                }
            }
            else if (end < value.Length && char.IsLowSurrogate(value[end]) && char.IsHighSurrogate(value[end - 1]))
            {
                end--;
            }

            pieces.Add((start, end - start));
            start = end;
        }

        return pieces;
    }

    private static int CountLines(string value)
    {
        int count = 1;
        for (int i = value.IndexOf('\n'); i >= 0; i = value.IndexOf('\n', i + 1))
        {
            count++;
        }

        return count;
    }

    private static bool NeedsEscape(char c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned || c == '\u0085';
    }
}
