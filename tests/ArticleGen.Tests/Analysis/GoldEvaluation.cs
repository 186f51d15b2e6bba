using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using ArticleGen.Generator.Analysis;
using ArticleGen.Tests.Corpus;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Analysis;

/// <summary>
/// Precision and recall of quote detection and attribution against hand-annotated Wikinews articles
/// (Analysis/Gold/*.json), analysed as plain text (no declared entities). Reported for all articles, for the tuned set
/// (the rules were developed on it), for its held-out part (<c>"heldOut": true</c>) and for the blind set
/// (<c>"blind": true</c>: annotated before the analyzer was ever run on them, never used to change a rule).
/// </summary>
/// <remarks>
/// A detected quote matches a gold quote when its text starts with the gold text, or when the gold text starts
/// with it and it covers at least half of it (a quote cut short by a nested mark). Attribution is strict:
/// the speaker name must equal the gold name (case-insensitive). A second, lenient figure also accepts a
/// surname match ("Trump" for "Donald Trump"); only the strict one is asserted.
/// </remarks>
public sealed class GoldEvaluation
{
    private readonly ITestOutputHelper _output;

    public GoldEvaluation(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Quote_detection_and_attribution_meet_the_measured_precision_and_recall()
    {
        var articles = WikinewsCorpus.Articles.ToDictionary(a => a.Url, StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Analysis", "Gold"), "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();

        var all = new Score();
        var tuned = new Score();
        var heldOut = new Score();
        var blind = new Score();
        foreach (var file in files)
        {
            var gold = ReadGold(file);
            Assert.True(articles.TryGetValue(gold.Url, out var article), $"{Path.GetFileName(file)}: url not in the corpus");
            var analysis = BodyAnalyzer.Analyze(article!.Text, Array.Empty<EntitySurface>(), default);
            string name = Path.GetFileName(file);
            Evaluate(name + (gold.Blind ? " [blind]" : string.Empty), article.Text, gold, analysis, all);
            var subset = gold.Blind ? blind : tuned;
            Evaluate(name, article.Text, gold, analysis, subset, log: false);
            if (gold.HeldOut)
            {
                Evaluate(name, article.Text, gold, analysis, heldOut, log: false);
            }
        }

        Assert.True(tuned.Articles >= 8, "at least 8 tuned gold articles");
        Assert.True(blind.Articles >= 10, "at least 10 blind gold articles");
        Report("all gold articles", all);
        var (detection, attribution) = Report("tuned set (rules developed on these; \"blind\" not set)", tuned);
        Report("held-out articles only (part of the tuned set)", heldOut);
        var (blindDetection, blindAttribution) = Report("blind set (\"blind\": true; annotated before the analyzer was run on them)", blind);

        // Tuned set: a little under the measured values (see docs/quote-attribution.md).
        Assert.True(detection.Precision >= 0.97, $"detection precision {detection.Precision:P1}");
        Assert.True(detection.Recall >= 0.97, $"detection recall {detection.Recall:P1}");
        Assert.True(attribution.Precision >= 0.95, $"attribution precision {attribution.Precision:P1}");
        Assert.True(attribution.Recall >= 0.88, $"attribution recall {attribution.Recall:P1}");

        // Blind set: floors only, a little under the measurement after the fixes of its general causes.
        Assert.True(blindDetection.Precision >= BlindFloors.DetectionPrecision, $"blind detection precision {blindDetection.Precision:P1}");
        Assert.True(blindDetection.Recall >= BlindFloors.DetectionRecall, $"blind detection recall {blindDetection.Recall:P1}");
        Assert.True(blindAttribution.Precision >= BlindFloors.AttributionPrecision, $"blind attribution precision {blindAttribution.Precision:P1}");
        Assert.True(blindAttribution.Recall >= BlindFloors.AttributionRecall, $"blind attribution recall {blindAttribution.Recall:P1}");
    }

    private ((double Precision, double Recall, double F1) Detection, (double Precision, double Recall, double F1) Attribution) Report(string title, Score score)
    {
        var detection = Metrics(score.MatchedDetected, score.Detected, score.MatchedGold, score.Gold);
        var attribution = Metrics(score.CorrectSpeakers, score.PredictedSpeakers, score.CorrectSpeakers, score.GoldSpeakers);
        var lenient = Metrics(score.LenientSpeakers, score.PredictedSpeakers, score.LenientSpeakers, score.GoldSpeakers);
        _output.WriteLine(string.Empty);
        _output.WriteLine($"{title}: {score.Articles} articles, gold quotes: {score.Gold} ({score.GoldSpeakers} with a speaker), detected: {score.Detected}, matched and attributed: {score.PredictedSpeakers}");
        _output.WriteLine("| measure | precision | recall | F1 |");
        _output.WriteLine("|---|---|---|---|");
        _output.WriteLine(Row("quote detection", detection));
        _output.WriteLine(Row("attribution (strict)", attribution));
        _output.WriteLine(Row("attribution (surname match)", lenient));
        return (detection, attribution);
    }

    private void Evaluate(string name, string text, GoldArticle gold, BodyAnalysis analysis, Score score, bool log = true)
    {
        score.Articles++;
        var detected = analysis.Quotes;
        var used = new bool[detected.Length];
        score.Gold += gold.Quotes.Count;
        score.Detected += detected.Length;
        score.GoldSpeakers += gold.Quotes.Count(q => q.Speaker is not null);
        foreach (var expected in gold.Quotes)
        {
            int match = -1;
            for (int d = 0; d < detected.Length && match < 0; d++)
            {
                string found = text.Substring(detected[d].Start, detected[d].Length).TrimStart();
                bool matches = found.StartsWith(expected.Text, StringComparison.Ordinal)
                    || (expected.Text.StartsWith(found, StringComparison.Ordinal) && found.Length * 2 >= expected.Text.Length);
                if (!used[d] && matches)
                {
                    match = d;
                }
            }

            if (match < 0)
            {
                Log(log, $"  {name}: missed quote \"{expected.Text}\"");
                continue;
            }

            used[match] = true;
            score.MatchedGold++;
            score.MatchedDetected++;
            string? speaker = detected[match].SpeakerName;
            if (speaker is null)
            {
                if (expected.Speaker is not null)
                {
                    Log(log, $"  {name}: no speaker for \"{expected.Text}\" (gold: {expected.Speaker})");
                }

                continue;
            }

            score.PredictedSpeakers++;
            if (expected.Speaker is not null && string.Equals(speaker, expected.Speaker, StringComparison.OrdinalIgnoreCase))
            {
                score.CorrectSpeakers++;
                score.LenientSpeakers++;
            }
            else
            {
                if (expected.Speaker is not null && string.Equals(LastWord(speaker), LastWord(expected.Speaker), StringComparison.OrdinalIgnoreCase))
                {
                    score.LenientSpeakers++;
                }

                Log(log, $"  {name}: speaker \"{speaker}\" for \"{expected.Text}\" (gold: {expected.Speaker ?? "none"})");
            }
        }

        for (int d = 0; d < detected.Length; d++)
        {
            if (!used[d])
            {
                Log(log, $"  {name}: spurious quote \"{Shorten(text.Substring(detected[d].Start, detected[d].Length))}\"");
            }
        }
    }

    private void Log(bool log, string line)
    {
        if (log)
        {
            _output.WriteLine(line);
        }
    }

    private static string LastWord(string name) => name.Substring(name.LastIndexOf(' ') + 1);

    private static string Shorten(string text) => text.Length <= 50 ? text : text.Substring(0, 50) + "…";

    private static (double Precision, double Recall, double F1) Metrics(int truePositives, int predicted, int recalled, int expected)
    {
        double precision = predicted == 0 ? 1 : (double)truePositives / predicted;
        double recall = expected == 0 ? 1 : (double)recalled / expected;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    private static string Row(string label, (double Precision, double Recall, double F1) m)
        => string.Create(CultureInfo.InvariantCulture, $"| {label} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} |");

    private static GoldArticle ReadGold(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var root = document.RootElement;
        var quotes = root.GetProperty("quotes").EnumerateArray()
            .Select(q => new GoldQuote(
                q.GetProperty("text").GetString()!,
                q.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : q.GetProperty("speaker").GetString()))
            .ToList();
        bool heldOut = root.TryGetProperty("heldOut", out var flag) && flag.ValueKind == JsonValueKind.True;
        bool blind = root.TryGetProperty("blind", out var blindFlag) && blindFlag.ValueKind == JsonValueKind.True;
        return new GoldArticle(root.GetProperty("url").GetString()!, heldOut, blind, quotes);
    }

    private sealed record GoldQuote(string Text, string? Speaker);

    private sealed record GoldArticle(string Url, bool HeldOut, bool Blind, List<GoldQuote> Quotes);

    /// <summary>
    /// Floors for the blind set, a little under its measurement (first run: detection 0.983 / 1.000, strict attribution
    /// 0.848 / 0.560; after fixing the general causes its error analysis found: 1.000 / 1.000 and 0.956 / 0.860, so the
    /// set is no longer blind; docs/quote-attribution.md). They guard against regressions only.
    /// </summary>
    private static class BlindFloors
    {
        public const double DetectionPrecision = 0.98;

        public const double DetectionRecall = 0.97;

        public const double AttributionPrecision = 0.93;

        public const double AttributionRecall = 0.83;
    }

    private sealed class Score
    {
        public int Articles { get; set; }

        public int Gold { get; set; }

        public int Detected { get; set; }

        public int MatchedGold { get; set; }

        public int MatchedDetected { get; set; }

        public int GoldSpeakers { get; set; }

        public int PredictedSpeakers { get; set; }

        public int CorrectSpeakers { get; set; }

        public int LenientSpeakers { get; set; }
    }
}
