using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Analysis.Evaluation;

/// <summary>
/// Quote detection and attribution against the hand-annotated gold sets and the behavioural checklist, each article
/// analysed as plain text with no declared entities. The dev set's errors are printed one by one (rules are developed on it); the frozen test set's
/// are only counted by class, so that nobody reads them to write a rule. Floors: a little under the figures measured
/// when the engine was last changed (docs/quote-attribution.md).
/// </summary>
public sealed class GoldEvaluation
{
    private readonly ITestOutputHelper _output;

    public GoldEvaluation(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Dev_set_meets_its_floors()
    {
        var dev = GoldSet.Load("dev");
        var score = Score(dev);
        Report("dev set (rules are developed on it)", score);
        var parts = dev.GroupBy(DevPart).OrderBy(g => g.First().Corpus, StringComparer.Ordinal).ThenBy(g => g.Min(a => a.Row)).Select(g => (g.Key, Score: Score(g))).ToList();
        foreach (var (corpus, partScore) in parts)
        {
            Report($"dev set, {corpus} part", partScore);
        }

        PrintErrors(score);
        Assert.True(score.Articles >= 683 && score.GoldSpans >= 3986, "the dev set holds its 683 articles and 3,986 spans");
        Assert.Equal(
            ["wikinews_2019", "wikinews_2020", "wikinews_amalgum", AmalgumSecondDevPart, AmalgumThirdDevPart, AmalgumFourthDevPart, AmalgumFifthDevPart, AmalgumSixthDevPart, AmalgumSeventhDevPart, TextSegFirstDevPart, TextSegSecondDevPart, TextSegThirdDevPart, TextSegFourthDevPart],
            parts.Select(p => p.Key));
        Floors.Dev2019.AssertMetBy(parts[0].Score.Detection, parts[0].Score.Attribution);
        Floors.Dev2020.AssertMetBy(parts[1].Score.Detection, parts[1].Score.Attribution);
        Floors.DevAmalgum.AssertMetBy(parts[2].Score.Detection, parts[2].Score.Attribution);
        Floors.DevAmalgum2.AssertMetBy(parts[3].Score.Detection, parts[3].Score.Attribution);
        Floors.DevAmalgum3.AssertMetBy(parts[4].Score.Detection, parts[4].Score.Attribution);
        Floors.DevAmalgum4.AssertMetBy(parts[5].Score.Detection, parts[5].Score.Attribution);
        Floors.DevAmalgum5.AssertMetBy(parts[6].Score.Detection, parts[6].Score.Attribution);
        Floors.DevAmalgum6.AssertMetBy(parts[7].Score.Detection, parts[7].Score.Attribution);
        Floors.DevAmalgum7.AssertMetBy(parts[8].Score.Detection, parts[8].Score.Attribution);
        Floors.DevTextSeg.AssertMetBy(parts[9].Score.Detection, parts[9].Score.Attribution);
        Floors.DevTextSeg2.AssertMetBy(parts[10].Score.Detection, parts[10].Score.Attribution);
        Floors.DevTextSeg3.AssertMetBy(parts[11].Score.Detection, parts[11].Score.Attribution);
        Floors.DevTextSeg4.AssertMetBy(parts[12].Score.Detection, parts[12].Score.Attribution);
    }

    /// <summary>The AMALGUM rows 103-150, annotated and run once before any rule was written from them, are reported as a
    /// part of their own so that the floors of the rows before them keep measuring what they measured; so are rows 151-171.</summary>
    private const string AmalgumSecondDevPart = "wikinews_amalgum rows 103-150";

    /// <summary>The AMALGUM rows 151-171, added the same way after the twenty-first round's rules.</summary>
    private const string AmalgumThirdDevPart = "wikinews_amalgum rows 151-171";

    /// <summary>The AMALGUM rows 172-198, added the same way after the twenty-first round and the cost pass after it.</summary>
    private const string AmalgumFourthDevPart = "wikinews_amalgum rows 172-198";

    /// <summary>The AMALGUM rows 223-226, added the same way after the sixth frozen test set (rows 199-222).</summary>
    private const string AmalgumFifthDevPart = "wikinews_amalgum rows 223-226";

    /// <summary>The AMALGUM rows 227-310: the Wikinews news documents of AMALGUM's <c>amalgum_extra</c> folder, added the
    /// same way after the twenty-seventh round.</summary>
    private const string AmalgumSixthDevPart = "wikinews_amalgum rows 227-310";

    /// <summary>The AMALGUM rows 311-323: the rest of <c>amalgum_extra</c>'s news documents (the ones its listing did not
    /// show), added the same way after the twenty-eighth round.</summary>
    private const string AmalgumSeventhDevPart = "wikinews_amalgum rows 311-323";

    /// <summary>The rows 40-114 of <c>wikinews_textseg</c> (Wikinews of 2004-2016 from another scrape), annotated and run once
    /// before any rule was written from them.</summary>
    private const string TextSegFirstDevPart = "wikinews_textseg, first part (rows 40-114)";

    /// <summary>The rows 115-190 of <c>wikinews_textseg</c>, added the same way after the first rules of the thirty-second
    /// round.</summary>
    private const string TextSegSecondDevPart = "wikinews_textseg, second part (rows 115-190)";

    /// <summary>The rows 191-257 of <c>wikinews_textseg</c>, added the same way after the thirty-second round.</summary>
    private const string TextSegThirdDevPart = "wikinews_textseg, third part (rows 191-257)";

    /// <summary>The rows 258-318 of <c>wikinews_textseg</c>, the last of its pool, added the same way after the thirty-third
    /// round.</summary>
    private const string TextSegFourthDevPart = "wikinews_textseg, fourth part (rows 258-318)";

    private static string DevPart(GoldArticle article)
        => article.Corpus == "wikinews_textseg" ? (article.Row < 115 ? TextSegFirstDevPart : article.Row < 191 ? TextSegSecondDevPart
                : article.Row < 258 ? TextSegThirdDevPart : TextSegFourthDevPart)
            : article.Corpus != "wikinews_amalgum" || article.Row < 103 ? article.Corpus
            : article.Row < 151 ? AmalgumSecondDevPart
            : article.Row < 172 ? AmalgumThirdDevPart
            : article.Row < 223 ? AmalgumFourthDevPart
            : article.Row < 227 ? AmalgumFifthDevPart
            : article.Row < 311 ? AmalgumSixthDevPart
            : AmalgumSeventhDevPart;

    [Fact]
    public void Test_set_meets_its_floors()
        => AssertFrozenSetMeetsFloors("test", "test set", 40, 200, Floors.Test);

    [Fact]
    public void Second_test_set_meets_its_floors()
        => AssertFrozenSetMeetsFloors("test2020", "second test set, wikinews_2020", 40, 200, Floors.Test2020);

    [Fact]
    public void Third_test_set_meets_its_floors()
        => AssertFrozenSetMeetsFloors("testgum", "third test set, wikinews_gum", 19, 130, Floors.TestGum);

    [Fact]
    public void Fourth_test_set_meets_its_floors()
        => AssertFrozenSetMeetsFloors("testamalgum", "fourth test set, wikinews_amalgum rows 28-55", 28, 220, Floors.TestAmalgum);

    [Fact]
    public void Fifth_test_set_meets_its_floors()
        => AssertFrozenSetMeetsFloors("testamalgum2", "fifth test set, wikinews_amalgum rows 86-102", 17, 100, Floors.TestAmalgum2);

    [Fact]
    public void Sixth_test_set_meets_its_floors()
        => AssertFrozenSetMeetsFloors("testamalgum3", "sixth test set, wikinews_amalgum rows 199-222", 24, 147, Floors.TestAmalgum3);

    [Fact]
    public void Seventh_test_set_meets_its_floors()
        => AssertFrozenSetMeetsFloors("testtextseg", "seventh test set, wikinews_textseg rows 0-39", 40, 164, Floors.TestTextSeg);

    [Fact]
    public void Dev_checklist_meets_its_floors()
        => AssertDevChecklistMeetsFloors("dev", "dev checklist, invented articles", 590, 3460, Floors.DevChecklist);

    [Fact]
    public void Dev_second_checklist_meets_its_floors()
        => AssertDevChecklistMeetsFloors("dev2", "second dev checklist, invented articles from outlets outside the US and UK", 60, 445, Floors.DevChecklist2);

    [Fact]
    public void Dev_third_checklist_meets_its_floors()
        => AssertDevChecklistMeetsFloors("dev3", "third dev checklist, invented articles as a news wiki sums up other outlets' reports", 60, 471, Floors.DevChecklist3);

    /// <summary>A dev part of the checklist: its figures and its failures printed, read to write rules.</summary>
    private void AssertDevChecklistMeetsFloors(string set, string title, int articles, int spans, Floors floors)
    {
        var score = Score(ChecklistSet.Load(set));
        Report($"{title} (rules are written from its failures)", score);
        PrintErrors(score);
        Assert.True(score.Articles >= articles && score.GoldSpans >= spans, $"the {title} holds its {articles} articles and {spans} spans");
        floors.AssertMetBy(score.Detection, score.Attribution);
    }

    [Fact]
    public void Held_out_checklist_meets_its_floors()
        => AssertFrozenSetMeetsFloors(ChecklistSet.Load("heldout"), "held-out checklist, invented articles", 80, 357, Floors.HeldOutChecklist);

    [Fact]
    public void Second_held_out_checklist_meets_its_floors()
        => AssertFrozenSetMeetsFloors(ChecklistSet.Load("heldout2"), "second held-out checklist, invented articles", 80, 370, Floors.HeldOutChecklist2);

    [Fact]
    public void Third_held_out_checklist_meets_its_floors()
        => AssertFrozenSetMeetsFloors(ChecklistSet.Load("heldout3"), "third held-out checklist, invented articles", 80, 419, Floors.HeldOutChecklist3);

    [Fact]
    public void Fourth_held_out_checklist_meets_its_floors()
        => AssertFrozenSetMeetsFloors(ChecklistSet.Load("heldout4"), "fourth held-out checklist, invented articles", 40, 250, Floors.HeldOutChecklist4);

    [Fact]
    public void Fifth_held_out_checklist_meets_its_floors()
        => AssertFrozenSetMeetsFloors(ChecklistSet.Load("heldout5"), "fifth held-out checklist, invented articles", 40, 293, Floors.HeldOutChecklist5);

    [Fact]
    public void Sixth_held_out_checklist_meets_its_floors()
        => AssertFrozenSetMeetsFloors(ChecklistSet.Load("heldout6"), "sixth held-out checklist, invented articles", 40, 314, Floors.HeldOutChecklist6);

    private void AssertFrozenSetMeetsFloors(string set, string title, int articles, int spans, Floors floors)
        => AssertFrozenSetMeetsFloors(GoldSet.Load(set), title, articles, spans, floors);

    /// <summary>Scores a frozen set, prints its figures and error counts (never its errors), and asserts its size and floors.</summary>
    private void AssertFrozenSetMeetsFloors(IReadOnlyList<GoldArticle> set, string title, int articles, int spans, Floors floors)
    {
        var score = Score(set);
        Report($"{title} (frozen; its errors are counted, never read)", score);
        Assert.True(score.Articles >= articles && score.GoldSpans >= spans, $"the {title} holds at least {articles} articles and {spans} spans");
        floors.AssertMetBy(score.Detection, score.Attribution);
    }

    private static QuoteScore Score(IEnumerable<GoldArticle> articles)
    {
        var score = new QuoteScore();
        foreach (var gold in articles)
        {
            score.Add(gold, BodyAnalyzer.Analyze(gold.Text, Array.Empty<EntitySurface>(), default));
        }

        return score;
    }

    /// <summary>Prints a set's errors one by one: for sets rules are developed on only.</summary>
    private void PrintErrors(QuoteScore score)
    {
        foreach (var error in score.Errors.OrderBy(e => e.ErrorClass, StringComparer.Ordinal).ThenBy(e => e.Article, StringComparer.Ordinal))
        {
            _output.WriteLine($"  {error.Article} {error.ErrorClass}: {error.Detail}");
        }
    }

    private void Report(string title, QuoteScore score)
    {
        _output.WriteLine($"{title}: {score.Articles} articles, {score.GoldSpans} gold spans, {score.GoldSpeech} speech ({score.GoldWithSpeaker} with a speaker), {score.Reported} quotes reported");
        _output.WriteLine("| measure | precision | recall | F1 | right / reported / gold |");
        _output.WriteLine("|---|---|---|---|---|");
        _output.WriteLine(score.Detection.Row("quote detection (exact span)"));
        _output.WriteLine(score.Attribution.Row("attribution"));
        _output.WriteLine("| stage | speakers right | wrong |");
        _output.WriteLine("|---|---|---|");
        foreach (var (rule, counts) in score.ByRule.OrderBy(r => r.Key))
        {
            _output.WriteLine($"| {rule} | {counts.Right} | {counts.Wrong} |");
        }

        _output.WriteLine("| error class | count |");
        _output.WriteLine("|---|---|");
        foreach (var group in score.Errors.GroupBy(e => e.ErrorClass).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"| {group.Key} | {group.Count()} |");
        }

        _output.WriteLine("| speaker missed or wrong, by where the gold name stands | count |");
        _output.WriteLine("|---|---|");
        foreach (var (where, count) in score.MissedOrWrongByWhere.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"| {where} | {count} |");
        }

        _output.WriteLine("| wrong speaker, a part of the gold name: the name given, where the whole gold name is written | count |");
        _output.WriteLine("|---|---|");
        foreach (var (where, count) in score.PartsOfNameByWhere.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"| {where} | {count} |");
        }
    }
}
