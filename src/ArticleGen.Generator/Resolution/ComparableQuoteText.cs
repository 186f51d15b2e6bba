using System.Text;

namespace ArticleGen.Generator.Resolution;

/// <summary>
/// How a front matter attribution's text is matched to a quote of the body: white space runs count as one space (a
/// hard-wrapped quote matches its one-line attribution) and closing punctuation is left out.
/// </summary>
internal static class ComparableQuoteText
{
    /// <summary>The comparable form of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().TrimEnd(',', '.', ';', ':', ' ');
    }

    /// <summary>
    /// Whether the comparable form of the span of <paramref name="text"/> at <paramref name="start"/> is
    /// <paramref name="wanted"/> (a comparable form), or starts with it when <paramref name="prefix"/>; read in place, as
    /// every quote of an article is compared and none needs a copy.
    /// </summary>
    public static bool Matches(string text, int start, int length, string wanted, bool prefix)
    {
        int end = start + length;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':'))
        {
            end--;
        }

        int i = start;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int w = 0;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // The run ends before the end: the span was cut back to a character that is no space.
                while (char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                c = ' ';
            }
            else
            {
                i++;
            }

            if (w == wanted.Length)
            {
                return prefix;
            }

            if (wanted[w++] != c)
            {
                return false;
            }
        }

        return w == wanted.Length;
    }
}
