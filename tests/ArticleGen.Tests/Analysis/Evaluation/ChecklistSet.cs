using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ArticleGen.Tests.Analysis.Evaluation;

/// <summary>A double-quoted span of a checklist article: its text between the marks, what it is, and for speech who said it.</summary>
/// <param name="Text">The span's text, boundaries as the annotation guidelines set them.</param>
/// <param name="Kind">speech, title, term or scare.</param>
/// <param name="Speaker">For speech: the speaker's fullest name in the article, a nominal, or null (unknown).</param>
public sealed record ChecklistQuote(string Text, string Kind, string? Speaker)
{
    public bool IsSpeech => Kind == "speech";
}

/// <summary>An invented news article of the behavioural checklist, written with its quotes' speakers before the engine ran on it.</summary>
/// <param name="Id">Its theme letter and number ("B-07").</param>
/// <param name="Shape">The construction it exercises, in a few words.</param>
/// <param name="Text">The article text, paragraphs separated by blank lines.</param>
/// <param name="Quotes">Every double-quoted span, in text order.</param>
public sealed record ChecklistCase(string Id, string Shape, string Text, IReadOnlyList<ChecklistQuote> Quotes);

/// <summary>
/// The checklist sets under Analysis/Checklist (docs/quote-attribution.md, "The behavioural checklist"): <c>dev</c>, whose
/// failures rules are written from, and <c>heldout</c>, written by other annotators at the same time and frozen (counted,
/// never read). One JSON object per line per file.
/// </summary>
public static class ChecklistSet
{
    public static IReadOnlyList<ChecklistCase> Load(string set)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Analysis", "Checklist", set);
        var cases = new List<ChecklistCase>();
        foreach (string file in Directory.GetFiles(folder, "*.jsonl").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var quotes = root.GetProperty("quotes").EnumerateArray().Select(q => new ChecklistQuote(
                    q.GetProperty("quote").GetString()!,
                    q.GetProperty("kind").GetString()!,
                    q.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : q.GetProperty("speaker").GetString())).ToList();
                cases.Add(new ChecklistCase(root.GetProperty("id").GetString()!, root.GetProperty("shape").GetString()!, root.GetProperty("text").GetString()!, quotes));
            }
        }

        return cases;
    }
}
