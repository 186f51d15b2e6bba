using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>Speakers named by a role noun: kept as that noun, linked to a person the article named with the role,
/// or to the organisation a spokesperson speaks for.</summary>
public sealed class NominalSpeakerTests
{
    [Theory]
    [InlineData("\"The road is closed,\" police said.", "police")]
    [InlineData("\"The road is closed,\" said police.", "police")]
    [InlineData("Investigators said the plane had \"broken into two pieces\".", "Investigators")]
    [InlineData("\"We regret the delay,\" a spokesperson for the Home Office said.", "Home Office")]
    [InlineData("\"We regret the delay,\" said a spokesperson for the Home Office.", "Home Office")]
    public void A_role_noun_is_the_speaker_when_no_name_is_given(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_role_noun_links_to_the_person_the_article_named_with_that_role()
    {
        const string body = "AU commissioner Albert Muchanga announced the deal.\n\nThe commissioner said, \"We are not done.\"";
        Assert.Equal(("Albert Muchanga", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("\"We won,\" wrote student protester Joshua Wong.", "Joshua Wong")]
    [InlineData("\"We won,\" said selection committee member Ulf Danielsson.", "Ulf Danielsson")]
    public void A_role_noun_before_a_name_is_a_descriptor(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);
}
