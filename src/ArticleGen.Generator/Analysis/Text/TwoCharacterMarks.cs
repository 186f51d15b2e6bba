using System;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// A double mark typed as two single characters: <c>''</c> closing a quote that <c>"</c> or <c>''</c> opened
/// (<c>"We will win,'' he said</c>, as some agency copy is typed), <c>``</c> opening one, and <c>‘‘…’’</c> in text that
/// doubles its curly single marks. Each such pair is read as <c>""</c>, which the quote scanner counts as one straight
/// mark; the body keeps its length, so every offset stays the body's.
/// </summary>
internal static class TwoCharacterMarks
{
    /// <summary>The body itself, or a copy of the same length in which each pair of apostrophes or backticks that stands
    /// alone (not in a run of three or more) reads as a pair of straight double marks; so does each pair of curly single
    /// marks, in a body that opens a quote with one (<c>‘‘</c>), where <c>’’</c> is no nested quote closing with its outer one.</summary>
    public static string AsDoubleMarks(string body)
    {
        char[] singles = body.IndexOf("\u2018\u2018", StringComparison.Ordinal) >= 0 ? CurlyAndStraight : Straight;
        int first = FirstPair(body, 0, singles);
        if (first < 0)
        {
            return body;
        }

        char[] marked = body.ToCharArray();
        for (int i = first; i >= 0; i = FirstPair(body, i + 2, singles))
        {
            marked[i] = '"';
            marked[i + 1] = '"';
        }

        return new string(marked);
    }

    private static readonly char[] Straight = ['\'', '`'];
    private static readonly char[] CurlyAndStraight = ['\'', '`', '\u2018', '\u2019'];

    /// <summary>The start of the first pair of one of <paramref name="singles"/> at or after <paramref name="from"/>, or -1.</summary>
    private static int FirstPair(string body, int from, char[] singles)
    {
        // A vectorised search from one such character to the next: prose holds few.
        for (int i = from < body.Length ? body.IndexOfAny(singles, from) : -1; i >= 0 && i + 1 < body.Length; i = body.IndexOfAny(singles, i + 1))
        {
            char c = body[i];
            if (body[i + 1] == c && (i == 0 || body[i - 1] != c) && (i + 2 == body.Length || body[i + 2] != c))
            {
                return i;
            }
        }

        return -1;
    }
}
