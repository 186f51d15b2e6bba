using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>The "according to" stage: the source named after "according to", a document's author, an object pronoun.</summary>
public sealed class AccordingToSieveTests
{
    [Theory]
    [InlineData("According to harbour master Ines Duarte, \"the pier is closed.\"", "Ines Duarte")]
    [InlineData("\"The airline moves weapons,\" according to a tweet on Monday by Foreign Minister Ines Duarte.", "Ines Duarte")]
    [InlineData("\"The pier is closed,\" according to a statement from the Harbour Authority.", "Harbour Authority")]
    [InlineData("\"The pier is closed,\" according to Secretary of State Ines Duarte.", "Ines Duarte")]
    public void The_source_or_the_author_of_its_document_speaks(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.AccordingTo, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"Nurses here haven't got time to breathe.\"\n\nThis is according to Ines Duarte, a patient at the hospital.", "Ines Duarte")]
    [InlineData("\"Nurses here haven't got time to breathe.\" That is according to Ines Duarte, a patient.", "Ines Duarte")]
    public void A_sentence_after_the_quote_that_opens_this_is_according_to_names_its_source(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.AccordingTo, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The pier is closed,\" per Ines Duarte, the harbour master.", "Ines Duarte")]
    [InlineData("Per the Harbour Authority, the pier is \"closed until further notice.\"", "Harbour Authority")]
    public void Per_names_a_source_as_according_to_does(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.AccordingTo, true), Assert.Single(Quotes(body)));

    [Fact]
    public void Per_before_a_unit_names_no_source()
        => Assert.Equal(("residents", AttributionRule.SpeechVerb, true), Assert.Single(Quotes("Fares rose 40 per cent, and residents called it \"a disgrace\".")));

    [Theory]
    [InlineData("Singer Ana Ruiz died on Thursday, her publicist Ines Duarte stated on behalf of the family.\n\nPer the statement, Ruiz died \"surrounded by family and loved ones.\"")]
    [InlineData("Singer Ana Ruiz died on Thursday, her publicist Ines Duarte stated on behalf of the family. According to the statement, Ruiz died \"surrounded by family and loved ones.\"")]
    public void The_statement_as_a_source_is_its_issuer_s(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.AccordingTo, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_document_with_no_author_names_no_speaker()
    {
        const string body = "\"The pier is closed,\" according to a statement posted at the gate.";
        Assert.Null(Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void An_object_pronoun_is_resolved_like_a_subject_pronoun()
    {
        const string body = "Harbour master Ines Duarte spoke on Monday. According to her, the closure was made with the help of \"every fisherman in town\".";
        Assert.Equal(("Ines Duarte", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void A_possessive_after_according_to_is_no_pronoun_source()
    {
        // "her lawyer" is the source, a role with no name: not the woman named before.
        const string body = "Ines Duarte was released. According to her lawyer, the charges were \"a grave mistake\".";
        Assert.NotEqual("Ines Duarte", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("As Ines Duarte put it, \"the dam will hold\".", "Ines Duarte")]
    [InlineData("\"The dam will hold,\" as Ines Duarte put it.", "Ines Duarte")]
    [InlineData("Ines Duarte runs the dam. \"It will hold,\" as she puts it.", "Ines Duarte")]
    [InlineData("The dam is, as the engineer put it, \"built to last\".", "engineer")]
    [InlineData("\"Built to last\" — that was how Ines Duarte put it.", "Ines Duarte")]
    [InlineData("The board took a \"middle of the road\" approach, as Tidewater chief economist Ines Duarte described it on radio.", "Ines Duarte")]
    [InlineData("The board took a \"middle of the road\" approach, as Ines Duarte called it.", "Ines Duarte")]
    public void As_X_put_it_names_the_speaker(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("For Ines Duarte, who owns a shop on the street, the lane had been \"a disaster from day one.\"", "Ines Duarte")]
    [InlineData("Ines Duarte opened a shop in 2010. For Duarte, the lane had been \"a disaster from day one.\"", "Ines Duarte")]
    public void A_person_after_for_opening_the_sentence_holds_the_view(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.AccordingTo, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("For Tidewater Harbour, the season had been \"a disaster from day one.\"")]
    [InlineData("For years, the lane had been \"a disaster from day one.\"")]
    public void A_place_or_a_time_after_for_holds_no_view(string body)
        => Assert.NotEqual(AttributionRule.AccordingTo, Assert.Single(Quotes(body)).Rule);

    [Theory]
    [InlineData("According to the university's harbour professor Ines Duarte, it is \"the deepest port ever built\".")]
    [InlineData("Engineers at Tidewater College revealed the plan, and according to the college's harbour professor Ines Duarte, it is \"the deepest port ever built\".")]
    public void The_source_after_an_owners_descriptors_speaks_for_the_clause_that_holds_the_quote(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.AccordingTo, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_reporter_named_between_the_verb_and_the_quote_is_no_speaker()
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes("Ines Duarte said, according to the Tidewater Times, \"The pier is closed.\"")));

    [Theory]
    [InlineData("In the words of Ines Duarte, the dam is \"built to last\".", "Ines Duarte")]
    [InlineData("The dam is \"built to last\", in the words of Ines Duarte.", "Ines Duarte")]
    [InlineData("Ines Duarte inspected the dam. In Duarte's words, it is \"built to last\".", "Ines Duarte")]
    [InlineData("Ines Duarte read the survey. The report was, in Duarte's words, \"damning\".", "Ines Duarte")]
    [InlineData("Ines Duarte read the survey. The report was, as Duarte put it, \"damning\".", "Ines Duarte")]
    [InlineData("To quote Ines Duarte, \"the dam is built to last\".", "Ines Duarte")]
    [InlineData("The dam is, to quote Ines Duarte, \"built to last\".", "Ines Duarte")]
    public void In_the_words_of_X_names_the_speaker(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.AccordingTo, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte ran the shop for 30 years. The shop, in her words, \"was never about the money.\"", "Ines Duarte")]
    [InlineData("Tom Hale built the dam. It is, in his own words, \"built to last\".", "Tom Hale")]
    [InlineData("Mayor Ines Duarte defended the closure, \"a last resort\" in her words.", "Ines Duarte")]
    public void In_his_or_her_words_names_whom_the_pronoun_stands_for(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void Words_with_no_owner_name_no_speaker()
        => Assert.Null(Assert.Single(Quotes("In other words, the dam is \"built to last for centuries\".")).Speaker);
}
