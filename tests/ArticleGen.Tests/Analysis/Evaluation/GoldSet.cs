using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Tests.Corpus;

namespace ArticleGen.Tests.Analysis.Evaluation;

/// <summary>A double-quoted span of a gold article: exact offsets, what it is, and for speech who said it.</summary>
/// <param name="Start">Offset of the span's text (marks excluded).</param>
/// <param name="End">Offset just past it (a comma inside the closing mark excluded).</param>
/// <param name="Kind">speech, title, term or scare.</param>
/// <param name="Speaker">For speech: the speaker's fullest name in the article, a nominal ("police"), or null (unknown).</param>
/// <param name="Nominal">The speaker is a description, not a name.</param>
public sealed record GoldSpan(int Start, int End, string Kind, string? Speaker, bool Nominal)
{
    public bool IsSpeech => Kind == "speech";
}

/// <summary>A hand-annotated Wikinews article (docs/quote-attribution.md, "Annotation guidelines").</summary>
public sealed record GoldArticle(int Row, string Url, string Text, IReadOnlyList<GoldSpan> Spans);

/// <summary>
/// The two gold sets under Analysis/Gold: <c>dev</c> (rules are developed on it) and <c>test</c> (annotated first,
/// then frozen: nobody reads its errors or tunes a rule on it).
/// </summary>
public static class GoldSet
{
    public static IReadOnlyList<GoldArticle> Load(string set)
    {
        var corpus = WikinewsCorpus.Articles;
        string folder = Path.Combine(AppContext.BaseDirectory, "Analysis", "Gold", set);
        var articles = new List<GoldArticle>();
        foreach (string file in Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            int row = root.GetProperty("row").GetInt32();
            var article = corpus[row];
            if (!string.Equals(article.Url, root.GetProperty("url").GetString(), StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{file}: row {row} is not {root.GetProperty("url").GetString()}");
            }

            var spans = root.GetProperty("spans").EnumerateArray().Select(s => new GoldSpan(
                s.GetProperty("start").GetInt32(),
                s.GetProperty("end").GetInt32(),
                s.GetProperty("kind").GetString()!,
                s.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : s.GetProperty("speaker").GetString(),
                s.TryGetProperty("nominal", out var nominal) && nominal.ValueKind == JsonValueKind.True)).ToList();
            articles.Add(new GoldArticle(row, article.Url, article.Text, spans));
        }

        return articles;
    }
}
