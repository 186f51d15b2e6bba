using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>The interview stage: in an answer labelled "((Name))", a quote that "I" or "we" introduces is the interviewee's.</summary>
public sealed class InterviewSieveTests
{
    private const string Question = "((WN))  What did you do then?\n\n";

    [Theory]
    [InlineData("((Ines Duarte))  Well, nobody paid.  So I thought: \"Why should I work for free?\"")]
    [InlineData("((Ines Duarte))  It was hard.  And I said, \"No, not again.\"")]
    [InlineData("((Ines Duarte))  I can tell you \"it was hard\".")]
    [InlineData("((Ines Duarte))  They never listened.  So I would say to them \"what is it for?\"")]
    [InlineData("((Ines Duarte))  They shouted.  And I was like, \"Stop it.\"")]
    [InlineData("((Ines Duarte))  We were tired.\n\nThen we said, \"No, not again.\"")]
    public void A_quote_that_I_or_we_introduces_in_an_answer_is_the_interviewees(string answer)
        => Assert.Equal(("Ines Duarte", AttributionRule.Interview, true), Assert.Single(Quotes(Question + answer)));

    [Theory]
    [InlineData(Question + "((Ines Duarte))  Then people said, \"You are wrong.\"")]
    [InlineData(Question + "((Ines Duarte))  I posted the \"harbour is ours\" photo.")]
    [InlineData(Question + "((Ines Duarte))  Back then I was a \"harbour kid\".")]
    [InlineData(Question + "((Ines Duarte))  I really like \"Harbour Nights\".")]
    [InlineData(Question + "((Ines Duarte))  We all call it \"the old pier\".")]
    [InlineData("((WN))  So I said, \"Tell us more.\"")]
    [InlineData("Ines Duarte came home.  I thought: \"Why should I work for free?\"")]
    public void Other_quotes_and_the_interviewers_are_left_to_the_other_stages(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void The_stage_tells_who_speaks_not_whether_a_quote_is_speech()
        => Assert.Equal(
            ((string?)null, AttributionRule.None, false),
            Assert.Single(Quotes(Question + "((Ines Duarte))  All that winter I thought about \"Harbour Nights\" and nothing else.")));
}
