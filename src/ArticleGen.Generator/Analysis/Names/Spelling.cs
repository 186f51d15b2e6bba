using System;

namespace ArticleGen.Generator.Analysis;

/// <summary>Slips of spelling that the text makes in a name or a title.</summary>
internal static class Spelling
{
    /// <summary>
    /// Whether two words are one letter apart, case aside, with the same first letter: one letter changed, added or dropped
    /// ("Sarea" / "Saree", "Commisioner" / "Commissioner"), or, when <paramref name="allowSwap"/>, two neighbours swapped
    /// ("Ambassadro" / "Ambassador"). Equal words are no slip.
    /// </summary>
    public static bool OneLetterApart(string a, string b, bool allowSwap = false)
    {
        if (a.Length == 0 || b.Length == 0 || Math.Abs(a.Length - b.Length) > 1 || char.ToUpperInvariant(a[0]) != char.ToUpperInvariant(b[0]))
        {
            return false;
        }

        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        int i = 0;
        while (i < a.Length && char.ToUpperInvariant(a[i]) == char.ToUpperInvariant(b[i]))
        {
            i++;
        }

        if (i == a.Length)
        {
            return a.Length != b.Length;
        }

        if (allowSwap && a.Length == b.Length && i + 1 < a.Length
            && char.ToUpperInvariant(a[i]) == char.ToUpperInvariant(b[i + 1]) && char.ToUpperInvariant(a[i + 1]) == char.ToUpperInvariant(b[i])
            && string.Compare(a, i + 2, b, i + 2, a.Length - i - 2, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return true;
        }

        // One letter changed (same length) or one added (b longer): the rest must match after it.
        int skipA = a.Length == b.Length ? 1 : 0;
        return string.Compare(a, i + skipA, b, i + 1, b.Length - i - 1, StringComparison.OrdinalIgnoreCase) == 0
            && a.Length - i - skipA == b.Length - i - 1;
    }
}
