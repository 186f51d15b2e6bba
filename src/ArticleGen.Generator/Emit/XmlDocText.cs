using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Article text inside an XML doc comment: escaped for XML, on one line (C# ends a comment at any of its line
/// breaks, U+2028 included), without characters that could not be shown or stored.
/// </summary>
internal static class XmlDocText
{
    public static string Escape(string text, int maxLength = 200)
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
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
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
