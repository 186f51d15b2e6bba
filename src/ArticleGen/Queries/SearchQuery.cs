using System;
using System.Collections.Generic;
using System.Text;
using ArticleGen.Text;

namespace ArticleGen;

/// <summary>
/// A parsed full-text query. Words outside double quotes are separate clauses (a word that the tokenizer splits, like <c>face-to-face</c>, is a phrase); the words between a pair of double
/// quotes (<c>"</c>, or the curly <c>“ ”</c> and <c>„</c>) form one phrase clause, which matches only those words in
/// that order, next to each other. An unclosed quote runs to the end of the query. Every word is folded
/// (<see cref="TextFolding"/>) and split as the index splits the text (<see cref="Tokenizer"/>), so punctuation
/// inside a phrase is ignored as it is in the text. A clause that repeats an earlier one is dropped.
/// </summary>
internal sealed class SearchQuery
{
    private SearchQuery(IReadOnlyList<string[]> clauses) => Clauses = clauses;

    /// <summary>The clauses, in query order: each is one folded term, or the folded terms of a phrase.</summary>
    public IReadOnlyList<string[]> Clauses { get; }

    /// <summary>Parses a query.</summary>
    /// <param name="query">The query text.</param>
    /// <returns>The parsed query; without clauses when the query has no words.</returns>
    public static SearchQuery Parse(string query)
    {
        var clauses = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var segment = new StringBuilder();
        bool inPhrase = false;
        foreach (char c in query)
        {
            if (IsQuoteMark(c))
            {
                AddSegment(segment.ToString(), inPhrase, clauses, seen);
                segment.Clear();
                inPhrase = !inPhrase;
            }
            else
            {
                segment.Append(c);
            }
        }

        AddSegment(segment.ToString(), inPhrase, clauses, seen);
        return new SearchQuery(clauses);
    }

    /// <summary>Splits a text into folded terms as the index does.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The terms, in order.</returns>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        var tokenizer = new Tokenizer(text);
        while (tokenizer.Next(out int start, out int length))
        {
            terms.Add(TextFolding.Fold(text, start, length));
        }

        return terms;
    }

    private static bool IsQuoteMark(char c) => c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';

    private static void AddSegment(string segment, bool phrase, List<string[]> clauses, HashSet<string> seen)
    {
        List<string> terms = Terms(segment);
        if (phrase && terms.Count > 1)
        {
            Add(terms.ToArray(), clauses, seen);
            return;
        }

        // Outside quotes, a word that splits into several terms ("face-to-face", "U.S.") is a phrase of them:
        // as separate clauses, "to" would match nearly every article.
        foreach (string word in segment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            List<string> wordTerms = Terms(word);
            if (wordTerms.Count > 1)
            {
                Add(wordTerms.ToArray(), clauses, seen);
            }
            else if (wordTerms.Count == 1)
            {
                Add(new[] { wordTerms[0] }, clauses, seen);
            }
        }
    }

    private static void Add(string[] clause, List<string[]> clauses, HashSet<string> seen)
    {
        if (seen.Add(string.Join(" ", clause)))
        {
            clauses.Add(clause);
        }
    }
}
