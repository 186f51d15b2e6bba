using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Article text inside a comment of generated code: on one line (C# ends a comment at any of its line breaks, U+2028
/// included), without characters that could not be shown or stored, or that reorder what is shown (bidirectional
/// controls are format characters), cut after <c>maxLength</c> characters. So article text never leaves its comment.
/// </summary>
internal static class CommentText
{
    /// <summary>For an XML doc comment: escaped for XML too.</summary>
    public static string Xml(string text, int maxLength = 200) => OneLine(text, maxLength, xml: true);

    /// <summary>For a <c>//</c> comment beside the code that stands for the text.</summary>
    public static string Plain(string text, int maxLength = 60) => OneLine(text, maxLength, xml: false);

    private static string OneLine(string text, int maxLength, bool xml)
    {
        var builder = new StringBuilder(System.Math.Min(text.Length, maxLength) + 16);
        bool space = false;
        for (int i = 0; i < text.Length && builder.Length < maxLength; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c, text, i))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            switch (c)
            {
                case '&' when xml: builder.Append("&amp;"); break;
                case '<' when xml: builder.Append("&lt;"); break;
                case '>' when xml: builder.Append("&gt;"); break;
                default:
                    builder.Append(c);
                    if (char.IsHighSurrogate(c))
                    {
                        builder.Append(text[++i]);
                    }

                    break;
            }
        }

        return builder.Length >= maxLength ? builder.ToString() + "\u2026" : builder.ToString();
    }

    private static bool IsInvisible(char c, string text, int i)
    {
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }
}
