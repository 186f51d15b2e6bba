using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>The colon stage and the previous-sentence stage, the least precise ones, which run last.</summary>
public sealed class ColonAndPreviousSentenceTests
{
    [Theory]
    [InlineData("Ines Duarte won the award. She told Vogue she did not record the song for a movement; \"It's important to people.\"", "Ines Duarte", "Pronoun")]
    [InlineData("Tomas Brandt defended the plan on Monday; \"We had no choice.\"", "Tomas Brandt", "SpeechVerb")]
    [InlineData("According to the Courier, a spokesman expressed regret; \"The plan is dead.\"", null, "None")]
    public void A_quote_after_a_semicolon_is_the_clause_subjects_unless_the_sentence_opens_with_its_source(string body, string? speaker, string rule)
    {
        var quote = Assert.Single(Quotes(body));
        Assert.Equal((speaker, rule), (quote.Speaker, quote.Rule.ToString()));
    }

    [Theory]
    [InlineData("Governor John Bel Edwards addressed the public: \"No one should take this storm lightly.\"", "John Bel Edwards")]
    [InlineData("Jo Smith of the University of California, Los Angeles disagreed: \"No.\"", "Jo Smith")]
    [InlineData("Former NASA deputy director Ada Redcloud praised the crew on Facebook: \"They were the best.\"", "Ada Redcloud")]
    [InlineData("Nour Haddadin wrote the memoir. Asked whether she had approved every change, Haddadin laughed: \"Not every one.\"", "Nour Haddadin")]
    public void The_subject_of_a_clause_ending_in_a_colon_speaks(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_pronoun_after_an_opening_question_phrase_is_the_colon_clause_subject_not_a_pronoun_inside_the_question()
        => Assert.Equal(("Dale Hutchins", AttributionRule.Pronoun, true),
            Assert.Single(Quotes("Dale Hutchins led the search. Asked what they had done wrong, he smiled: \"Leaving the map in the car.\"")));

    [Theory]
    [InlineData("Farmers needed international support, said Ines Duarte. \u201cNo one is more exposed to the weather than farmers.\u201d", "Ines Duarte")]
    [InlineData("Farmers needed international support, said Ines Duarte, the union's president.\n\n\"No one is more exposed to the weather.\"", "Ines Duarte")]
    public void A_quote_after_a_sentence_that_ends_in_an_inverted_attribution_takes_its_subject(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_subject_after_an_inverted_verb_that_goes_on_into_a_clause_is_no_attribution()
        => Assert.Equal("Ines Duarte", Quotes("Ines Duarte, 27, a goalkeeper, says Tomas Brandt changed how the players see themselves. \"Before him, we played scared,\" she says.")[0].Speaker);

    [Fact]
    public void A_paragraph_that_ends_in_a_colon_introduces_the_quote_that_opens_the_next()
        => Assert.Equal("Tomas Brandt", Assert.Single(Quotes("Tomas Brandt, the judge, spoke to the court on Monday.\n\nMarsh was spared jail. Ines Duarte was not. Brandt was more critical of her:\n\n\"You have let down the force.\"")).Speaker);

    [Theory]
    [InlineData("Police based in Tidewater said:\n\n\"We are appealing for witnesses.\"", "Police")]
    [InlineData("Officers based at the Marlow station said:\n\n\"We are appealing for witnesses.\"", "Officers")]
    public void A_paragraph_ending_in_a_verb_and_a_colon_gives_the_next_its_sentence_s_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_comma_stands_for_the_colon_before_a_whole_sentence_that_ends_the_sentence()
    {
        const string body = "Mayor Ines Duarte, also on Facebook, defended the closure, \"We had no choice. The dam comes first!\"";
        Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void A_comma_before_a_partial_quote_is_no_colon()
        => Assert.Equal((null, AttributionRule.None, false), Quotes("Mayor Ines Duarte defended the closure, \"a last resort\" for the town.")[0]);

    [Fact]
    public void A_comma_before_a_quote_inside_the_sentence_is_no_colon()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.SentenceSubject, true),
            Quotes("Mayor Ines Duarte defended the closure, \"We had no choice,\" and the town agreed.")[0]);

    [Fact]
    public void A_quote_opening_a_paragraph_takes_the_speaker_of_the_sentence_reporting_speech_before_it()
    {
        const string body = "Maria Lopez said the bridge had been unsafe for years.\n\n\"We warned them again and again.\"";
        Assert.Equal(("Maria Lopez", AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("Tomas Brandt runs the shelter. Wikinews spoke with him on Monday. \"We need more beds.\"", "Tomas Brandt", "PreviousSentence")]
    [InlineData("Ines Duarte won the prize on Sunday. Wikinews talked with her after the event. \"We do this together as sisters.\"", "Ines Duarte", "PreviousSentence")]
    [InlineData("A reporter spoke with Tomas Brandt outside the court. \"I am innocent.\"", "Tomas Brandt", "PreviousSentence")]
    [InlineData("Ines Duarte won the prize. Wikinews talked with her after the event, learning that she was one of the \"Estrada Sisters\". \"We do this together.\"", "Ines Duarte", "Continuation")]
    [InlineData("Wikinews spoke to one of the organisers on Monday. \"We sold out in a day.\"", "organiser", "PreviousSentence")]
    [InlineData("Tomas Brandt spoke to reporters after the match. \"We played well.\"", "Tomas Brandt", "PreviousSentence")]
    public void When_the_press_speaks_with_someone_the_quote_after_is_theirs(string body, string? speaker, string rule)
    {
        var quote = Quotes(body)[^1];
        Assert.Equal((speaker, rule), (quote.Speaker, quote.Rule.ToString()));
    }

    [Theory]
    [InlineData("Tomas Brandt spoke on Monday.\n\nHe was also interviewed by the Courier on Tuesday, and said he does not regret it. \"I'm an example of how you can succeed.\"", "Tomas Brandt")]
    [InlineData("The Courier reported that an unnamed official confirmed the report, and said it had not been read. \"You don't change a report,\" he said.", "official")]
    public void A_verb_of_saying_after_and_speaks_for_the_sentences_subject_unless_it_goes_on_a_reported_clause(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Maria Lopez said the figures spoke for themselves. \"One in five is waiting.\"")]
    [InlineData("Maria Lopez said the results told a clear story.\n\n\"One in five is waiting.\"")]
    public void A_verb_of_the_reported_clause_with_no_speaker_gives_way_to_the_verb_that_reports_it(string body)
        => Assert.Equal(("Maria Lopez", AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));

    [Fact]
    public void States_before_a_preposition_is_the_plural_noun_and_reports_no_speech()
        => Assert.Null(Assert.Single(Quotes("The doses will reach Kano and Sokoto states by the end of the month.\n\n\"We are ready.\"")).Speaker);

    [Fact]
    public void A_quote_opening_the_paragraph_after_an_attributed_quote_keeps_its_speaker()
    {
        const string body = "\"We warned them,\" Maria Lopez said.\n\n\"Nobody listened.\"";
        Assert.Equal([("Maria Lopez", AttributionRule.SpeechVerb, true), ("Maria Lopez", AttributionRule.PreviousSentence, true)], Quotes(body));
    }

    [Theory]
    [InlineData("Ana Ruiz said the embassy was closed. Further adding, \"We sent a message to citizens.\"")]
    [InlineData("Ana Ruiz said the embassy was closed.\n\nAlso adding, \"We sent a message to citizens.\"")]
    public void A_sentence_that_opens_with_a_speech_participle_alone_goes_on_with_the_sentence_befores_speaker(string body)
        => Assert.Equal(("Ana Ruiz", AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ana Ruiz said she agreed in a corridor, minutes after doctors told her the news. \"He had told me once.\"", "Ana Ruiz")]
    [InlineData("Ana Ruiz broke the news when she revealed the plan. \"We are talking to NBC.\"", "Ana Ruiz")]
    [InlineData("Critics met on Monday. Ana Ruiz said every writer was political whether critics admitted it or not. \"My aunt used to say so.\"", "Ana Ruiz")]
    public void A_speech_verb_of_a_clause_of_time_gives_way_to_the_main_clause_s(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte is back in Tidewater.\n\nThe 27-year-old spoke about the race.\n\n\"I did not expect the record.\"")]
    [InlineData("Ines Duarte is back in Tidewater.\n\nSitting outside her house, the 27-year-old said she was tired.\n\n\"I did not expect the record.\"")]
    public void An_age_in_the_paragraph_before_the_quote_finds_its_person_from_where_it_stands(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_quote_after_a_sentence_that_reports_no_speech_gets_no_speaker()
    {
        // Two people in the paragraph before: no one to give the quote to (a paragraph about one person speaks, see
        // LeadPersonSieveTests).
        const string body = "Maria Lopez crossed the bridge with Tom Hale every day.\n\n\"We warned them again and again.\"";
        Assert.Null(Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void A_single_letter_label_is_no_speaker()
    {
        const string body = "Q: \"Was the dam safe?\" Ines Duarte: \"Yes.\"";
        Assert.Equal([null, "Ines Duarte"], Quotes(body).Select(quote => quote.Speaker));
    }

    [Fact]
    public void A_participle_and_colon_ending_the_paragraph_before_speaks_for_its_subject()
    {
        const string body = "Ines Duarte addressed the council on Monday, saying:\n\n\"The dam will hold. Nobody will be hurt.\"";
        Assert.Equal(("Ines Duarte", AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void A_participle_of_another_clause_in_the_sentence_before_does_not_speak()
    {
        const string body = "Ines Duarte visited the dam on Monday, claiming a right to the river. \"The dam will hold.\"";
        Assert.NotEqual(AttributionRule.PreviousSentence, Assert.Single(Quotes(body)).Rule);
    }

    [Theory]
    [InlineData("Ines Duarte issued a statement on Monday.\n\n\"We have checked every gate. Nobody is in danger.\"", "Ines Duarte")]
    [InlineData("Ines Duarte held a news conference on Monday.\n\n\"We have checked every gate. Nobody is in danger.\"", "Ines Duarte")]
    [InlineData("The ministry released a statement.\n\n\"We have checked every gate. Nobody is in danger.\"", "ministry")]
    public void A_sentence_that_reports_an_act_of_speech_speaks_the_quote_after_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));

    [Fact]
    public void An_act_of_speech_that_is_no_object_of_its_verb_names_no_speaker()
        => Assert.Null(Assert.Single(Quotes("Police arrested Ines Duarte after the speech.\n\n\"We have checked every gate. Nobody is in danger.\"")).Speaker);

    [Theory]
    [InlineData("Maria Lopez smiled. \"Who knows?\"")]
    [InlineData("Asked about her future, Maria Lopez laughed. \"Not a chance.\"")]
    public void A_sentence_ending_in_a_verb_of_manner_speaks_the_quote_after_it_in_its_paragraph(string body)
        => Assert.Equal(("Maria Lopez", AttributionRule.PreviousSentence, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_verb_of_manner_ending_the_paragraph_before_names_no_speaker()
        => Assert.Null(Assert.Single(Quotes("Maria Lopez and Tom Hale laughed.\n\n\"Not a chance.\"")).Speaker);

    [Theory]
    [InlineData("Dana Ruiz, a glaciologist, spoke to Wikinews.\n\nWikinews asked Ruiz whether the risk was growing.\n\n\"Yes, and not only here.\"", "Dana Ruiz")]
    [InlineData("Maria Ruiz spoke to Wikinews.\n\nWikinews asked what she believes is driving the loss.\n\n\"There isn't one cause.\"", "Maria Ruiz")]
    [InlineData("Under cross-examination by Marcus Bell, Jasmine Carter was questioned.\n\n\"It was dark,\" Carter said.\n\n\"How far away were you?\" Bell asked.\n\n\"Maybe thirty feet.\"", "Jasmine Carter")]
    public void The_quote_after_a_question_is_the_answer_of_the_one_asked(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Wikinews interviewed the mayor.\n\nWikinews asked: \"How many households have switched?\"\n\n\"About 1,100 so far.\"")]
    public void The_quote_after_a_question_asked_of_no_one_named_before_is_not_the_askers(string body)
        => Assert.NotEqual("Wikinews", Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Asked what kept her going, Sunita Gurung paused. \"Last month a woman came in.\"", "Sunita Gurung")]
    [InlineData("When asked what her secret was, Akosua Mensah was firm. \"There is no secret.\"", "Akosua Mensah")]
    public void The_quote_after_a_sentence_that_puts_a_question_to_its_subject_is_the_answer(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void The_one_asked_in_the_passive_answers()
        => Assert.Equal("Jo Lee", Quotes("Jo Lee was asked about the vote.\n\n\"We will win.\"")[^1].Speaker);

    [Theory]
    [InlineData("The Ministry of Health said it was \"working around the clock\".\n\n\"My husband is still at the house,\" she said.")]
    [InlineData("Acme Corp said in a statement that it was \"working around the clock\".\n\n\"My husband is still at the house,\" he said.")]
    public void He_or_she_that_no_one_resolves_never_goes_on_from_an_organisation_s_quote(string body)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Length);
        Assert.NotNull(quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void The_first_answer_to_an_interviewer_s_question_is_the_person_named_before_when_no_one_has_spoken()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.PreviousSentence, true),
            Quotes("Ines Duarte swam the strait on Saturday.\n\nWikinews spoke to her on Sunday. \"What was the hardest moment?\" Wikinews asked.\n\n\"The current turned against me.\"")[1]);

    [Fact]
    public void An_answer_after_a_question_reported_without_a_quote_is_the_one_who_answered_before()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.PreviousSentence, true),
            Quotes("Ines Duarte is the mayor of Portvale.\n\nWikinews asked: \"How many homes have switched?\"\n\n\"About 1,100 so far. That sounds modest.\"\n\nWikinews then asked whether the town could afford to continue.\n\n\"Only with help from the capital.\"")[2]);

    [Fact]
    public void A_verb_in_a_clause_of_what_someone_calls_a_thing_reports_no_words()
    {
        const string body = "Observatory astronomer Ines Duarte said the find was the first of its kind.\n\n"
            + "She said the world was an example of what astronomers called warm giants. \"Space is odd and varied.\"";
        Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);
    }
}
