using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>The subject finder shared by the cue stages: appositives, clause subjects, role nouns.</summary>
public sealed class SubjectFinderTests
{
    [Theory]
    [InlineData("Professor Greg Barton, Chair in Global Islamic Politics at Deakin University, said \"The attacker was armed.\"", "Greg Barton")]
    [InlineData("Anderson Cooper, of CNN, one of her four sons, stated, \"She was extraordinary.\"", "Anderson Cooper")]
    [InlineData("One of the children said, \"I still have nightmares.\"", "children")]
    public void Appositives_and_partitives_are_passed_over(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_participle_after_a_comma_takes_the_subject_of_its_clause()
    {
        const string body = "While all agreed that time off was rare, artist Leisha Riddell emphasized the need for rest, saying \"this weekend, I'm staying home.\"";
        Assert.Equal(("Leisha Riddell", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }
}
