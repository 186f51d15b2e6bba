using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ArticleGen.Tests.Analysis.Evaluation;

/// <summary>
/// The behavioural checklist under Analysis/Checklist (docs/quote-attribution.md, "The behavioural checklist"): invented
/// news articles, one JSON object per line, each listing its double-quoted spans by text in text order. <c>dev</c> holds
/// the cases rules are written from, <c>heldout</c> those written at the same time by other annotators and frozen
/// (counted, never read). Each case is read as a gold article, so that the gold sets' scoring serves both.
/// </summary>
public static class ChecklistSet
{
    /// <summary>The cases of <paramref name="set"/> as gold articles: corpus and row from the case's id ("B-07" → B/007),
    /// the id as address, each span at the first place after the span before whose text it is and a quote mark opens.</summary>
    public static IReadOnlyList<GoldArticle> Load(string set)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Analysis", "Checklist", set);
        var articles = new List<GoldArticle>();
        foreach (string file in Directory.GetFiles(folder, "*.jsonl").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                string id = root.GetProperty("id").GetString()!;
                string text = root.GetProperty("text").GetString()!;
                var spans = new List<GoldSpan>();
                int from = 0;
                foreach (var quote in root.GetProperty("quotes").EnumerateArray())
                {
                    string quoted = quote.GetProperty("quote").GetString()!;
                    int start = MarkedOccurrence(text, quoted, from)
                        ?? throw new InvalidDataException($"{file}: {id}: \"{quoted}\" stands after no quote mark after offset {from}");
                    spans.Add(new GoldSpan(
                        start,
                        start + quoted.Length,
                        quote.GetProperty("kind").GetString()!,
                        quote.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : quote.GetProperty("speaker").GetString(),
                        quote.TryGetProperty("nominal", out var nominal) && nominal.ValueKind == JsonValueKind.True));
                    from = start + quoted.Length;
                }

                int dash = id.IndexOf('-');
                articles.Add(new GoldArticle(id.Substring(0, dash), int.Parse(id.Substring(dash + 1), CultureInfo.InvariantCulture), id, text, spans));
            }
        }

        return articles;
    }

    private static int? MarkedOccurrence(string text, string quoted, int from)
    {
        for (int start = text.IndexOf(quoted, from, StringComparison.Ordinal); start >= 0; start = text.IndexOf(quoted, start + 1, StringComparison.Ordinal))
        {
            if (start > 0 && text[start - 1] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u201E')
            {
                return start;
            }
        }

        return null;
    }
}
