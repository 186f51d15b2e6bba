namespace ArticleGen.Generator.Parsing;

/// <summary>Where the YAML front matter and the body lie in an annotated article's raw text.</summary>
internal readonly record struct FrontMatter(bool Found, bool Closed, int YamlStart, int YamlEnd, int BodyStart, int BodyLine)
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Finds the front matter: a first line '---', up to the next line '---' (or '...').</summary>
    public static FrontMatter Locate(string text)
    {
        int start = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        (int end, int next) = TextLines.LineAt(text, start);
        if (!TextLines.LineIs(text, start, end, "---", trimStart: true))
        {
            return new FrontMatter(false, false, start, start, start, 0);
        }

        int yamlStart = next;
        int line = 1;
        for (int lineStart = next; lineStart < text.Length; line++)
        {
            (end, next) = TextLines.LineAt(text, lineStart);
            if (TextLines.LineIs(text, lineStart, end, "---", trimStart: false) || TextLines.LineIs(text, lineStart, end, "...", trimStart: false))
            {
                return new FrontMatter(true, true, yamlStart, lineStart, next, line + 1);
            }

            lineStart = next;
        }

        return new FrontMatter(true, false, yamlStart, text.Length, text.Length, line);
    }
}
