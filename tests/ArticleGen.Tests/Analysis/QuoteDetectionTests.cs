using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis;

public sealed class QuoteDetectionTests
{
    private static string[] Texts(string body) => Analyze(body).Quotes.Select(q => QuoteText(body, q)).ToArray();

    [Fact]
    public void Curly_quote_span_excludes_the_marks_and_the_comma_inside_the_closing_mark()
    {
        const string body = "“We will win,” Smith said. “Always.”";
        var quotes = Analyze(body).Quotes;

        Assert.Equal(1, quotes[0].Start);
        Assert.Equal("We will win".Length, quotes[0].Length);
        Assert.Equal("Always.", body.Substring(quotes[1].Start, quotes[1].Length));
    }

    [Fact]
    public void The_search_for_marks_finds_each_mark_and_nothing_else()
    {
        // The scanner jumps to the next mark with a search; the tokenizer asks IsMark of each character: the same marks.
        string text = new(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray());
        var found = new System.Collections.Generic.List<int>();
        for (int i = QuoteMarks.IndexOfMark(text, 0, text.Length); i >= 0; i = QuoteMarks.IndexOfMark(text, i + 1, text.Length))
        {
            found.Add(i);
        }

        Assert.Equal(Enumerable.Range(0, text.Length).Where(i => QuoteMarks.IsMark(text[i])), found);
        Assert.Equal(6, found.Count);
    }

    [Fact]
    public void White_space_inside_the_marks_is_no_part_of_the_quote()
        => Assert.Equal(["It went well", "Yes!"], Texts("“ It went well, ” she said. “ Yes! ”"));

    [Fact]
    public void Partial_quotes_inside_a_sentence_are_found()
        => Assert.Equal(["great ship", "but negative factors are increasing"], Texts("Wang said the “great ship” had stabilised, “but negative factors are increasing”."));

    [Fact]
    public void Straight_quotes_are_told_apart_by_context()
        => Assert.Equal(["I can do it.", "years."], Texts("Trump said \"I can do it.\" He is 6'2\" tall and said it could last \"years.\""));

    [Theory]
    [InlineData("Officials warned travellers. \" Though the leader is dead, the group is not,\" Lee said.", "Though the leader is dead, the group is not")]
    [InlineData("\" With these temperatures, you were never going to put it out,\" said Stephens.", "With these temperatures, you were never going to put it out")]
    public void A_straight_mark_detached_by_a_space_before_a_capital_opens_a_quote(string body, string quote)
        => Assert.Equal([quote], Texts(body));

    [Theory]
    [InlineData("The count was delayed by mail-in ballots.\"We made a number of assumptions,\" he told reporters.", "We made a number of assumptions")]
    [InlineData("Was it late?\"We made a number of assumptions,\" he told reporters.", "We made a number of assumptions")]
    public void A_straight_mark_glued_between_a_full_stop_and_a_capital_opens_a_quote(string body, string quote)
        => Assert.Equal([quote], Texts(body));

    [Fact]
    public void A_straight_mark_glued_after_a_quote_s_full_stop_still_closes_it()
        => Assert.Equal(["It is over.", "Not yet."], Texts("He said \"It is over.\"Then she said \"Not yet.\""));

    [Fact]
    public void A_detached_mark_before_lower_case_text_opens_nothing()
        => Assert.Equal(["fast"], Texts("He is 6 \" tall. She called it \"fast\"."));

    [Fact]
    public void Single_quotes_and_apostrophes_stay_inside_the_quote()
    {
        const string body = "Day said, \"Many people would ask me, 'Is he gay?' and I said, 'It's something I won't discuss.'\" There’s more.";
        Assert.Equal(["Many people would ask me, 'Is he gay?' and I said, 'It's something I won't discuss.'"], Texts(body));
    }

    [Fact]
    public void Nested_curly_single_quotes_are_no_quote_starts()
        => Assert.Equal(["She said ‘no’ to the ‘deal’ and that’s final"], Texts("“She said ‘no’ to the ‘deal’ and that’s final,” he said.").Select(t => t.TrimEnd(',')).ToArray());

    [Theory]
    [InlineData("\"I don't telegraph my travel plans,'' he said. \"A man's entitled to privacy.\"", new[] { "I don't telegraph my travel plans", "A man's entitled to privacy." })]
    [InlineData("He said: \"It is wonderful that we won the award.''", new[] { "It is wonderful that we won the award." })]
    [InlineData("``We will win,'' Jo Lee said.", new[] { "We will win" })]
    [InlineData("Tropical Storm ''Jolina'' hit the region, and it's the '90s' worst, the workers' union said.", new[] { "Jolina" })]
    [InlineData("Pam Walsh said the council was ‘‘quite remiss’’.\n\n‘‘We have only paid off half the loan,’’ she said.", new[] { "quite remiss", "We have only paid off half the loan" })]
    public void Two_apostrophes_or_backticks_typed_for_a_double_mark_are_one(string body, string[] quotes)
        => Assert.Equal(quotes, Texts(body));

    [Fact]
    public void Doubled_straight_marks_do_not_make_empty_quotes()
    {
        Assert.Empty(Texts("The field was \"\" (empty) too."));
        Assert.Equal(["quoted"], Texts("He wrote \"\"quoted\"\" twice."));
    }

    [Fact]
    public void Editorial_brackets_and_dashes_are_part_of_the_quote()
        => Assert.Equal(["I can do it [call an emergency] — if I want"], Texts("He said \"I can do it [call an emergency] — if I want\" on Friday."));

