using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>A statement's headline speaks for whoever issued it; a work's title speaks for no one.</summary>
public sealed class HeadlineSieveTests
{
    [Theory]
    [InlineData("In a statement headlined \"Returning What Was Taken\", the Marlow Museum said the decision was overdue.", "Marlow Museum")]
    [InlineData("A press release from Daon, headed \"Your Heart, Always Heard\", said the watch would go on sale next month.", "Daon")]
    [InlineData("Digital rights group OpenScreen welcomed the decision on its website under the headline \"A Good Day for Honest Ads\".", "OpenScreen")]
    [InlineData("Tidewater Steel's statement, issued before the market opened on Monday, ran under the headline \"Building a Stronger Tidewater\".", "Tidewater Steel")]
    public void A_statement_s_headline_speaks_for_its_issuer(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("More than 4,000 people have signed a petition titled \"Save Wyndham Park from the Bulldozers\".")]
    [InlineData("In a blog post titled \"I Am Not Your Vendor\", Ines Duarte explained why she quit.")]
    [InlineData("Tom Hale sued over a review published under the headline \"The Emperor Has No Clothes\".")]
    public void A_petition_s_a_post_s_or_a_review_s_title_names_a_work(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);
}
