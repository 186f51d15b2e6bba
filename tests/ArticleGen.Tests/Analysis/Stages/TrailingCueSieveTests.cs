using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>The trailing-cue stage: a speech verb after the quote, in its sentence or in a short sentence after it.</summary>
public sealed class TrailingCueSieveTests
{
    [Theory]
    [InlineData("Tomas Brandt, whom Ines Duarte accused of \"lying to the public\", denied it.")]
    [InlineData("Tomas Brandt, whom Ines Duarte had accused of \"lying to the public\", rejected it.")]
    public void A_verb_with_it_after_the_quote_is_no_speech_clause_so_the_clause_before_speaks(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte said her rival was \"unfit for office\", a claim Tomas Brandt rejected.")]
    [InlineData("While Ines Duarte called the plan \"bold\", Tomas Brandt called it \"reckless\".")]
    [InlineData("Ines Duarte told reporters that the plan was \"bold\", but Tomas Brandt disagreed.")]
    public void A_quote_whose_own_clause_has_a_speech_verb_before_it_is_that_verbs(string body)
        => Assert.Equal("Ines Duarte", Quotes(body)[0].Speaker);

    [Theory]
    [InlineData("Severe heat is predicted for \"most of the south\", senior forecaster Ines Duarte said.")]
    [InlineData("Severe heat is predicted for \"most of the south\", Weather Bureau senior forecaster Ines Duarte said.")]
    [InlineData("Typhoon Mako was \"stationary\" 125 miles east of the coast, said Ines Duarte.")]
    [InlineData("Typhoon Mako was \"stationary\" 125 miles east of the coast, said Ines Duarte, head of the weather bureau.")]
    [InlineData("Typhoon Mako was \"stationary\" east of the coast, said forecaster Ines Duarte.")]
    public void A_clause_after_the_quotes_that_only_attributes_speaks_for_it_with_its_subject_described_or_after_the_verb(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The agency \"will not hesitate\" to describe the outbreak as a pandemic, Ines Duarte said.", "Ines Duarte")]
    [InlineData("The agency \"will not hesitate\" to call it a pandemic, Ines Duarte said.", "Ines Duarte")]
    [InlineData("Tomas Brandt had \"knowingly misled the board,\" the report went on to say.", "report")]
    public void An_infinitive_of_saying_with_an_object_is_no_clause_verb_before_the_attribution(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"This library is very different,\" Ines Duarte, Assistant Library Director, said.")]
    [InlineData("\"This library is very different,\" Ines Duarte, Assistant Director, said.")]
    [InlineData("\"This library is very different,\" Ines Duarte, Library Director, said.")]
    [InlineData("\"This library is very different,\" Ines Duarte, Group Director, said.")]
    [InlineData("\"This library is very different,\" Ines Duarte, Group Director of Research, explained.")]
    [InlineData("\"This library is very different,\" Dr Ines Duarte, Group Director of Research at the trust, explained.")]
    [InlineData("Fresh from a visit to Geneva, Dr Ines Duarte, Group Director of Research at the trust, explained: \"This library is very different.\"")]
    public void A_capitalised_title_set_off_by_commas_after_the_name_is_its_appositive(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_subject_set_off_by_commas_before_a_later_verb_is_its_subject_not_what_follows_the_verb()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("\"We will appeal to the High Court,\" his solicitor, Ines Duarte, said outside court.")).Speaker);

    [Theory]
    [InlineData("\"Please sit down,\" Ines Duarte was heard telling two ministers.", "Ines Duarte")]
    [InlineData("\"Please sit down,\" the Speaker was heard telling two ministers.", "Speaker")]
    public void What_someone_was_heard_saying_after_the_quote_is_theirs(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"We will rebuild\" - Ines Duarte, mayor of Tidewater.", "Ines Duarte")]
    [InlineData("\"We will rebuild.\" \u2014 Ines Duarte", "Ines Duarte")]
    [InlineData("\"We will rebuild\" - Tidewater Council, 2024.", null)]
    public void A_full_name_after_a_dash_right_after_the_quote_signs_it(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_clause_that_only_attributes_still_speaks_a_quote_reported_inside_its_sentence()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte lives in Tidewater. The soldiers had told residents to \"carry only the children,\" she said.")).Speaker);

    [Theory]
    [InlineData("\"He was a loving father,\" read a statement from the Duarte family.", "Duarte family")]
    [InlineData("\"He was a loving father,\" said a statement from the Duarte family.", "Duarte family")]
    public void A_family_named_by_its_surname_after_the_quote_is_the_speaker_not_one_of_its_members(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We weren’t prepared for that. We face another trauma,\" Robert Soulas, vice president of Entraide et Solidarité AF447, a support group for families of victims of the crash, said.", "Robert Soulas")]
    [InlineData("\"We are ready,\" said the director of the United Nations High Commissioner for Human Rights, Ana Ruiz.", "Ana Ruiz")]
    [InlineData("\"We are ready,\" said the mission management team chairman, Ana Ruiz, who also spoke of delays.", "Ana Ruiz")]
    [InlineData("\"We are ready,\" said the regional flood defence board chairman, Ana Ruiz.", "Ana Ruiz")]
    public void A_long_description_between_the_quote_and_its_speech_clause_is_read_through(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold.\" Ines Duarte told reporters.")]
    [InlineData("\"The dam will hold. We checked it twice!\" Ines Duarte told the town on Friday via Facebook.")]
    [InlineData("\"The dam will hold.\" Ines Duarte said in a statement on Friday.")]
    [InlineData("\"The dam will hold.\" Ines Duarte, the Director of the Tidewater Bureau of Water Resources, remarked at Tuesday's ceremony.")]
    public void A_quote_that_is_a_sentence_of_its_own_takes_the_speaker_of_the_short_sentence_after_it(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold.\" Ines Duarte told the town on Friday that the river had fallen overnight.")]
    [InlineData("\"The dam will hold.\" Ines Duarte said the river had fallen overnight and the rain had stopped.")]
    [InlineData("\"The dam will hold.\" Ines Duarte, the Director of the Tidewater Bureau of Water Resources, said the river had fallen overnight and the rain had stopped.")]
    public void A_longer_sentence_after_the_quote_reports_new_speech(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Committee chair Ines Duarte said: \"The report is damning.\" Tomas Brandt rejected that.")]
    [InlineData("Ines Duarte told reporters, \"The report is damning.\" Tomas Brandt disagreed.")]
    [InlineData("Ines Duarte met Tomas Brandt. Duarte told reporters the report was \"damning.\" Brandt disagreed.")]
    public void A_quote_its_own_sentence_introduces_is_not_the_next_sentences(string body)
        => Assert.Equal("Ines Duarte", Quotes(body)[0].Speaker);

    [Fact]
    public void A_verb_right_after_a_quote_inside_an_infinitive_goes_on_with_the_infinitive()
        => Assert.Equal("Tom Hale", Assert.Single(Quotes("Tom Hale has promised to \"vigorously\" continue the Russia inquiry.")).Speaker);

    [Fact]
    public void A_speech_clause_whose_subject_is_not_found_stops_the_quote_from_continuing_the_previous_one()
    {
        // Someone else speaks ("said the bloke next to me"): the quote must not take the previous quote's speaker.
        const string body = "\"We won the cup,\" Ines Duarte said. \"They never stood a chance,\" said the bloke next to me.";
        Assert.Equal(["Ines Duarte", null], Quotes(body).Select(quote => quote.Speaker));
    }

    [Fact]
    public void After_a_quote_ending_a_sentence_of_its_own_words_only_a_short_sentence_attributes()
    {
        // The quote belongs to the agency's sentence; the next sentence, with its phrases, is new matter.
        const string body = "The River Agency posted the warning \"stay off the dam.\" Engineers said the river had fallen by a metre overnight.";
        Assert.Equal(("River Agency", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void A_speech_clause_ending_the_sentence_speaks_a_quote_inside_it()
    {
        const string body = "Mira Okafor spoke. The border is the \"main difference\" between Tidewater and Marlow, she added.";
        Assert.Equal("Mira Okafor", Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void A_speech_clause_ending_a_long_sentence_speaks_a_quote_far_before_it()
    {
        const string body = "Instead of recommending the government take those \"very interventionist moves\", the commission has focused on ideas "
            + "around freeing up more land, improving access to wholesale supply, and making it easier for consumers to understand pricing, Olsen said.";
        Assert.Equal("Olsen", Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void A_sentence_final_clause_gives_way_to_a_speech_verb_before_the_quote()
    {
        const string body = "Holt called Brandt a \"national embarrassment\" for his speech, while the head of the Brandt campaign, Jo Lee, declared victory for Brandt.";
        Assert.Equal("Holt", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("\"The dam will hold,\" Ines Duarte, who runs the plant, said.")]
    [InlineData("\"The dam will hold,\" Ines Duarte, who has run the plant for twenty years, told the Courier.")]
    [InlineData("\"The dam will hold,\" Ines Duarte, the engineer in charge of the plant on Main Street, told the Courier.")]
    [InlineData("\"The dam will hold,\" Ines Duarte, an engineer from Tidewater who built the plant, told the Courier.")]
    [InlineData("\"The dam will hold,\" Ines Duarte, Tom Hale's deputy, told the Courier.")]
    [InlineData("\"The dam will hold,\" Ines Duarte, head of the Tidewater Harbour Authority's legal team, said.")]
    [InlineData("\"The dam will hold,\" Ines Duarte, head of the legal team at the Tidewater Harbour Authority, said.")]
    [InlineData("\"The dam will hold,\" Ines Duarte, the mayor of Tidewater, a coastal town, said.")]
    public void A_relative_clause_or_a_long_appositive_after_the_name_is_passed_over(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" told the Courier.")]
    [InlineData("Ines Duarte, whose campaigns have often appealed to farmers, told the Courier, \"The dam will hold.\"")]
    public void Told_never_has_its_subject_after_it(string body)
        => Assert.NotEqual("Courier", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"The board regrets it,\" said EU commissioner for Harbours, Ines Duarte.")]
    [InlineData("\"The board regrets it,\" said Acme director of the Harbour Fund, Ines Duarte.")]
    [InlineData("\"The board regrets it,\" said the company's operations director, Ines Duarte.")]
    [InlineData("\"The board regrets it,\" said the club's head coach, Ines Duarte.")]
    public void A_person_in_apposition_to_an_organisations_role_after_the_verb_speaks(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"The pier belongs to the town,\" said a statement from the Tidewater Harbour Authority.", "Tidewater Harbour Authority")]
    [InlineData("\"The pier belongs to the town,\" read a statement from Ines Duarte.", "Ines Duarte")]
    [InlineData("Ines Duarte spoke on Monday. \"The pier belongs to the town,\" read a statement from Duarte.", "Ines Duarte")]
    [InlineData("\"The pier belongs to the town,\" said a report by the Tidewater Harbour Authority.", "Tidewater Harbour Authority")]
    [InlineData("\"Ten travellers have gone home\", said a statement released by Nordair as it gave an update.", "Nordair")]
    [InlineData("\"The race is cancelled,\" said a statement on Nordair's website.", "Nordair")]
    [InlineData("\"Snow will fall on the Rockies,\" said a notice on the NWS's website.", "NWS")]
    public void A_document_after_the_verb_speaks_for_its_author(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[0].Speaker);

    [Theory]
    [InlineData("\"This ruling means everything,\" added her husband, George Moss.", "George Moss")]
    [InlineData("\"This ruling means everything,\" said the victim's mother, 54-year-old Ines Duarte.", "Ines Duarte")]
    public void A_person_in_apposition_to_a_relation_after_the_verb_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We are here for our children,\" said one marcher, Ines Duarte.")]
    [InlineData("\"We are here for our children,\" said another marcher, 34-year-old Ines Duarte.")]
    [InlineData("\"There is more interest in gardens,\" said a master gardener who volunteers at Tidewater University's extension office, Ines Duarte.")]
    [InlineData("\"I observed the foot,\" said one of the researchers for Searching For Bigfoot Inc., Ines Duarte, who also examined the corpse.")]
    [InlineData("\"I don't think that's unreasonable,\" said a Tidewater State University volcanologist who studies the volcano, Ines Duarte.")]
    public void A_person_in_apposition_to_a_description_after_the_verb_speaks(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_list_of_names_after_a_description_is_no_person_in_apposition()
        => Assert.NotEqual("Tom Hale", Assert.Single(Quotes("According to a mailing list post from coordinator Ines Duarte, Tom Hale, and Jo Lee, the city won for its \"strong, organized team\".")).Speaker);

    [Theory]
    [InlineData("\"This will cost jobs,\" said the head of the chamber, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"This will cost jobs,\" said the director of the museum, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"This will cost jobs,\" warned the head of the Tidewater Chamber of Commerce, Ines Duarte, on Monday.", "Ines Duarte")]
    [InlineData("\"This will cost jobs,\" said a spokesman for the ministry, adding that talks would continue.", "spokesman")]
    [InlineData("\"This will cost jobs,\" said spokesperson for the Office of the High Commissioner, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"This will cost jobs,\" said spokeswoman for the union, Ines Duarte, on Monday.", "Ines Duarte")]
    [InlineData("\"This will cost jobs,\" said the police spokesperson in the state, Ines Duarte.", "Ines Duarte")]
    public void A_person_in_apposition_to_a_role_and_its_body_after_the_verb_speaks(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte coached Tomas Brandt for ten years. \"He's the best player I've ever coached,\" said Duarte of Brandt.")]
    [InlineData("\"He's the best player I've ever coached,\" said Ines Duarte of Tomas Brandt.")]
    public void A_surname_the_text_introduced_speaks_before_of_and_the_one_spoken_of(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_name_after_a_description_and_a_comma_that_opens_a_clause_does_not_speak()
        => Assert.Null(Assert.Single(Quotes("\"Stop the war,\" read one banner, Ines Duarte recalled.")).Speaker);

    [Theory]
    [InlineData("\"It was a fair trial,\" Tom Hale recalled Ines Duarte saying.")]
    [InlineData("\"It was a fair trial,\" Tom Hale said Ines Duarte told him.")]
    public void Words_the_speaker_reports_from_a_named_person_are_that_persons(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void An_organisation_after_told_is_no_reported_speaker()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("\"It was a fair trial,\" Ines Duarte told Reuters saying she would appeal.")).Speaker);

    [Theory]
    [InlineData("\"Not a chance,\" Tomas Brandt shrugged, turning away.", "Tomas Brandt")]
    [InlineData("\"We will win this,\" Ines Duarte smiled.", "Ines Duarte")]
    public void A_verb_of_manner_ending_the_clause_after_the_quote_and_its_subject_reports_the_words(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_pronoun_before_a_verb_of_manner_is_resolved_as_before_a_speech_verb()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.Pronoun, true),
            Assert.Single(Quotes("Ines Duarte met Tomas Brandt. \"You must be joking,\" she laughed.")));

    [Theory]
    [InlineData("Ines Duarte makes costumes.\n\n\"When deciding on costumes,\" she offers, \"we think of the character.\"")]
    [InlineData("Ines Duarte met Tomas Brandt. \"You must be joking,\" she demurred.")]
    [InlineData("Ines Duarte met Tomas Brandt. \"You must be joking,\" she beams, pouring the tea.")]
    public void Any_finite_verb_of_he_or_she_ending_the_clause_after_the_quote_reports_the_words(string body)
        => Assert.All(Quotes(body), quote => Assert.Equal(("Ines Duarte", true), (quote.Speaker, quote.IsSpeech)));

    [Theory]
    [InlineData("Ines Duarte met Tomas Brandt. \"You must be joking,\" she was.")]
    [InlineData("Ines Duarte met Tomas Brandt. \"You must be joking,\" she does.")]
    public void An_auxiliary_after_he_or_she_reports_nothing(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We will win this,\" Ines Duarte texted.")]
    [InlineData("\"We will win this,\" Ines Duarte clarified.")]
    [InlineData("\"We will win this,\" Ines Duarte scoffed.")]
    [InlineData("Ines Duarte disclosed that the deal was \"nearly done.\"")]
    [InlineData("Ines Duarte emailed the board that the plan was \"dead in the water.\"")]
    [InlineData("The report says the pilot, Ines Duarte, radioed: \"I've lost the tail rotor.\"")]
    [InlineData("The report says Ines Duarte messaged the crew: \"Going down.\"")]
    [InlineData("Tomas Brandt called the plan a fantasy.\n\n\"We will win this,\" Ines Duarte shot back.")]
    [InlineData("Tomas Brandt called the plan a fantasy. \"We will win this,\" Ines Duarte hit back.")]
    [InlineData("Tomas Brandt called the plan a fantasy. \"We will win this,\" Ines Duarte pointed out.")]
    [InlineData("Ines Duarte pointed out that the plan was \"dead in the water.\"")]
    public void Verbs_of_texting_disclosing_clarifying_retorting_or_pointing_out_are_speech_verbs(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte laughed at the \"absurd\" claim.")]
    [InlineData("The crowd sang \"Happy Birthday\" to the mayor.")]
    [InlineData("The figures reflected \"a dramatic decline\" in sales.")]
    public void A_verb_of_manner_not_ending_a_clause_after_the_quote_reports_nothing(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"Our mission is affordable driving,\" co-founder and chief executive Ana Ruiz said at the launch.")]
    [InlineData("\"Our mission is affordable driving,\" founder and chairman Ana Ruiz said.")]
    public void Two_roles_joined_by_and_before_a_name_are_titles_of_one_speaker(string body)
        => Assert.Equal("Ana Ruiz", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We were outplayed in every department.\"\n\nThat was the blunt verdict of Harbour captain Ines Duarte after the defeat.")]
    [InlineData("\"We are not giving up.\" Those were the words of Ines Duarte on Monday.")]
    [InlineData("\"We are not going anywhere.\" The message from Ines Duarte, who has run the bakery for 20 years, is clear.")]
    [InlineData("\"We are not going anywhere,\" was the warning from Ines Duarte on Monday.")]
    [InlineData("\"A disaster\" was Ines Duarte's verdict.")]
    [InlineData("\"We were outplayed.\" That was Ines Duarte's blunt verdict.")]
    public void A_noun_of_words_after_the_quote_names_their_owner(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte died on Monday. Duarte's motto was \"Why not?\" said her son.")]
    [InlineData("Ines Duarte, whose catchphrase was \"I wanna tell you a story\", was born in 1922.")]
    [InlineData("Ines Duarte was asked about the deal. Her answer was: \"Never.\"")]
    public void A_noun_of_words_that_a_copula_joins_to_the_quote_names_their_owner_whoever_reports_them(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"A betrayal\" — that was how Ines Duarte described the decision.", "Ines Duarte")]
    [InlineData("\"A betrayal.\" That is how Ines Duarte put it.", "Ines Duarte")]
    [InlineData("\"A betrayal.\" That was how the former prime minister put it.", "former prime minister")]
    public void That_was_how_gives_the_words_to_the_subject_of_its_verb(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_noun_of_words_after_a_quote_that_is_no_paragraph_of_its_own_names_no_one_in_the_next()
        => Assert.NotEqual("Ines Duarte", Quotes("Fans sang \"We are not going anywhere.\"\n\nThe message from Ines Duarte came later.")[0].Speaker);

    [Theory]
    [InlineData("\"It would still be as big as Pluto,\" Ines Duarte, a professor of planetary astronomy at the Tidewater Institute of Technology said in a press release.", "Ines Duarte")]
    [InlineData("\"It would still be as big as Pluto,\" Ines Duarte, the director of the Tidewater Observatory said.", "Ines Duarte")]
    public void A_speech_verb_after_an_appositive_left_unclosed_is_the_names(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_speech_verb_after_a_long_appositive_of_the_name_is_the_cue()
        => Assert.Equal(
            ("Duarte", AttributionRule.SpeechVerb, true),
            Assert.Single(Quotes("\"We carried the children out,\" Duarte, 54, a nurse at a public hospital in the city, said at an evacuation centre set up in a school.")));

    [Theory]
    [InlineData("The talks ended on Friday.\n\n\"This is a pause, not a peace,\" Halina Moravec, the Varnian deputy foreign minister who led her country's delegation at the talks and who has twice before walked out of such meetings in protest, told Reuters.")]
    [InlineData("The talks ended on Friday.\n\n\"This is a pause, not a peace,\" Halina Moravec, the Varnian deputy foreign minister who led her country's delegation at the talks after the ceasefire collapsed in the spring, told Reuters.")]
    public void Relative_clauses_of_a_long_appositive_s_role_noun_describe_the_name_before_the_verb(string body)
        => Assert.Equal(("Halina Moravec", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void An_and_joining_two_descriptions_in_a_long_appositive_joins_no_clauses()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.SpeechVerb, true),
            Assert.Single(Quotes("\"The people have spoken,\" Ines Duarte, the party's 47-year-old leader and a former mayor of the capital, told supporters at a rally in Vesgrad shortly after midnight.")));

    [Theory]
    [InlineData("Cutting the road links, Ines Duarte said, \"It is the end of the relationship,\" MCNA reported.")]
    [InlineData("Ines Duarte said: \"It is the end of the relationship,\" the Tidewater Courier reported.")]
    public void An_outlet_reporting_words_a_speech_clause_right_before_gives_passes_them_on(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void An_and_between_capitalised_words_of_a_title_joins_no_clauses()
        => Assert.Equal("Tomas Ardel", Assert.Single(Quotes("\"The refugees will not go back,\" Refugee Relief and Repatriation Commissioner Tomas Ardel said.")).Speaker);

    [Theory]
    [InlineData("Ines Duarte met residents on Monday. Asked why so much was happening \"at the 11th hour\", she admitted the council had been slow.")]
    [InlineData("Ines Duarte met residents on Monday. When asked about the \"sell-off\", she said nothing.")]
    public void Words_inside_the_question_put_to_the_subject_are_not_the_subject_s(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("He was presented in \"a collapsing state\" to the custody officer who was told he had been violent.")]
    [InlineData("He was presented in \"a collapsing state\" to Tomas Brandt, who was told he had been violent.")]
    [InlineData("\"You cannot stay here,\" the family were told.")]
    [InlineData("\"You will hear from us,\" Tomas Brandt was told by the council.")]
    [InlineData("\"Why did you stay?\" Tomas Brandt was asked.")]
    public void The_subject_of_a_verb_of_telling_or_asking_in_the_passive_is_the_one_told_not_the_speaker(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Officials \"fabricated\" their case against a Dubai policeman who is accused of theft, his lawyers told a court.", "lawyers")]
    [InlineData("Police \"fabricated\" the case against Tomas Brandt, who was alleged to have stolen, Jo Lee said.", "Jo Lee")]
    public void One_accused_in_the_passive_after_a_quote_is_passed_over_for_the_verb_that_gives_the_words(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We have raised this for years,\" said Tidewater Nurses and Midwives Union secretary Sara Beaumont, who urged action.")]
    [InlineData("\"We have raised this for years,\" said Tidewater Nurses and Midwives Union secretary Sara Beaumont.")]
    public void A_bodys_name_joined_over_and_before_a_role_noun_describes_the_person_after_it(string body)
        => Assert.Equal("Sara Beaumont", Assert.Single(Quotes(body)).Speaker);
}
