using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Text;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Finds every whole-word occurrence of the entities' names and aliases (case-sensitive, ordinal). A word is what
/// <see cref="WordCharacters"/> says, for search too: letters, digits and their combining marks, by code point.
/// Forms are indexed by their first alphanumeric run, so each word start of the body is looked up once:
/// the scan is linear in the body length times the (small) number of forms sharing a first word.
/// At each word start the longest matching form wins and the scan resumes after it (leftmost-longest,
/// non-overlapping): "South China Sea" hides "China", "Wang Xiaohong" hides "Wang".
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
        while (i < body.Length)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!WordCharacters.IsWordStart(body, i) || WordCharacters.IsWordPartBefore(body, i))
            {
                i++;
                continue;
            }

            int wordEnd = i + WordCharacters.Length(body, i);
            while (wordEnd < body.Length && WordCharacters.IsWordPart(body, wordEnd))
            {
                wordEnd += WordCharacters.Length(body, wordEnd);
            }

            int matched = -1;
            if (wordEnd - i <= index.MaxKeyLength
                && index.FirstCharacters.Contains(body[i])
                && index.Forms.TryGetValue(body.Substring(i, wordEnd - i), out var candidates))
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

            i = matched > 0 ? i + matched : wordEnd;
        }

        return result.ToImmutable();
    }

    private static bool Matches(string body, int start, string form)
    {
        int end = start + form.Length;
        if (end > body.Length || string.CompareOrdinal(body, start, form, 0, form.Length) != 0)
        {
            return false;
        }

        // Whole words only: a form ending in a word character must not run into one.
        return end == body.Length
            || !WordCharacters.IsWordPartBefore(form, form.Length)
            || !WordCharacters.IsWordPart(body, end);
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
            // A form must start with a letter or digit to be found at a word start; the first
            // entity declaring a form owns it.
            if (form is null || form.Length == 0 || !WordCharacters.IsWordStart(form, 0) || !seen.Add(form))
            {
                return;
            }

            int keyEnd = WordCharacters.Length(form, 0);
            while (keyEnd < form.Length && WordCharacters.IsWordPart(form, keyEnd))
            {
                keyEnd += WordCharacters.Length(form, keyEnd);
            }

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

        /// <summary>First characters of the keys: most words of a body start with none of them and need no lookup.</summary>
        public HashSet<char> FirstCharacters { get; } = new();

        public int MaxKeyLength { get; }

        public int Count => Forms.Count;
    }
}
