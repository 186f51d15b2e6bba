namespace ArticleGen.Generator.Parsing;

/// <summary>Line scanning over raw file text, where a line ends with LF, CRLF or a lone CR.</summary>
internal static class TextLines
{
    /// <summary>The end of the line starting at <paramref name="start"/> (excluding its break) and the start of the next one.</summary>
    public static (int End, int Next) LineAt(string text, int start)
    {
        int end = start;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        int next = end;
        if (next < text.Length && text[next] == '\r')
        {
            next++;
        }

        if (next < text.Length && text[next] == '\n' && (next == end || text[next - 1] == '\r'))
        {
            next++;
        }

        return (end, next);
    }

    public static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a line, without its trailing (and, if asked, leading) white space, is <paramref name="value"/>;
    /// compared in place, since the front matter's every line is tested.
    /// </summary>
    public static bool LineIs(string text, int start, int end, string value, bool trimStart)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (trimStart && start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return end - start == value.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;
    }

    public static string TrimmedLine(string text, int start, int end) => text.Substring(start, end - start).Trim();
}
