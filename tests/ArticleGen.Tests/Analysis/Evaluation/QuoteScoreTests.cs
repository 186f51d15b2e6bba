using System;
using System.Threading;
using ArticleGen.Generator.Analysis;
using Xunit;

namespace ArticleGen.Tests.Analysis.Evaluation;

/// <summary>How the scorer counts right speakers and classes the errors it counts without reading them.</summary>
public sealed class QuoteScoreTests
{
    private const string Attributed = "Ines Duarte met Tom Hale on Monday. \"The dam will hold,\" Hale said.";

    [Fact]
    public void The_gold_speaker_in_any_case_and_without_determiner_is_right()
    {
        var score = Score(Attributed, "tom hale");
        Assert.Equal(new Figures(1, 1, 1), score.Attribution);
        Assert.Empty(score.Errors);
    }

    [Theory]
    [InlineData("Tom Hale Junior", "wrong speaker, a part of the gold name")]
    [InlineData("Hale", "wrong speaker, the gold name and more words")]
    [InlineData("Tom Ross", "wrong speaker, some words of the gold name and others")]
    [InlineData("Ines Duarte", "wrong speaker, another name")]
    public void A_wrong_speaker_is_classed_by_how_its_name_stands_to_the_gold_name(string gold, string errorClass)
    {
        var score = Score(Attributed, gold);
        Assert.Equal(new Figures(0, 1, 1), score.Attribution);
        Assert.Equal(errorClass, Assert.Single(score.Errors).ErrorClass);
    }

    [Theory]
    [InlineData("Tom Hale was there. \"It was cold and it was dark.\"", "Tom Hale", "no speaker, gold name in the quote's paragraph")]
    [InlineData("Tom Hale was there with Ann Lee.\n\n\"It was cold and it was dark.\"", "Tom Hale", "no speaker, gold name in the paragraph before")]
    [InlineData("Tom Hale was there.\n\nIt rained.\n\n\"It was cold and it was dark.\"", "Tom Hale", "no speaker, gold name further away or not written")]
    public void A_missing_speaker_is_classed_by_where_the_gold_name_is_written(string text, string gold, string errorClass)
    {
        var score = Score(text, gold);
        Assert.Equal(new Figures(0, 0, 1), score.Attribution);
        Assert.Equal(errorClass, Assert.Single(score.Errors).ErrorClass);
    }

    [Theory]
    [InlineData(Attributed, "Hale", "wrong speaker by SpeechVerb, gold name in the quote's sentence")]
    [InlineData(Attributed, "Ines Duarte", "wrong speaker by SpeechVerb, gold name elsewhere in the quote's paragraph")]
    [InlineData("Tom Hale was there. \"It was cold and it was dark.\"", "Tom Hale", "no speaker, gold name elsewhere in the quote's paragraph")]
    [InlineData("Tom Hale was there with Ann Lee.\n\n\"It was cold and it was dark.\"", "Tom Hale", "no speaker, gold name in the paragraph before")]
    public void A_missed_or_wrong_speaker_is_counted_by_where_the_gold_name_stands_from_the_quote_s_sentence(string text, string gold, string where)
        => Assert.Equal(where, Assert.Single(Score(text, gold).MissedOrWrongByWhere).Key);

    [Fact]
    public void A_part_of_the_gold_name_is_counted_by_its_length_and_where_the_whole_name_is_written()
        => Assert.Equal("more words, the gold name written nowhere as one string", Assert.Single(Score(Attributed, "Tom Hale Junior").PartsOfNameByWhere).Key);

    [Fact]
    public void Only_a_part_of_the_gold_name_is_counted_by_where_the_whole_name_is_written()
        => Assert.Empty(Score(Attributed, "Ines Duarte").PartsOfNameByWhere);

    [Theory]
    [InlineData("Tom Hale spoke first. \"The dam will hold,\" Hale said.", "before the quote")]
    [InlineData("\"The dam will hold,\" Hale said. TOM HALE is an engineer.", "only after the quote")]
    [InlineData("\"The dam will hold,\" Hale said. Tom Hales is an engineer.", "only after the quote")]
    [InlineData("Tom met Ann. \"The dam will hold,\" Hale said.", "nowhere as one string")]
    public void The_whole_gold_name_is_found_before_or_only_after_the_quote(string text, string where)
    {
        int start = text.IndexOf("The dam", StringComparison.Ordinal);
        Assert.Equal(where, QuoteScore.WhereWritten(text, new GoldSpan(start, start + "The dam will hold".Length, "speech", "Tom Hale", false)));
    }

    /// <summary>Scores the engine on <paramref name="text"/> against one gold speech span, its only quote, said by <paramref name="speaker"/>.</summary>
    private static QuoteScore Score(string text, string speaker)
    {
        var analysis = BodyAnalyzer.Analyze(text, Array.Empty<EntitySurface>(), CancellationToken.None);
        var quote = Assert.Single(analysis.Quotes);
        var gold = new GoldArticle("invented", 0, "https://example.org/", text, [new GoldSpan(quote.Start, quote.Start + quote.Length, "speech", speaker, false)]);
        var score = new QuoteScore();
        score.Add(gold, analysis);
        return score;
    }
}
