using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// "Did you mean": the known name closest to a misspelt one, by edit distance (insertions, deletions, substitutions
/// and swaps of two neighbours, ignoring letter case). A name counts as close when at most about a third of its
/// letters (at least one, at most three) differ, so <c>thomas-becker</c> finds <c>tomas-becker</c>, <c>alias</c> finds
/// <c>aliases</c> and <c>robot</c> finds nothing. Bounded: names longer than <see cref="MaxLength"/> get no suggestion.
/// </summary>
internal static class Suggestions
{
    /// <summary>Ids and field names are short; a longer text is no typo of one, and comparing it would cost.</summary>
    public const int MaxLength = 64;

    /// <summary>The closest of <paramref name="known"/> to <paramref name="wrong"/>, or null; ties go to the first in ordinal order.</summary>
    public static string? Closest(string wrong, IEnumerable<string> known)
    {
        if (wrong.Length == 0 || wrong.Length > MaxLength)
        {
            return null;
        }

        string folded = wrong.ToLowerInvariant();
        int limit = Math.Max(1, Math.Min(3, (wrong.Length + 2) / 3));
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in known)
        {
            if (candidate.Length > MaxLength || Math.Abs(candidate.Length - wrong.Length) > limit || string.Equals(candidate, wrong, StringComparison.Ordinal))
            {
                continue;
            }

            int distance = Distance(folded, candidate.ToLowerInvariant());
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" for a suggestion, else nothing: to follow the name a message is about.</summary>
    public static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : " (did you mean '" + suggestion + "'?)";

    /// <summary>The optimal string alignment distance (Damerau-Levenshtein without moves of substrings).</summary>
    private static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
