using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Finds every whole-word occurrence of the entities' names and aliases (case-sensitive, ordinal).
/// Forms are indexed by their first alphanumeric run, so each word start of the body is looked up once:
/// the scan is linear in the body length times the (small) number of forms sharing a first word.
/// At each word start the longest matching form wins and the scan resumes after it (leftmost-longest,
/// non-overlapping): "South China Sea" hides "China", "Wang Xiaohong" hides "Wang".
/// </summary>
internal static class MentionFinder
{
    public static ImmutableArray<FoundMention> Find(string body, IReadOnlyList<EntitySurface> entities, CancellationToken cancellationToken)
        => Find(body, BuildIndex(entities), cancellationToken);

    /// <summary>The mentions of the indexed forms in <paramref name="body"/>; the index may serve many bodies.</summary>
    public static ImmutableArray<FoundMention> Find(string body, FormIndex index, CancellationToken cancellationToken)
    {
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

            if (!char.IsLetterOrDigit(body[i]) || (i > 0 && char.IsLetterOrDigit(body[i - 1])))
            {
                i++;
                continue;
            }

            int wordEnd = i + 1;
            while (wordEnd < body.Length && char.IsLetterOrDigit(body[wordEnd]))
            {
                wordEnd++;
            }

            int matched = -1;
            if (wordEnd - i <= index.MaxKeyLength
                && index.FirstCharacters.Contains(body[i])
                && index.Forms.TryGetValue(body.Substring(i, wordEnd - i), out var candidates))
            {
                // Candidates are sorted longest first.
                foreach (var (form, entity) in candidates)
                {
                    int length = MatchLength(body, i, form);
                    if (length > 0)
                    {
                        result.Add(new FoundMention(entity, i, length));
                        matched = length;
                        break;
                    }
                }
            }

            i = matched > 0 ? i + matched : wordEnd;
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The length of <paramref name="form"/> as it stands in the body at <paramref name="start"/>, or -1. A space of the
    /// form matches any run of white space within a paragraph, so a name broken by a hard line wrap ("Antony\nBlinken")
    /// is still found; a blank line between its words is a paragraph break and is not.
    /// </summary>
    private static int MatchLength(string body, int start, string form)
    {
        int b = start;
        for (int f = 0; f < form.Length; f++)
        {
            char c = form[f];
            if (c == ' ' && b < body.Length && char.IsWhiteSpace(body[b]))
            {
                int lineBreaks = 0;
                while (b < body.Length && char.IsWhiteSpace(body[b]))
                {
                    lineBreaks += body[b] == '\n' ? 1 : 0;
                    b++;
                }

                if (lineBreaks > 1)
                {
                    return -1;
                }

                continue;
            }

            if (b >= body.Length || body[b] != c)
            {
                return -1;
            }

            b++;
        }

        // Whole words only: a form ending in a letter or digit must not run into one.
        bool wholeWord = b == body.Length
            || !char.IsLetterOrDigit(form[form.Length - 1])
            || !char.IsLetterOrDigit(body[b]);
        return wholeWord ? b - start : -1;
    }

    /// <summary>Indexes the entities' names and aliases by their first word.</summary>
    public static FormIndex BuildIndex(IReadOnlyList<EntitySurface> entities)
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
            if (string.IsNullOrEmpty(form) || !char.IsLetterOrDigit(form![0]) || !seen.Add(form))
            {
                return;
            }

            int keyEnd = 1;
            while (keyEnd < form.Length && char.IsLetterOrDigit(form[keyEnd]))
            {
                keyEnd++;
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

    /// <summary>The entities' forms by their first word (immutable once built).</summary>
    internal sealed class FormIndex
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
