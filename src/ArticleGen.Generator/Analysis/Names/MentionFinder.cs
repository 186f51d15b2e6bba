using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Text;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Finds every whole-word occurrence of the entities' names and aliases (case-sensitive, ordinal). A form stands as a
/// whole where no word character comes right before it, nor right after it when it ends in one; a word is what
/// <see cref="WordCharacters"/> says, for search too (letters, digits and their combining marks, by code point), so a
/// name may start with '𠮷' or '𝔄', and it may start with punctuation or a symbol ('.NET Foundation', '’Ndrangheta',
/// '👩‍👩‍👧 Club'). Forms are indexed by their key: their first word, or their first code point when that starts none. The
/// scan jumps between the body's characters that start a key and looks up each such word start, or code point after a
/// non-word character, once; so it is linear in the body length times the (small) number of forms sharing a key. At each
/// start the longest matching form wins and the scan resumes after it (leftmost-longest, non-overlapping): "South China
/// Sea" hides "China", "Wang Xiaohong" hides "Wang".
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
        int steps = 0;
        int i = index.NextKeyStart(body, 0);
        while (i >= 0)
        {
            if ((++steps & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            int next;
            if (WordCharacters.IsWordPartBefore(body, i))
            {
                next = i + WordCharacters.Length(body, i);
            }
            else
            {
                int keyEnd = KeyEnd(body, i);
                int matched = -1;
                if (keyEnd - i <= index.MaxKeyLength && index.Forms.TryGetValue(body.Substring(i, keyEnd - i), out var candidates))
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

                next = matched > 0 ? i + matched : keyEnd;
            }

            i = index.NextKeyStart(body, next);
        }

        return result.ToImmutable();
    }

    /// <summary>The end of the key at <paramref name="start"/>: the word there, else one code point.</summary>
    private static int KeyEnd(string text, int start)
    {
        if (!WordCharacters.IsWordStart(text, start))
        {
            return start + WordCharacters.Length(text, start);
        }

        int end = start + WordCharacters.Length(text, start);
        while (end < text.Length && WordCharacters.IsWordPart(text, end))
        {
            end += WordCharacters.Length(text, end);
        }

        return end;
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

        // Whole words only: a form ending in a word character must not run into one.
        bool wholeWord = b == body.Length
            || !WordCharacters.IsWordPartBefore(form, form.Length)
            || !WordCharacters.IsWordPart(body, b);
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

    /// <summary>The entities' forms by their first word (immutable once built).</summary>
    internal sealed class FormIndex
    {
        public FormIndex(Dictionary<string, List<(string Form, int Entity)>> forms, int maxKeyLength)
        {
            Forms = forms;
            MaxKeyLength = maxKeyLength;
            foreach (string key in forms.Keys)
            {
                _firstCharacters.Add(key[0]);
            }

            _searched = new char[_firstCharacters.Count];
            _firstCharacters.CopyTo(_searched);
        }

        /// <summary>Up to this many characters that start a key are searched for at once; a catalog whose keys start with
        /// more (thousands of Chinese names) is read character by character, so the cost per character stays constant.</summary>
        private const int MaxSearchedCharacters = 64;

        // The UTF-16 units that start a key (a high surrogate for a key starting outside the Basic Multilingual Plane).
        private readonly HashSet<char> _firstCharacters = new();
        private readonly char[] _searched;

        public Dictionary<string, List<(string Form, int Entity)>> Forms { get; }

        /// <summary>
        /// The first position from <paramref name="from"/> on whose character starts a key, or -1: a form can start nowhere
        /// else, so the scan jumps from one of these to the next (a vectorised search on .NET) instead of reading every word.
        /// </summary>
        public int NextKeyStart(string text, int from)
        {
            if (from >= text.Length)
            {
                return -1;
            }

            if (_searched.Length <= MaxSearchedCharacters)
            {
                return text.IndexOfAny(_searched, from);
            }

            for (int i = from; i < text.Length; i++)
            {
                if (_firstCharacters.Contains(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public int MaxKeyLength { get; }

        public int Count => Forms.Count;
    }
}
