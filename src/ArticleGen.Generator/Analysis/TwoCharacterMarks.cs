namespace ArticleGen.Generator.Analysis;

/// <summary>
/// A double mark typed as two single characters: <c>''</c> closing a quote that <c>"</c> or <c>''</c> opened
/// (<c>"We will win,'' he said</c>, as some agency copy is typed), and <c>``</c> opening one. Each such pair is read as
/// <c>""</c>, which the quote scanner counts as one straight mark; the body keeps its length, so every offset stays the body's.
/// </summary>
internal static class TwoCharacterMarks
{
    /// <summary>The body itself, or a copy of the same length in which each pair of apostrophes or backticks that stands
    /// alone (not in a run of three or more) reads as a pair of straight double marks.</summary>
    public static string AsDoubleMarks(string body)
    {
        int first = FirstPair(body, 0);
        if (first < 0)
        {
            return body;
        }

        char[] marked = body.ToCharArray();
        for (int i = first; i >= 0; i = FirstPair(body, i + 2))
        {
            marked[i] = '"';
            marked[i + 1] = '"';
        }

        return new string(marked);
    }

    /// <summary>The start of the first pair at or after <paramref name="from"/>, or -1.</summary>
    private static int FirstPair(string body, int from)
    {
        // A vectorised search from one apostrophe or backtick to the next: prose holds few.
        for (int i = from < body.Length ? body.IndexOfAny(Singles, from) : -1; i >= 0 && i + 1 < body.Length; i = body.IndexOfAny(Singles, i + 1))
        {
            char c = body[i];
            if (body[i + 1] == c && (i == 0 || body[i - 1] != c) && (i + 2 == body.Length || body[i + 2] != c))
            {
                return i;
            }
        }

        return -1;
    }

    private static readonly char[] Singles = ['\'', '`'];
}
