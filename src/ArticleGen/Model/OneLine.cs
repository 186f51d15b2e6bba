using System.Text;

namespace ArticleGen;

/// <summary>
/// A stretch of the body as one line: each line break inside it, with the white space around it, becomes one space, so a
/// quote from hard-wrapped Markdown reads as it was said. Offsets (<see cref="BodySpan"/>) still point into the body.
/// </summary>
internal static class OneLine
{
    /// <summary>The text with its line breaks folded to single spaces; the same string when it has none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line.</returns>
    public static string Of(string text)
    {
        if (text.IndexOf('\n') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            int end = i;
            bool lineBreak = false;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                lineBreak |= text[end] == '\n';
                end++;
            }

            if (lineBreak)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(text, i, end - i);
            }

            i = end;
        }

        return builder.ToString();
    }
}
