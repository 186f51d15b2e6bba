using System.Globalization;

namespace ArticleGen.Text;

/// <summary>
/// What a word is made of, for mentions (the generator's MentionFinder) and for search (the runtime's Tokenizer):
/// one rule, compiled into both assemblies from this one file, since the generator cannot reference the runtime. A word
/// starts with a letter (any case, modifier or other letter) or a decimal digit and goes on with those and with the
/// combining marks that follow them (so a decomposed <c>Zu◌̈rich</c> is one word); characters are code points, so a
/// letter outside the Basic Multilingual Plane (<c>𠮷</c>, <c>𝔄</c>) is a letter. Everything else (spaces,
/// punctuation, symbols, emoji) is no part of a word.
/// </summary>
internal static class WordCharacters
{
    /// <summary>Whether <paramref name="c"/> is an ASCII letter or digit (false for every other character, ASCII or not).</summary>
    public static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>Whether the character at <paramref name="index"/> can start a word: a letter or a decimal digit.</summary>
    public static bool IsWordStart(string text, int index)
    {
        char c = text[index];
        if (c < 0x80)
        {
            // Most of the text of English news: no table look-up.
            return IsAsciiLetterOrDigit(c);
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether the character at <paramref name="index"/> can be part of a word: a word start, or a combining mark.</summary>
    public static bool IsWordPart(string text, int index)
    {
        if (text[index] < 0x80)
        {
            return IsWordStart(text, index);
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(text, index))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return true;
            default:
                return IsWordStart(text, index);
        }
    }

    /// <summary>Whether the character that ends just before <paramref name="index"/> is part of a word (false at the start).</summary>
    public static bool IsWordPartBefore(string text, int index)
    {
        if (index <= 0)
        {
            return false;
        }

        int previous = index >= 2 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? index - 2 : index - 1;
        return IsWordPart(text, previous);
    }

    /// <summary>The UTF-16 length of the character at <paramref name="index"/>: 2 for a surrogate pair, else 1.</summary>
    public static int Length(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
}
