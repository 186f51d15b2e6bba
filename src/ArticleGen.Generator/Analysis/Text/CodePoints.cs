using System.Globalization;
using ArticleGen.Text;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Word characters by code point, not by UTF-16 unit: a letter outside the Basic Multilingual Plane ('𠮷', '𝔄') is a
/// surrogate pair, neither half of which is a letter by itself. (System.Text.Rune does this on .NET Core 3.0 and later;
/// the generator runs on netstandard2.0, where CharUnicodeInfo reads a pair as one code point.)
/// </summary>
internal static class CodePoints
{
    /// <summary>How many UTF-16 units the code point at <paramref name="index"/> takes: 2 for a surrogate pair, else 1.</summary>
    public static int Width(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    /// <summary>Whether the code point at <paramref name="index"/> is a letter or a decimal digit (as char.IsLetterOrDigit):
    /// what starts a word for mentions and search, the one rule in <see cref="WordCharacters"/>, ASCII without a table.</summary>
    public static bool IsLetterOrDigit(string text, int index) => WordCharacters.IsWordStart(text, index);

    /// <summary>Whether the code point at <paramref name="index"/> is an upper-case letter (as char.IsUpper).</summary>
    public static bool IsUpper(string text, int index) => !char.IsSurrogate(text[index])
        ? char.IsUpper(text[index])
        : CharUnicodeInfo.GetUnicodeCategory(text, index) == UnicodeCategory.UppercaseLetter;

    /// <summary>Whether the code point that ends just before <paramref name="index"/> is a letter or a digit (false at the start).</summary>
    public static bool FollowsLetterOrDigit(string text, int index) =>
        index > 0 && IsLetterOrDigit(text, index >= 2 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? index - 2 : index - 1);

    /// <summary>Whether <paramref name="text"/> holds a letter or a digit anywhere.</summary>
    public static bool HasLetterOrDigit(string text)
    {
        for (int i = 0; i < text.Length; i += Width(text, i))
        {
            if (IsLetterOrDigit(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the run of letters and digits from <paramref name="start"/> on.</summary>
    public static int WordEnd(string text, int start)
    {
        int end = start;
        while (end < text.Length && IsLetterOrDigit(text, end))
        {
            end += Width(text, end);
        }

        return end;
    }
}
