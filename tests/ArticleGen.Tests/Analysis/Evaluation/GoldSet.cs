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
/// <param name="Corpus">The corpus file it comes from (<c>wikinews_2019</c>, <c>wikinews_2020</c>, <c>wikinews_gum</c>, <c>wikinews_amalgum</c> or <c>wikinews_textseg</c>).</param>
/// <param name="Row">Its row in that file.</param>
/// <param name="Url">Its address, checked against the row.</param>
/// <param name="Text">The article text the offsets index.</param>
/// <param name="Spans">Every double-quoted span.</param>
public sealed record GoldArticle(string Corpus, int Row, string Url, string Text, IReadOnlyList<GoldSpan> Spans)
{
    /// <summary>Corpus and row, as the dev set's error list prints them: <c>wikinews_2020/007</c>.</summary>
    public string Id => $"{Corpus}/{Row:000}";
}

/// <summary>
/// The gold sets under Analysis/Gold: <c>dev</c> (rules are developed on it), and <c>test</c>, <c>test2020</c>, <c>testgum</c>, <c>testamalgum</c>, <c>testamalgum2</c>, <c>testamalgum3</c> and <c>testtextseg</c>
/// (each annotated first, then frozen: nobody reads its errors or tunes a rule on it). A file names its corpus
/// (<c>"corpus"</c>, the 2019 file when absent) and its row there.
/// </summary>
public static class GoldSet
{
    public static IReadOnlyList<GoldArticle> Load(string set)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Analysis", "Gold", set);
        var articles = new List<GoldArticle>();
        foreach (string file in Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var root = document.RootElement;
            string corpus = root.TryGetProperty("corpus", out var named) ? named.GetString()! : WikinewsCorpus.Default;
            int row = root.GetProperty("row").GetInt32();
            var article = WikinewsCorpus.Named(corpus)[row];
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
            articles.Add(new GoldArticle(corpus, row, article.Url, article.Text, spans));
        }

        return articles;
    }
}
