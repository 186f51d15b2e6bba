using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>Words on a sign speak for whoever carries it.</summary>
public sealed class SignSieveTests
{
    [Theory]
    [InlineData("Many protesters carried banners reading \"No farmers, no food\".", "protesters")]
    [InlineData("Ines Duarte held up a placard that read \"Cut waste, not services\".", "Ines Duarte")]
    [InlineData("Fans unfurled a banner in the stands saying \"Justice for the 97\".", "Fans")]
    [InlineData("Many protesters waved banners demanding \"Justice for Ines Duarte\".", "protesters")]
    [InlineData("Many protesters carried placards urging \"Vote No\".", "protesters")]
    public void A_sign_s_words_are_its_carrier_s(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("A protester in the public gallery held up a placard reading \"Cut waste, not services\".", "protester")]
    [InlineData("Outside the headquarters, a few hundred opposition supporters held banners reading \"Our votes, our voice\".", "opposition supporters")]
    [InlineData("A small group of residents stood outside, one woman holding a handwritten sign that read \"Leave Our Park Alone\".", "woman")]
    [InlineData("Outside, several hundred protesters gathered behind a banner reading \"Plazas para todos\".", "protesters")]
    [InlineData("One mayor held up a hand-lettered sign reading \"Fiber Not Fibs\" until a guard asked her to lower it.", "mayor")]
    public void The_carrier_is_the_subject_of_the_verb_that_carries_the_sign(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The march was loud. One banner, carried by nursing students from the city's university, read \"Staff the wards\".", "nursing students")]
    [InlineData("Hundreds marched. A placard, held up by Ines Duarte, said \"Go home\".", "Ines Duarte")]
    [InlineData("Hundreds marched. A sign, waved by protesters, read \"Shame\".", "protesters")]
    public void The_agent_of_a_carrying_participle_between_commas_carries_the_sign(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Protesters' placards declared \"No more cuts\", demanding a revision of the labour laws.", "Protesters")]
    [InlineData("Outside the hall, the union's banner read \"Fair pay now\".", "union")]
    public void The_owner_named_before_the_sign_noun_carries_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Many protesters carried flowers reading \"No farmers, no food\".")]
    [InlineData("Protesters carried a banner from People's Vote saying \"put it to the people\".")]
    public void Reading_after_no_sign_gives_no_carrier(string body)
        => Assert.NotEqual(AttributionRule.SpeechVerb, Assert.Single(Quotes(body)).Rule);

    [Theory]
    [InlineData("Outside the airport, striking workers marched with signs reading \"We love our passengers\".", "striking workers")]
    [InlineData("Outside Tidewater International Airport, striking workers marched with signs reading \"We love our passengers\".", "striking workers")]
    [InlineData("Across the province, angry teachers waved placards reading \"Pay us fairly\".", "angry teachers")]
    public void A_group_opening_the_clause_after_a_phrase_of_place_carries_the_sign(string body, string carrier)
        => Assert.Equal((carrier, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
}
