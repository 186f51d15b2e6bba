namespace ArticleGen.Generator.Parsing;

/// <summary>
/// YamlDotNet parses nested collections recursively, and a stack overflow would take the compiler down with it:
/// refuse documents nested deeper than any front matter needs, before parsing.
/// </summary>
internal static class YamlDepthGuard
{
    public const int MaxDepth = 64;

    /// <summary>A message if the document nests too deeply, else null.</summary>
    public static string? Check(string yaml)
    {
        int flowDepth = 0;
        int lineStart = 0;
        char quote = '\0';
        for (int i = 0; i < yaml.Length; i++)
        {
            char c = yaml[i];
            if (c == '\n')
            {
                lineStart = i + 1;
                if (BlockDepth(yaml, lineStart) > MaxDepth)
                {
                    return Message;
                }

                continue;
            }

            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'' when i == lineStart || yaml[i - 1] is ' ' or '[' or '{' or ',' or ':':
                    quote = c;
                    break;
                case '#' when i == lineStart || yaml[i - 1] == ' ':
                    while (i + 1 < yaml.Length && yaml[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '[' or '{':
                    if (++flowDepth > MaxDepth)
                    {
                        return Message;
                    }

                    break;
                case ']' or '}':
                    flowDepth = flowDepth > 0 ? flowDepth - 1 : 0;
                    break;
            }
        }

        return BlockDepth(yaml, 0) > MaxDepth ? Message : null;
    }

    private const string Message = "it nests collections more than 64 levels deep";

    // Indentation and compact "- - -" sequences are how block collections nest.
    private static int BlockDepth(string yaml, int start)
    {
        int depth = 0;
        int i = start;
        while (i < yaml.Length && (yaml[i] == ' ' || yaml[i] == '-' || yaml[i] == '?'))
        {
            if (yaml[i] == ' ' && (i == start || yaml[i - 1] == ' '))
            {
                depth++;
            }
            else if (yaml[i] != ' ')
            {
                depth += 2;
            }

            i++;
        }

        // Two spaces of indentation are one level in practice; count generously.
        return depth / 2;
    }
}
