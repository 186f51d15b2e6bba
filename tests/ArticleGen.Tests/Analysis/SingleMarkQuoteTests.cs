using System.Linq;
using Xunit;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis;

/// <summary>Articles set in single marks (British style), read as articles in double marks are.</summary>
public sealed class SingleMarkQuoteTests
{
    private static (string Text, string? Speaker)[] Quotes(string body)
        => Analyze(body).Quotes.Where(q => q.IsSpeech).Select(q => (QuoteText(body, q), q.SpeakerName)).ToArray();

    [Fact]
    public void Quotes_in_single_marks_are_found_with_their_speakers_across_paragraphs()
    {
        const string body = "Residents of Lochmore hope to buy their own ferry.\n\n"
            + "Skipper Hamish Doyle said: ‘It could be sold to somebody who might decide that ‘this just isn’t good enough’ and take it off the route.\n\n"
            + "‘If they buy it themselves, the destiny is in their own hands.’\n\n"
            + "Morag Finlay, of the community council, said: ‘It’s a very important route for us.’";

        Assert.Equal(
            [
                ("It could be sold to somebody who might decide that ‘this just isn’t good enough’ and take it off the route.", "Hamish Doyle"),
                ("If they buy it themselves, the destiny is in their own hands.", "Hamish Doyle"),
                ("It’s a very important route for us.", "Morag Finlay"),
            ],
            Quotes(body));
    }

    [Fact]
    public void Double_marks_inside_single_ones_stay_in_the_quote_as_written()
        => Assert.Equal([("He told me “no” twice", "Jo Lee")], Quotes("‘He told me “no” twice,’ said Jo Lee."));

    [Fact]
    public void A_plural_possessive_does_not_close_the_quote()
        => Assert.Equal([("The workers’ rights come first", "Jo Lee")], Quotes("‘The workers’ rights come first,’ said Jo Lee."));

    [Fact]
    public void A_partial_quote_ending_in_s_closes_before_the_next_one_opens()
    {
        const string body = "Jo Lee said: ‘We are ready.’\n\nShe called the claims ‘fake news’ and ‘lies’ on Friday.";
        Assert.Equal(["We are ready.", "fake news", "lies"], Analyze(body).Quotes.Select(q => QuoteText(body, q)).ToArray());
    }

    [Fact]
    public void Straight_single_marks_are_read_the_same_way()
        => Assert.Equal(
            [("We will win", "Jo Lee"), ("It's ours and we won't give it up", "Jo Lee")],
            Quotes("'We will win,' said Jo Lee.\n\n'It's ours and we won't give it up,' she added."));

    [Fact]
    public void An_article_with_no_double_marks_may_quote_in_single_marks_only_partly()
        => Assert.Equal(
            [("a man of integrity", "Ines Duarte"), ("keeping an open mind", "police")],
            Quotes("Ines Duarte told the chamber that Hale was ‘a man of integrity’.\n\nThe police said they were 'keeping an open mind'."));

    [Theory]
    [InlineData("He said: '4,500 people live in this village.'", "4,500 people live in this village.")]
    [InlineData("Jo Lee said: '10 people live here.'", "10 people live here.")]
    [InlineData("Jo Lee said the club was ‘10,000 members strong’.", "10,000 members strong")]
    [InlineData("Police vowed to work '24/7 to find whoever is responsible'.", "24/7 to find whoever is responsible")]
    public void A_single_mark_before_a_number_opens_a_quote(string body, string quote)
        => Assert.Equal([quote], Analyze(body).Quotes.Select(q => QuoteText(body, q)).ToArray());

    [Fact]
    public void In_an_article_with_no_double_marks_a_decade_is_no_quote_but_a_word_in_single_marks_is()
    {
        const string body = "In the '90s it was 'cool', Jo Lee said.";
        Assert.Equal(["cool"], Analyze(body).Quotes.Select(q => QuoteText(body, q)).ToArray());
    }

    [Fact]
    public void An_article_with_a_double_quoted_span_outside_single_marks_keeps_double_marks_as_its_quotes()
    {
        const string body = "‘A collective failure’: captain speaks\n\n“We lost,” said Jo Lee, calling it ‘a bad day’.";
        Assert.Equal(["We lost"], Analyze(body).Quotes.Select(q => QuoteText(body, q)).ToArray());
    }

    [Theory]
    [InlineData("’Tis the season, said Jo Lee.\n\n'Em all, she said.")]
    [InlineData("The band played rock 'n' roll in the '90s.\n\nIn the '05 season the workers' union grew, Jo Lee said.")]
    public void Elisions_and_marks_inside_a_line_open_no_quote(string body)
        => Assert.Empty(Analyze(body).Quotes);
}
