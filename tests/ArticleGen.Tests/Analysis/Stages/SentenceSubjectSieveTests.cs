using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>The last stage: a speech quote inside a sentence that no clause attributes takes the person the sentence is about.</summary>
public sealed class SentenceSubjectSieveTests
{
    [Theory]
    [InlineData("Ines Duarte thanked the volunteers for their \"tireless work in the flood.\"")]
    [InlineData("Mayor Ines Duarte, who grew up in the valley, has pinned the flood on \"years of neglect by the regional government.\"")]
    [InlineData("In a letter to the council, Ines Duarte offered her \"deepest sympathy to the families of the crew.\"")]
    public void The_person_whose_sentence_holds_the_quote_speaks(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SentenceSubject, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Duarte's brother Tomas was in court and later said \"justice has been done.\"", "Tomas")]
    [InlineData("Duarte's widow Ana attended and afterwards described the verdict as \"long overdue.\"", "Ana")]
    public void A_relative_named_by_one_word_after_the_owner_s_noun_speaks(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SentenceSubject, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Mayor Ines Duarte's Christmas message paid tribute to the volunteers, whose \"tireless work saved the town.\"")]
    [InlineData("Ines Duarte's brief New Year statement began with a prayer, then gave \"thanks to every volunteer\".")]
    public void A_person_s_statement_or_message_opening_the_sentence_speaks_for_the_person(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SentenceSubject, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The Harbour Authority's Christmas message paid tribute to the volunteers, whose \"tireless work saved the town.\"")]
    [InlineData("Ines Duarte's lawyer paid tribute to the volunteers, whose \"tireless work saved the town.\"")]
    public void A_body_s_message_or_a_person_s_relative_opening_the_sentence_gives_no_owner(string body)
        => Assert.NotEqual("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_surname_stands_for_the_person_the_text_introduced()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.SentenceSubject, true),
            Quotes("Ines Duarte met the board on Monday.\n\nDuarte saw reason for \"very, very guarded optimism about the deal.\"")[0]);

    [Theory]
    [InlineData("The Harbour Authority closed the pier for \"urgent structural reasons that cannot wait.\"")]
    [InlineData("Ines Duarte was named mayor in May.\n\nShe thanked the volunteers for their \"tireless work in the flood.\"")]
    [InlineData("The court sentenced Ines Duarte to \"a term of no less than ten years.\"")]
    [InlineData("Ines Duarte met the mayor, who told her \"the pier will reopen in spring.\"")]
    [InlineData("((Ines Duarte))  Then the whole town came out, \"to see the new pier.\"")]
    [InlineData("\"The pier will reopen in spring.\" Ines Duarte left the meeting early.")]
    [InlineData("Ines Duarte's estate said she had been in \"excellent health for her age and loved her dogs.\"")]
    [InlineData("Ines Duarte left.\n\nDuarte's lawyers proposed \"a strict plan of supervision at home.\"")]
    [InlineData("Ines Duarte was later told the clinic was \"fully booked until the spring.\"")]
    [InlineData("Ines Duarte was charged with \"causing death by careless driving on the coast road.\"")]
    [InlineData("Ines Duarte was later convicted of \"causing death by careless driving on the coast road.\"")]
    public void An_organisation_a_pronoun_an_object_an_owner_a_listener_one_charged_a_relative_speech_clause_or_a_label_gives_no_speaker(string body)
        => Assert.Null(Quotes(body)[0].Speaker);

    [Fact]
    public void A_term_stays_no_quote()
        => Assert.Equal((null, AttributionRule.None, false), Assert.Single(Quotes("Ines Duarte opened the so-called \"Harbour Walk\" on Monday.")));
}
