using System.Globalization;
using System.Text;

// Compiled into the runtime and the generator; each keeps its own namespace so that a test assembly that sees the
// internals of both can name either.
#if ARTICLEGEN_GENERATOR
namespace ArticleGen.Generator.Text;
#else
namespace ArticleGen.Text;
#endif

/// <summary>
/// Folds text for matching: canonical decomposition (<see cref="NormalizationForm.FormD"/>), combining marks dropped,
/// lower-cased with the invariant culture, and the typographic apostrophes made straight. <c>Zürich</c>,
/// <c>ZURICH</c> and <c>zurich</c> all fold to <c>zurich</c>; <c>Wang’s</c> folds to <c>wang's</c>.
/// </summary>
internal static class TextFolding
{
    /// <summary>Folds a whole string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text) => Fold(text, 0, text.Length);

    /// <summary>Folds a range of a string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The offset of the range.</param>
    /// <param name="length">The length of the range.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text, int start, int length)
    {
        bool ascii = true;
        bool lower = true;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }

            if (c >= 'A' && c <= 'Z')
            {
                lower = false;
            }
        }

        if (ascii)
        {
            // The fast path: most tokens of English news are plain ASCII.
            if (lower)
            {
                return start == 0 && length == text.Length ? text : text.Substring(start, length);
            }

            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                char c = text[start + i];
                chars[i] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }

            return new string(chars);
        }

        // Normalize refuses a lone surrogate (ArgumentException), which a .NET string may hold: the well-formed runs
        // between lone surrogates are folded one by one, and each lone surrogate is kept as it is.
        var folded = new StringBuilder(length);
        int run = start;
        for (int i = start; i < start + length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < start + length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                AppendFolded(folded, text.Substring(run, i - run));
                folded.Append(text[i]);
                run = i + 1;
            }
        }

        AppendFolded(folded, text.Substring(run, start + length - run));
        return folded.ToString();
    }

    /// <summary>Appends well-formed text decomposed, without its combining marks, lower-cased, apostrophes straight.</summary>
    private static void AppendFolded(StringBuilder folded, string text)
    {
        foreach (char c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(IsApostrophe(c) ? '\'' : c);
            }
        }
    }

    /// <summary>Whether a character is an apostrophe: the straight one, the right single quotation mark or the modifier letter.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> if it is.</returns>
    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC';
}
