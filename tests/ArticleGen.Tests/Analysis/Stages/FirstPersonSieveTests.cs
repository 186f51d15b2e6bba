using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>The first-person stage: a quote in the first person singular, with no speech clause, in a sentence about a person.</summary>
public sealed class FirstPersonSieveTests
{
    [Fact]
    public void The_subject_of_the_sentence_speaks_a_first_person_quote()
    {
        const string body = "Ada Redcloud has carved masks for ten years, a craft that \"grew out of my love for winter festivals.\"";
        Assert.Equal(("Ada Redcloud", AttributionRule.FirstPerson, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void A_pronoun_subject_is_resolved_to_the_person()
    {
        const string body = "Ada Redcloud joined the troupe in 2004.\n\nThen only 19, she saw the part as a \"chance to face my fears.\"";
        Assert.Equal(("Ada Redcloud", AttributionRule.FirstPerson, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void A_quote_with_no_first_person_is_left_to_the_sentence_subject_stage()
        => Assert.Equal(
            ("Ada Redcloud", AttributionRule.SentenceSubject, true),
            Assert.Single(Quotes("Ada Redcloud has carved masks for ten years, a craft of \"patience and cold hands.\"")));

    [Theory]
    [InlineData("The Harbour Authority closed the pier, a step that \"protects my family and me.\"")]
    [InlineData("\"I will stay until my work is done.\" The pier closed at noon.")]
    public void No_person_subject_or_no_first_person_gives_no_speaker(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_speech_clause_the_cue_stages_cannot_resolve_leaves_the_quote_without_a_speaker()
    {
        // The mayor speaks, but "the mayor, who told" resolves to no name: the sentence's subject must not be guessed.
        const string body = "Ada Redcloud met the mayor, who told her \"my door is always open.\"";
        Assert.Null(Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("In a statement, Ada Redcloud thanked the firefighters. \"We will rebuild.\"")]
    [InlineData("Ada Redcloud owns the bakery. \"I have rebuilt it once. I can do it again.\"")]
    [InlineData("The club sacked Ada Redcloud on Sunday.\n\nRedcloud was defiant. \"I am not a quitter.\"")]
    [InlineData("The club sacked Ada Redcloud on Sunday. Redcloud was defiant. \"I am not a quitter.\"")]
    [InlineData("Ada Redcloud founded the bakery in 1974.\n\nRedcloud began writing after school, only to learn she could not bake. \"So instead of baking, I wrote about baking.\"")]
    [InlineData("Ada Redcloud won the award in 2006.\n\nShe wants to continue gracing magazine covers. \"Every time I wake up, I am glad.\"")]
    public void A_first_person_sentence_after_a_sentence_about_a_person_is_theirs(string body)
        => Assert.Equal(("Ada Redcloud", AttributionRule.FirstPerson, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Governor Ada Redcloud opened the clinic. The governor rebuked leaders fanning violence. \"We must reject them.\"", "Ada Redcloud")]
    [InlineData("The harbour was quiet on Monday. The coach rebuked the players. \"We must do better.\"", "coach")]
    public void A_role_noun_after_the_as_subject_of_the_sentence_before_speaks_as_the_linker_reads_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.FirstPerson, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_verb_of_speech_after_a_verb_of_beginning_still_reports_a_quote_in_its_sentence()
        => Assert.Equal(("Ada Redcloud", AttributionRule.SpeechVerb, true), Assert.Single(Quotes("Ada Redcloud began saying \"I will stay\" to everyone she met.")));

    [Theory]
    [InlineData("Police arrested Ada Redcloud on Monday. \"We will rebuild.\"")]
    [InlineData("Ada Redcloud thanked Tom Hale.\n\n\"We will rebuild.\"")]
    [InlineData("Ada Redcloud thanked the firefighters. \"The bakery is gone.\"")]
    [InlineData("Ada Redcloud's bakery burned down. \"We will rebuild.\"")]
    public void Only_a_person_who_is_the_subject_of_the_sentence_before_in_the_same_paragraph_speaks(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void The_subject_after_a_phrase_opening_the_sentence_before_is_the_speaker()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.FirstPerson, true),
            Assert.Single(Quotes("Ines Duarte joined the crew in 1987.\n\nUnderwhelmed with her role, she left the series after a season. \"This is not what I wanted to act for.\"")));

    [Fact]
    public void The_source_after_according_to_is_the_subject_of_the_sentence_before()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.FirstPerson, true),
            Assert.Single(Quotes("According to Ines Duarte, the bridge was unsafe. \"We warned them for years.\"")));
}
