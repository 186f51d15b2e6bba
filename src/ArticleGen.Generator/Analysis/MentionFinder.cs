using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Finds every whole-word occurrence of the entities' names and aliases (case-sensitive, ordinal). A form stands as a
/// whole where no letter or digit comes right before it, nor right after it when it ends in one; letters and digits
/// are code points (<see cref="CodePoints"/>), so a name may start with '𠮷' or '𝔄', and it may start with punctuation
/// or a symbol ('.NET Foundation', '’Ndrangheta', '👩‍👩‍👧 Club'). Forms are indexed by their key: their first
/// run of letters and digits, or their first code point when that is neither; each word start and each other code
/// point after a non-word character of the body is looked up once, so the scan is linear in the body length times the
/// (small) number of forms sharing a key. At each start the longest matching form wins and the scan resumes after it
/// (leftmost-longest, non-overlapping): "South China Sea" hides "China", "Wang Xiaohong" hides "Wang".
/// </summary>
internal static class MentionFinder
{
    public static ImmutableArray<FoundMention> Find(string body, IReadOnlyList<EntitySurface> entities, CancellationToken cancellationToken)
    {
        var index = BuildIndex(entities);
        if (index.Count == 0)
        {
            return ImmutableArray<FoundMention>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<FoundMention>();
        int i = 0;
        int steps = 0;
        while (i < body.Length)
        {
            if ((++steps & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (CodePoints.FollowsLetterOrDigit(body, i))
            {
                i += CodePoints.Width(body, i);
                continue;
            }

            int keyEnd = KeyEnd(body, i);
            int matched = -1;
            if (keyEnd - i <= index.MaxKeyLength
                && index.FirstCharacters.Contains(body[i])
                && index.Forms.TryGetValue(body.Substring(i, keyEnd - i), out var candidates))
            {
                // Candidates are sorted longest first.
                foreach (var (form, entity) in candidates)
                {
                    if (Matches(body, i, form))
                    {
                        result.Add(new FoundMention(entity, i, form.Length));
                        matched = form.Length;
                        break;
                    }
                }
            }

            i = matched > 0 ? i + matched : keyEnd;
        }

        return result.ToImmutable();
    }

    /// <summary>The end of the key at <paramref name="start"/>: the run of letters and digits there, else one code point.</summary>
    private static int KeyEnd(string text, int start) =>
        CodePoints.IsLetterOrDigit(text, start) ? CodePoints.WordEnd(text, start) : start + CodePoints.Width(text, start);

    private static bool Matches(string body, int start, string form)
    {
        int end = start + form.Length;
        if (end > body.Length || string.CompareOrdinal(body, start, form, 0, form.Length) != 0)
        {
            return false;
        }

        // Whole words only: a form ending in a letter or digit must not run into one.
        return end == body.Length
            || !CodePoints.FollowsLetterOrDigit(form, form.Length)
            || !CodePoints.IsLetterOrDigit(body, end);
    }

    private static FormIndex BuildIndex(IReadOnlyList<EntitySurface> entities)
    {
        var forms = new Dictionary<string, List<(string Form, int Entity)>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int maxKey = 0;
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            Add(entity.Name, e);
            if (!entity.Aliases.IsDefault)
            {
                foreach (var alias in entity.Aliases)
                {
                    Add(alias, e);
                }
            }
        }

        foreach (var list in forms.Values)
        {
            list.Sort((a, b) => b.Form.Length.CompareTo(a.Form.Length));
        }

        return new FormIndex(forms, maxKey);

        void Add(string? form, int entity)
        {
            // A form is found from its first character, so it cannot start with white space; one with no letter or
            // digit at all ("-") names nothing in particular. The first entity declaring a form owns it.
            if (string.IsNullOrEmpty(form) || char.IsWhiteSpace(form![0]) || !CodePoints.HasLetterOrDigit(form) || !seen.Add(form))
            {
                return;
            }

            int keyEnd = KeyEnd(form, 0);
            string key = form.Substring(0, keyEnd);
            if (!forms.TryGetValue(key, out var list))
            {
                list = new List<(string, int)>();
                forms.Add(key, list);
            }

            list.Add((form, entity));
            maxKey = Math.Max(maxKey, keyEnd);
        }
    }

    private sealed class FormIndex
    {
        public FormIndex(Dictionary<string, List<(string Form, int Entity)>> forms, int maxKeyLength)
        {
            Forms = forms;
            MaxKeyLength = maxKeyLength;
            foreach (string key in forms.Keys)
            {
                FirstCharacters.Add(key[0]);
            }
        }

        public Dictionary<string, List<(string Form, int Entity)>> Forms { get; }

        /// <summary>First UTF-16 units of the keys: most positions of a body start with none of them and need no lookup.</summary>
        public HashSet<char> FirstCharacters { get; } = new();

        public int MaxKeyLength { get; }

        public int Count => Forms.Count;
    }
}
