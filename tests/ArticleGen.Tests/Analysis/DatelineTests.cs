using System.Linq;
using Xunit;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis;

/// <summary>A wire story's dateline ("UNITED NATIONS (AP) —") is no part of the sentence after it.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("UNITED NATIONS (AP) — Ana Ruiz on Thursday called for a truce, warning of \"a regional war.\"")]
    [InlineData("NUKU\u2019ALOFA, Tonga (Reuters) - Ana Ruiz on Thursday called for a truce, warning of \"a regional war.\"")]
    [InlineData("PARIS, March 3 (Reuters) - Ana Ruiz on Thursday called for a truce, warning of \"a regional war.\"")]
    [InlineData("NEW DELHI, India — Ana Ruiz on Thursday called for a truce, warning of \"a regional war.\"")]
    [InlineData("SINGAPORE: Ana Ruiz on Thursday called for a truce, warning of \"a regional war.\"")]
    [InlineData("KUALA LUMPUR: Ana Ruiz on Thursday called for a truce, warning of \"a regional war.\"")]
    [InlineData("NEW DELHI, Dec 7 (PTI): Ana Ruiz on Thursday called for a truce, warning of \"a regional war.\"")]
    public void The_sentence_starts_after_the_datelines_dash_or_its_colon_at_the_body_s_opening_and_its_subject_speaks(string body)
    {
        var quote = Assert.Single(Analyze(body).Quotes);
        Assert.StartsWith("Ana Ruiz on Thursday", SentenceText(body, quote));
        Assert.Equal("Ana Ruiz", quote.SpeakerName);
    }

    [Fact]
    public void A_lead_in_in_capitals_before_a_name_that_opens_the_body_is_no_part_of_the_name()
    {
        const string body = "MINISTER FOR HOUSING Ana Ruiz says she will \"identify a process\".\n\nRuiz said she was not aware.\n\n\"It is important,\" Ruiz said.";
        Assert.Equal(["Ana Ruiz", "Ana Ruiz"], Analyze(body).Quotes.Select(q => q.SpeakerName));
    }

    [Theory]
    [InlineData("The talks went on.\n\nGENEVA: Ana Ruiz said the plan was \"sound\".", "GENEVA")]
    [InlineData("UN envoy Ana Ruiz said: \"The plan is sound.\"", "UN envoy")]
    public void A_colon_ends_no_dateline_after_the_body_s_opening(string body, string opening)
        => Assert.StartsWith(opening, SentenceText(body, Assert.Single(Analyze(body).Quotes)));

    [Theory]
    [InlineData("NATO — the alliance — said the plan was \"sound\".", "NATO")]
    [InlineData("BBC - the broadcaster - said the plan was \"sound\".", "BBC")]
    public void One_word_in_capitals_before_a_dash_is_no_dateline(string body, string opening)
        => Assert.StartsWith(opening, SentenceText(body, Assert.Single(Analyze(body).Quotes)));
}