    [Fact]
    public void An_unbalanced_mark_is_bounded_at_the_paragraph_end_and_reported()
    {
        const string body = "He said \"this never closes.\n\nNext paragraph \"is fine\" here.";
        var analysis = Analyze(body);

        Assert.Equal(["this never closes.", "is fine"], analysis.Quotes.Select(q => QuoteText(body, q)).ToArray());
        Assert.Equal([body.IndexOf('"', System.StringComparison.Ordinal)], analysis.UnbalancedMarks.ToArray());
    }

    [Fact]
    public void A_second_opening_mark_bounds_an_unclosed_quote()
    {
        const string body = "Schiff called it \"a non-starter. Durbin said \"I can tell you\".";
        var analysis = Analyze(body);

        Assert.Equal(["a non-starter. Durbin said", "I can tell you"], analysis.Quotes.Select(q => QuoteText(body, q)).ToArray());
        Assert.Equal([body.IndexOf('"', System.StringComparison.Ordinal)], analysis.UnbalancedMarks.ToArray());
    }

    [Fact]
    public void An_unclosed_quote_ends_at_the_comma_before_its_attribution()
    {
        const string body = "Mayo great Lee Keegan was frank after Westport won on Sunday.\n\n"
            + "“This is one of the best days of my career, he told RTÉ Radio 1 Sunday Sport. “To share the pitch means so much.”";
        var analysis = Analyze(body);

        Assert.Equal(["This is one of the best days of my career", "To share the pitch means so much."], Texts(body));
        Assert.All(analysis.Quotes, q => Assert.Equal("Lee Keegan", q.SpeakerName));
        Assert.Equal([body.IndexOf('“', System.StringComparison.Ordinal)], analysis.UnbalancedMarks.ToArray());
    }

    [Theory]
    [InlineData("“We lost, the match was hard. “Next time.”", "We lost, the match was hard.")]
    [InlineData("“We lost, I said to them. “Next time.”", "We lost, I said to them.")]
    [InlineData("“We lost, he said. We go on “Next time.”", "We lost, he said. We go on")]
    public void An_unclosed_quote_keeps_a_comma_that_no_attribution_follows(string body, string first)
        => Assert.Equal(first, Texts(body)[0]);

    [Fact]
    public void A_closing_mark_after_a_space_before_punctuation_closes_the_quote()
    {
        const string body = "\"Then she shouted, 'Run, it's on fire' \", Smith recalled. \"We ran.\"";
        var analysis = Analyze(body);

        Assert.Equal(["Then she shouted, 'Run, it's on fire'", "We ran."], Texts(body));
        Assert.Equal("Smith", analysis.Quotes[0].SpeakerName);
        Assert.Empty(analysis.UnbalancedMarks);
    }

    [Fact]
    public void A_stray_closing_mark_is_ignored()
    {
        const string body = "And there's 33 people on board?\" [...] Was that all?";
        var analysis = Analyze(body);

        Assert.Empty(analysis.Quotes);
        Assert.Empty(analysis.UnbalancedMarks);
    }

    [Fact]
    public void A_quote_over_several_paragraphs_is_one_quote_per_paragraph_with_one_speaker()
    {
        const string body = "“The first part goes on,” Myers said. “And on.\n\n“The second paragraph continues.\n\n“The last one closes.”\n\nAfter.";
        var analysis = Analyze(body);

        Assert.Equal(
            ["The first part goes on", "And on.", "The second paragraph continues.", "The last one closes."],
            analysis.Quotes.Select(q => QuoteText(body, q)).ToArray());
        Assert.All(analysis.Quotes, q => Assert.Equal("Myers", q.SpeakerName));
        Assert.Empty(analysis.UnbalancedMarks);
    }

    [Fact]
    public void Quotes_are_sorted_and_never_overlap()
    {
        const string body = "\"a\" \"b\" “c” \"d\n\n\"e\" f\" g";
        var quotes = Analyze(body).Quotes;

        for (int i = 1; i < quotes.Length; i++)
        {
            Assert.True(quotes[i - 1].Start + quotes[i - 1].Length < quotes[i].Start);
        }
    }

    [Fact]
    public void Sentence_of_a_quote_holds_the_closing_mark_and_the_attribution()
    {
        const string body = "Earlier news. Mr. Smith met Dr. Jones in the U.S. capital. “It went well. We agreed,” Smith said. Later text.";
        var quote = Assert.Single(Analyze(body).Quotes);

        Assert.Equal("“It went well. We agreed,” Smith said.", SentenceText(body, quote));
    }

    [Fact]
    public void Sentence_of_a_quote_ending_with_a_full_stop_includes_a_short_attribution_after_it()
    {
        const string body = "Intro here. \"It went well.\" Smith said. Next sentence.";
        var quote = Assert.Single(Analyze(body).Quotes);

        Assert.Equal("\"It went well.\" Smith said.", SentenceText(body, quote));
        Assert.Equal("Smith", quote.SpeakerName);
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_the_sentence()
    {
        const string body = "Gen. John F. Kennedy Jr. of the U.S. Army said \"yes\" today.";
        var quote = Assert.Single(Analyze(body).Quotes);

        Assert.Equal(body, SentenceText(body, quote));
    }

    [Fact]
    public void A_sentence_never_crosses_a_paragraph()
    {
        const string body = "He said \"one\"\nstill the same paragraph\n\nOther paragraph.";
        var quote = Assert.Single(Analyze(body).Quotes);

        Assert.Equal("He said \"one\"\nstill the same paragraph", SentenceText(body, quote));
    }
}
