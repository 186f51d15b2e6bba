using System.Linq;
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
    [InlineData("The fire broke out at noon. A nurse at the hotel, who saw the crash, said, \"It all happened very quickly.\"", "nurse")]
    [InlineData("The fire broke out at noon. Jo Lee on Monday, speaking to reporters, said, \"It all happened very quickly.\"", "Jo Lee")]
    public void Appositives_and_partitives_are_passed_over(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Police spokesperson in the state, Superintendent Ines Duarte, issued a statement on Tuesday. \"The victims are safe,\" the statement read.")]
    [InlineData("Police spokesperson for the district, Ines Duarte, said in a statement that they were freed.\n\n\"The victims are safe,\" the statement read.")]
    public void A_person_in_apposition_to_a_body_s_role_noun_and_its_phrase_is_the_subject(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Tidewater Space Agency said in a statement posted on its website that the data would help scientists understand \"why the wind accelerates\".", "Tidewater Space Agency")]
    [InlineData("Quillon said in a statement posted on its website that the suit was \"baseless\".", "Quillon")]
    [InlineData("The network said in a letter sent to members that it was \"cooperating fully\".", "network")]
    public void A_participle_that_describes_a_document_is_no_verb_of_speech(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Tidewater Court banned her. In its ruling, the court said her account was weak. The ruling added: \"She has not discharged the burden.\"", "Tidewater Court")]
    [InlineData("A councillor was suspended over a leaked WhatsApp message.\n\nCllr Ines Duarte wrote the message last month. \"Nothing would ever get built,\" the message read.", "Ines Duarte")]
    public void A_document_its_sentence_brings_in_speaks_for_that_sentence_s_subject(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("More than 300 doctors have signed an open letter.\n\n\"We are watching a disease return,\" the letter says.", "doctors")]
    [InlineData("Nearly 400 residents said the plan was \"a disgrace.\"", "residents")]
    [InlineData("On Friday, about 200 nurses gathered outside St Bride's, chanting \"Safe staffing saves lives\".", "nurses")]
    [InlineData("By noon, more than 300 nurses had gathered outside Marlow General, chanting \"Safe staffing saves lives\".", "nurses")]
    [InlineData("Thousands of supporters of candidate Ines Duarte packed the stadium on Saturday, chanting \"Sweep them out!\"", "supporters")]
    [InlineData("Tens of thousands of supporters of Ines Duarte filled the square, chanting \"Sweep them out!\"", "supporters")]
    [InlineData("The doctors in Tidewater have signed an open letter.\n\n\"We are watching a disease return,\" the letter says.", "doctors")]
    [InlineData("More than 300 doctors in Tidewater have signed an open letter.\n\n\"We are watching a disease return,\" the letter says.", "doctors")]
    public void A_group_after_an_amount_or_before_its_place_is_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Her mother listened to a rough demo and told her: \"This is the one.\"", "mother")]
    [InlineData("His father read the letter and told reporters: \"We are relieved.\"", "father")]
    public void A_relation_after_the_owner_s_word_is_the_subject_of_its_verbs(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Corine Lombardo from Scotia, N.Y., said: \"We have seen a tremendous increase.\"", "Corine Lombardo")]
    [InlineData("Corine Lombardo from Scotia, Texas, an officer at the division's headquarters, said: \"We are ready.\"", "Corine Lombardo")]
    [InlineData("Sergeant Tomas Brandt of Dunmore, Ireland, said the base was \"a second home\".", "Tomas Brandt")]
    public void The_state_or_country_after_a_person_s_home_town_is_no_speaker(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The boycott has critics. Dodds of Time Magazine points out, \"The vodka is distilled in Latvia.\"", "Dodds")]
    [InlineData("The boycott has critics. Dodds of the Harbour Gazette says, \"The vodka is distilled in Latvia.\"", "Dodds")]
    [InlineData("House of Commons Speaker John Bercow commented on the matter — an unusual move — \"It is blindingly obvious.\"", "John Bercow")]
    public void One_word_opening_its_sentence_before_of_and_a_body_is_a_member_s_surname(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte of the Action Democratic Party lost the election.\n\nSimilarly, Duarte of the ADP said the result was \"tainted with vote buying\".", "Ines Duarte")]
    [InlineData("Ines Duarte lost the election.\n\nOn Monday, Duarte from the ADP said the result was \"tainted with vote buying\".", "Ines Duarte")]
    public void A_surname_the_text_introduced_before_of_and_a_body_is_that_member(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Quotes(body).Select(q => (q.Speaker, q.Rule, q.IsSpeech)).Last());

    [Fact]
    public void A_name_after_a_phrase_of_place_is_the_speaker()
        => Assert.Equal(("Julian Fairweather", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(
            "Julian Fairweather lost the case. Outside the Royal Courts of Justice, Fairweather, 55, said he was \"relieved\".")));

    [Theory]
    [InlineData("The survey's first author, doctoral candidate Mira Okafor, said, \"The numbers surprised us.\"", "Mira Okafor")]
    [InlineData("The property owner, U.S. Army veteran Mira Okafor, said, \"People should have a right to protest.\"", "Mira Okafor")]
    [InlineData("The first witness, Tidewater Coastguard volunteer Mira Okafor, said \"the boat went down fast.\"", "Mira Okafor")]
    [InlineData("Another co-author, civil and marine engineering professor Tomas Brandt, said, \"We saw it too.\"", "Tomas Brandt")]
    [InlineData("One resident, 34-year-old Tomas Brandt, said it was \"total chaos.\"", "Tomas Brandt")]
    [InlineData("\"It was total chaos,\" one resident, 34-year-old Tomas Brandt, told the Herald.", "Tomas Brandt")]
    [InlineData("\"It was total chaos,\" said one resident, 34-year-old Tomas Brandt.", "Tomas Brandt")]
    [InlineData("Her producer, the Angolan-Portuguese musician Nuno Baptista da Silva, said it was \"emotional\".", "Nuno Baptista da Silva")]
    [InlineData("The club's captain, the veteran Brazilian midfielder Rodrigo Almeida, said it was \"a dark day\".", "Rodrigo Almeida")]
    [InlineData("\"It was a dark day,\" said the club's captain, the Malawian-born striker Tomas Brandt.", "Tomas Brandt")]
    public void An_appositive_of_descriptors_before_a_name_gives_the_person(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Its sponsor, state Senator Tomas Brandt, called the veto \"a slap in the face\".")]
    [InlineData("The bill's author, state Rep. Tomas Brandt, said it was \"long overdue\".")]
    [InlineData("\"The veto is a slap in the face,\" said state Senator Tomas Brandt.")]
    public void State_before_a_title_is_a_descriptor_not_a_verb_of_saying(string body)
        => Assert.Equal(("Tomas Brandt", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Its sponsor, senior lawmaker Tomas Brandt, a farmer from Yuma County who chairs the committee, called the veto \"a slap in the face\".")]
    [InlineData("The first witness, harbour volunteer Tomas Brandt, a retired teacher, said \"the boat went down fast.\"")]
    public void An_appositive_of_descriptors_before_a_name_gives_the_person_before_another_appositive(string body)
        => Assert.Equal(("Tomas Brandt", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Mira Okafor, 45, of Tidewater, Ohio, said the plan was \"a disaster\".", "Mira Okafor")]
    [InlineData("Mira Okafor, an astronomer at the Kessel Observatory near Pine Ridge, Colorado, said, \"There were no known planets.\"", "Mira Okafor")]
    [InlineData("Mira Okafor, an astronomer at Kessel Observatory in Tidewater, Colorado, said there were \"no known planets\".", "Mira Okafor")]
    [InlineData("Mira Okafor, an astronomer from Pine Ridge, Colorado, said, \"There were no known planets.\"", "Mira Okafor")]
    [InlineData("Mira Okafor, a teacher from Tidewater, Ohio, said the plan was \"a disaster\".", "Mira Okafor")]
    [InlineData("Mira Okafor, who lives in Tidewater, Ohio, said the plan was \"a disaster\".", "Mira Okafor")]
    [InlineData("Residents of Tidewater, Ohio, said the plan was \"a disaster\".", "Residents")]
    [InlineData("Police in Tidewater, Ohio said the plan was \"a disaster\".", "Police")]
    [InlineData("The plan was \"a disaster,\" officials in Tidewater, Ohio said.", "officials")]
    [InlineData("The Tidewater delegate to the U.S. House of Representatives, Aumua Amata, told the press: \"We vote.\"", "Aumua Amata")]
    public void A_state_after_a_place_in_an_appositive_or_before_the_verb_is_no_name_of_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Channel 4 said the programme was \"in the public interest\".", "Channel 4")]
    [InlineData("\"The show will go on,\" Channel 4 said in a statement.", "Channel 4")]
    [InlineData("\"The show will go on,\" said Channel 4.", "Channel 4")]
    [InlineData("According to Channel 4, the show was \"in the public interest\".", "Channel 4")]
    [InlineData("On March 5 Tomas Brandt said the plan was \"dead\".", "Tomas Brandt")]
    public void A_number_of_one_or_two_digits_ends_a_body_s_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Mira Okafor, like Tomas Brandt, said the plan was \"a disaster\".")]
    [InlineData("Mira Okafor, unlike Tomas Brandt, said the plan was \"a disaster\".")]
    [InlineData("Mira Okafor, including Tomas Brandt, said the plan was \"a disaster\".")]
    public void A_name_after_like_or_unlike_between_commas_is_no_appositive_of_the_subject(string body)
        => Assert.Equal("Mira Okafor", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void An_appositive_that_is_a_clause_names_no_speaker_of_its_own()
    {
        // "speaking to Jo Lee" is no description of the subject: the speaker is the noun before it, not Jo Lee.
        const string body = "The survey's first author, speaking to Mira Okafor, said, \"The numbers surprised us.\"";
        Assert.NotEqual("Mira Okafor", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("Ines Duarte spoke on Monday. Duarte, who described the plan as \"shocking\", left.")]
    [InlineData("Ines Duarte spoke on Monday. Duarte, a retired judge, who called the plan \"shocking\", left.")]
    public void A_relative_who_after_a_surname_the_text_introduced_stands_for_that_person(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte won the vote. The offer of talks was turned down by Duarte who said \"the time for games is over.\"", "Ines Duarte")]
    [InlineData("The offer was turned down by Ines Duarte who said \"the time for games is over.\"", "Ines Duarte")]
    public void A_relative_who_written_without_its_comma_stands_for_the_person_before_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_relative_who_without_its_comma_after_a_body_s_name_is_left_to_the_rules_for_bodies()
        => Assert.Equal(
            ("Tidewater Port Authority", AttributionRule.SpeechVerb, true),
            Assert.Single(Quotes("The offer was turned down by Tidewater Port Authority who said \"the time for games is over.\"")));

    [Theory]
    [InlineData("Duarte's brother Tomas was in court and said \"justice has been done.\"", "Tomas")]
    [InlineData("Duarte's lawyer Tomas Brandt was in court and said \"justice has been done.\"", "Tomas Brandt")]
    public void An_owner_s_relative_named_after_the_noun_is_the_subject_of_a_later_verb(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The ruling was welcomed by Amnesty International, which called it \"a victory for justice\".", "Amnesty International")]
    [InlineData("The claims were published by the website Sur Abierto, which said the office had \"intervened directly\".", "Sur Abierto")]
    [InlineData("The ruling was a blow to the company, which called it \"deeply flawed\".", "company")]
    [InlineData("The plan was criticised by the WHO, which said it was \"reckless\".", "WHO")]
    [InlineData("The flat is managed by Redbridge Lettings, which said in a statement that it \"takes all reports seriously\".", "Redbridge Lettings")]
    [InlineData("Rates were raised by the Bank of Tidewater, which said inflation was \"too high\".", "Bank of Tidewater")]
    [InlineData("The right is in Article 10 of the Universal Declaration of Human Rights, which states \"everyone is entitled to a fair hearing.\"", "Universal Declaration of Human Rights")]
    public void A_relative_which_after_an_organisation_stands_for_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The singer's lawyer, Ines Duarte released a statement which said that the book was \"loaded with false statements.\"")]
    [InlineData("Ines Duarte issued a statement that said the book was \"loaded with false statements.\"")]
    public void A_relative_after_a_document_someone_made_public_stands_for_its_author(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_relative_which_after_a_person_with_a_given_name_speaks_for_no_one()
        => Assert.Null(Assert.Single(Quotes("The prize went to a painting by Maria Ruiz, which critics found \"luminous\".")).Speaker);

    [Fact]
    public void A_relative_which_after_a_place_speaks_for_no_one()
        => Assert.Null(Assert.Single(Quotes("Ines Duarte moved to Tidewater, which saw \"unprecedented\" clashes.")).Speaker);

    [Fact]
    public void A_relative_who_after_an_appositive_stands_for_the_person_before_it()
    {
        const string body = "The survey was led by Tomas Brandt, a marine ecologist and Regents Professor at NTU, who said \"Fish protect the reef.\"";
        Assert.Equal(("Tomas Brandt", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("\"The bomber blew himself up,\" said Tomas Brandt, the police chief of Tidewater province who also added that the area was \"very crowded.\"", "Tomas Brandt")]
    [InlineData("The plan was drawn up by Ines Duarte, head of the planning office who called it \"a fair deal\".", "Ines Duarte")]
    public void A_relative_who_with_no_comma_after_an_appositive_stands_for_the_person_the_appositive_describes(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The shortcomings were acknowledged by Ines Duarte in her statement, which said that \"the system has been plagued with cost overruns.\"", "Ines Duarte")]
    [InlineData("The Tidewater Agency issued a statement on Monday. The agency stood by the statement, which said the river was \"safe to swim in\".", "Tidewater Agency")]
    public void A_relative_which_after_a_document_speaks_as_the_document_would(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Ines Duarte, the Labour MP for Leeds Central said the plan was \"reckless\".", "Ines Duarte")]
    [InlineData("Ines Duarte, the Mayor said the plan was \"reckless\".", "Ines Duarte")]
    [InlineData("The Mayor said the plan was \"reckless\".", "Mayor")]
    public void An_office_set_off_after_a_persons_name_with_its_closing_comma_left_out_is_the_persons(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("One eye-witness interviewed by the BBC stated: \"I was wondering why the plane was doing acrobatics.\"", "eye-witness")]
    [InlineData("A witness interviewed by the Tidewater Courier said the plane was \"doing acrobatics\".", "witness")]
    [InlineData("The plan was rejected by the Tidewater Council, saying it was \"reckless\".", "Tidewater Council")]
    [InlineData("Two witnesses contacted by AFP said the gunmen were \"shouting and firing\".", "witnesses")]
    [InlineData("Witnesses interviewed by the Tidewater Courier said the gunmen were \"shouting and firing\".", "Witnesses")]
    public void The_agent_of_a_participle_describing_the_subject_is_no_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tomas Brandt denied it. His account was supported by a harbour official, who stated to the Courier: \"The two men say they jumped.\"", "harbour official")]
    [InlineData("Tomas Brandt denied it. The woman got a call from a man posing as a detective, who told her the staff were \"stealing from pensioners\".", null)]
    public void A_relative_who_after_a_role_introduced_with_a_stands_for_that_person(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void An_auxiliary_before_an_appositive_is_passed_over()
    {
        const string body = "The Fisheries Agency has, in a statement, urged anglers to \"keep every net out of the bay.\"";
        Assert.Equal(("Fisheries Agency", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("UK Ambassador to Chile Ruth Gellner alleged, by way of example, the firm had \"ignored every warning.\"", "Ruth Gellner")]
    [InlineData("Special Envoy to Sudan Amal Farouk said \"the talks will resume.\"", "Amal Farouk")]
    public void A_title_to_a_place_before_a_person_is_passed_over(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"We feel the herd will heal us,\" Ada Redcloud of the tribal historic preservation office told the crowd.", "Ada Redcloud")]
    [InlineData("Ada Redcloud from the regional water board said \"the wells are safe.\"", "Ada Redcloud")]
    [InlineData("Senator Ines Duarte, member of the foreign affairs committee of the Congress said, \"The plan has failed.\"", "Ines Duarte")]
    [InlineData("Jo Lee, a spokesman at the Tidewater Trust said, \"It is safe.\"", "Jo Lee")]
    [InlineData("Dr Ada Redcloud of the University of Namibia's physics department said the comet was \"a reminder\".", "Ada Redcloud")]
    [InlineData("Jo Lee from the Bank of England's markets division said rates were \"too high\".", "Jo Lee")]
    public void A_person_of_a_lower_case_body_is_the_speaker(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"Barricades are up for a reason,\" Ada Redcloud with EMA says.", "Ada Redcloud")]
    [InlineData("Ada Redcloud with the Tidewater Trust said \"the wells are safe.\"", "Ada Redcloud")]
    public void A_persons_full_name_before_with_and_a_body_is_the_speaker(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"We expect them later this week,\" the clerk said in reply to Coun. Redcloud.", "clerk")]
    [InlineData("\"We expect them later this week,\" the town clerk said.", "town clerk")]
    [InlineData("\"We will appeal,\" defence counsel said.", "defence counsel")]
    [InlineData("\"We will appeal,\" said counsel for the family.", "counsel")]
    [InlineData("A first woman shouted at the mayor. A second lady added, \"Neither has the council.\"", "lady")]
    [InlineData("\"The numbers are rising,\" the epidemiologist said.", "epidemiologist")]
    [InlineData("\"It will end soon,\" a seismologist said.", "seismologist")]
    [InlineData("\"Oh look, it's over,\" one person wrote.", "person")]
    public void A_clerk_counsel_a_lady_a_person_or_a_scientist_of_a_field_speaks_unnamed(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Quotes(body).Last());

    [Theory]
    [InlineData("Ines Duarte, who co-starred with Hale in Boogie Nights, Magnolia and The Big Lebowski, said: \"I feel so fortunate.\"")]
    [InlineData("Ines Duarte, who worked with Tom Hale, Ana Ruiz and Jo Lee, said the show was \"a family\".")]
    public void The_commas_of_a_list_inside_a_who_clause_set_off_no_appositive(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_day_between_the_clause_s_subject_and_its_verb_keeps_the_subject_before_and_said()
        => Assert.Equal(
            ("Tomas Brandt", AttributionRule.SpeechVerb, true),
            Assert.Single(Quotes("Deputy Minister Tomas Brandt on Wednesday ruled out reports that Ahvaz pipelines were hit and said, \"No incident has happened.\"")));

    [Theory]
    [InlineData("The peacekeeping mission in Darfur (UNAMID) said on Tuesday it \"is still receiving reports\".", "UNAMID")]
    [InlineData("The regional flood agency (RFA) said the river was \"still rising\".", "RFA")]
    [InlineData("Jo Smith of the World Food Programme (WFP) said the convoy was \"stuck\".", "Jo Smith")]
    public void Letters_in_brackets_after_words_that_name_no_body_are_the_subject(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_participle_opening_the_sentence_is_no_part_of_the_name_after_it()
        => Assert.Equal(
            ("Tomas Brandt", AttributionRule.SpeechVerb, true),
            Quotes("Jailing Tomas Brandt for two years, the judge praised the jury. \"I am innocent,\" Brandt said.").Last());

    [Fact]
    public void A_surname_the_text_introduced_before_a_who_clause_with_commas_of_its_own_is_the_subject()
        => Assert.Equal(
            ("Tomas Brandt", AttributionRule.SpeechVerb, true),
            Quotes("Tomas Brandt was jailed on Monday. Brandt, who is now held at Woodhill Prison, Milton Keynes, told the judge: \"Just crack on.\"").Last());

    [Theory]
    [InlineData("The Tidewater Harbour Trust confirmed the closure in a statement that said \u201cthe pier is unsafe.\u201d", "Tidewater Harbour Trust")]
    [InlineData("The Tidewater Harbour Trust confirmed the closure in a tweet that said \u201cthe pier is unsafe.\u201d", "Tidewater Harbour Trust")]
    public void A_message_a_clause_sent_that_said_the_words_is_its_subjects(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Whether the two countries can manage their ties is important, said the veteran diplomat, adding that \"the world is watching us.\"", "veteran diplomat")]
    [InlineData("The plan is important, said Ines Duarte, adding that \"the world is watching us.\"", "Ines Duarte")]
    public void A_participle_after_an_inverted_clause_of_saying_speaks_for_its_subject(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Tidewater's ambassador welcomed the decision, saying it was \"welcome\".", "ambassador")]
    [InlineData("Tidewater's energy minister warned traders against betting, promising that they would be hurt \"like hell.\"", "energy minister")]
    [InlineData("Tidewater's main opposition leader has rejected the results, describing them as \"fantasy.\"", "main opposition leader")]
    public void A_participle_after_a_role_owned_by_a_place_speaks_for_the_role(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_patrol_is_a_body()
        => Assert.Equal("Tidewater State Patrol", Assert.Single(Quotes("The Tidewater State Patrol said the road was \"closed\".")).Speaker);

    [Fact]
    public void A_person_after_a_bodys_possessive_whose_name_goes_on_over_for_is_the_speaker()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("\"It will be hot,\" said the Tidewater Institute for Atmospheric Research's Ines Duarte.")).Speaker);

    [Theory]
    [InlineData("\"When we were young,\" said 30-year-old Ines Duarte.", "Ines Duarte")]
    [InlineData("\"When we were young,\" said 30-year-old Ines, who wore a gold ribbon.", "Ines")]
    public void An_age_before_the_name_after_the_verb_describes_the_person(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte won the final. \"It was one I really wanted,\" said American star Duarte.", "Ines Duarte")]
    [InlineData("Ines Duarte won the final. \"It was one I really wanted,\" said English star Duarte.", "Ines Duarte")]
    [InlineData("Ines Duarte won the final. \"We were the better side,\" added Kenyan veteran runner Duarte.", "Ines Duarte")]
    public void A_nationality_before_the_descriptors_after_the_verb_describes_the_person(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("General secretary of Aslef Michael Whelan said: \"It will end.\"", "Michael Whelan")]
    [InlineData("On Monday, the chief executive of Tidewater Rail Ines Duarte said: \"It will end.\"", "Ines Duarte")]
    public void A_person_after_a_lower_case_role_of_a_body_is_the_speaker(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_bodys_name_after_a_lower_case_role_is_no_person()
        => Assert.Equal("Ines Duarte", Quotes("Ines Duarte, chief executive of Valverde Metropolitan Transit, spoke an hour later. She said the offer was \"fair\".").Last().Speaker);

    [Theory]
    [InlineData("The caller asked about corruption, to which Ada Redcloud replied, \"It is just the surface.\"", "Ada Redcloud")]
    [InlineData("The caller asked Ada Redcloud about corruption, to which the councillor replied, \"It is just the surface.\"", "councillor")]
    public void A_reply_to_which_its_verbs_comma_brings_the_quote_in_is_the_quotes_clause(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("In a comment to the Bangkok Post, Thai army Colonel Winthai Suwaree shared a similar sentiment: \"They must look at the intention.\"", "Winthai Suwaree")]
    [InlineData("\"The employees will not be alone.\" Says Ines Duarte, \"We are willing to defend the factory.\"", "Ines Duarte")]
    public void A_titled_person_after_a_nationality_s_role_noun_and_after_an_inverted_says_is_the_subject(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Quotes(body).Last());

    [Theory]
    [InlineData("Tidewater opposition leader Tom Hale declared himself president, saying the election was \"a fraud\".", "Tom Hale")]
    [InlineData("Venezuelan opposition leader Tom Hale declared himself president, saying the election was \"a fraud\".", "Tom Hale")]
    [InlineData("Venezuelan opposition leaders declared a strike, saying the election was \"a fraud\".", "Venezuelan opposition leaders")]
    [InlineData("U.S. officials admitted the jet was shot down, saying it was \"human error\".", "U.S. officials")]
    public void A_person_named_after_a_nationality_s_role_noun_is_the_subject_of_a_participle(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The video spread, prompting British newspaper The Daily Telegraph to suggest it was \"the most parodied video ever\".")]
    [InlineData("The video spread, prompting UK newspaper The Daily Telegraph to suggest it was \"the most parodied video ever\".")]
    public void A_body_named_after_a_nationality_s_noun_is_the_subject(string body)
        => Assert.Equal(("Daily Telegraph", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_plural_noun_of_speech_opening_a_sentence_is_no_inverted_verb()
        => Assert.NotEqual("UKIP", Assert.Single(Quotes("Chants directed at UKIP included \"Refugees are welcome here!\"")).Speaker);

    [Theory]
    [InlineData("Mayor Jack Ford, an African-American, was puzzled as to why the NSM chose Toledo, and said of the rally location, \"It is a quiet neighbourhood.\"", "Jack Ford")]
    [InlineData("Ines Duarte, the coach, was asked why Harbour United sold the striker, and said \"It was his wish.\"", "Ines Duarte")]
    public void A_clause_opening_with_an_auxiliary_goes_on_from_the_sentence_s_subject(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Timo Soini from the nationalist opposition Harbour Party commented: \"For me marriage will remain as it is.\"", "Timo Soini")]
    [InlineData("Ada Redcloud of the small independent Tidewater Trust said \"the wells are safe.\"", "Ada Redcloud")]
    public void A_person_of_a_named_body_is_the_speaker_whatever_modifiers_stand_before_the_body(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"Virtually all of the state has this virus now,\" said the CDC's interim public health deputy director, Anne Schuchat.", "Anne Schuchat")]
    [InlineData("\"We expect more cases,\" said the Harbour Trust's acting chief medical officer, Ana Ruiz.", "Ana Ruiz")]
    [InlineData("\"It's been far too many days,\" said Aniya Dale's grandfather, community activist K.G. Hale, at the press conference.", "K.G. Hale")]
    [InlineData("\"We expect more cases,\" said the Harbour Trust's chief, retired surgeon Ana Ruiz.", "Ana Ruiz")]
    public void A_person_after_a_long_role_of_a_body_s_possessive_is_the_speaker(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_clause_after_the_person_ends_the_subject()
    {
        // "of the board that she chairs said": a relative clause; its subject is not the speaker.
        const string body = "The friend of Ada Redcloud who always stays said \"the wells are safe.\"";
        Assert.NotEqual("Ada Redcloud", Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void The_person_in_apposition_to_the_sentence_subject_is_the_subject_of_a_participle()
    {
        const string body = "The mayor of Portvale, Ines Duarte, sent her condolences online, adding, \"An inquiry is under way.\"";
        Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("Tidewater's port safety board spokesman, Ines Duarte, said the channel was open, adding that ships should \"keep to the marked lanes\".")]
    [InlineData("Portvale's chief harbour spokesman, Ines Duarte, said the talks had ended, adding that the port would \"not give way\".")]
    public void The_person_in_apposition_to_an_owner_s_role_after_descriptors_is_the_subject_of_a_participle(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Tidewater Weather Chief of Science and Technology, Professor Ines Duarte, said it was \"hot\", adding it is \"a real reminder\".", "Ines Duarte")]
    [InlineData("Portvale Harbour Board Director of Operations, Ines Duarte, said the port was open, adding that it would \"not give way\".", "Ines Duarte")]
    [InlineData("But defence counsel, Chief Ines Duarte, SAN, urged the court to free her client, describing him as \"a responsible citizen\".", "Ines Duarte")]
    public void The_person_in_apposition_to_a_capitalised_title_that_said_speaks_for_the_participle_after(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The Harbour Center (HC) advised residents to \"take appropriate action\", stating that it was unsure.", "Harbour Center")]
    [InlineData("A notice from the Harbour Department advised travellers that, \"given the uncertainty\", they should stay inside.", "Harbour Department")]
    public void Advising_is_speech(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte posted a message on Facebook which said \"We are closing for good.\"", "Ines Duarte")]
    [InlineData("The Tidewater Trust released a statement on its website which said the coach had been \"relieved of his duties\".", "Tidewater Trust")]
    public void Where_a_document_was_posted_stands_between_it_and_which(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte as Reverend Camden sincerely states, \"This show has been a gift.\"", "Ines Duarte")]
    [InlineData("The threat came after the killing of Tomas Brandt as Ines Duarte, the director of the agency, warned of an \"almost certain\" attack.", "Ines Duarte")]
    public void The_actor_before_as_speaks_not_the_part_played(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Eight citizens were turned back. One of these told Reuters, \"They treated us like hostages.\"")]
    [InlineData("Eight citizens were turned back. One of these told The Tidewater Times, \"They treated us like hostages.\"")]
    public void After_these_told_is_a_verb_and_one_of_the_group_speaks_not_its_listener(string body)
        => Assert.Equal("citizen", Quotes(body)[0].Speaker);

    [Fact]
    public void A_titled_person_after_an_opening_phrase_and_before_an_appositive_is_the_subject()
    {
        const string body = "In an interview with The Courier, Dr. Ines Duarte, a marine biologist and Marlow Museum officer, stated, \"Rays attack when they feel threatened.\"";
        Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("Harbour Agency vaccine chief Ines Duarte told AFP she expected trials next month, stating: \"We can act.\"", "Ines Duarte")]
    [InlineData("Unite general secretary Tom Hale told the BBC he expected a deal, saying: \"We can act.\"", "Tom Hale")]
    [InlineData("Acme Corp fired Tom Hale on Monday, saying: \"He broke the rules.\"", "Acme Corp")]
    public void A_participle_speaks_for_the_person_after_an_organisations_role_noun_not_for_an_object(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Budget airline Skyhop cut 300 flights on Tuesday, saying the strike was \"unjustified\".", "Skyhop")]
    [InlineData("Digital rights group OpenScreen welcomed the decision but said regulators were \"playing whack-a-mole\".", "OpenScreen")]
    [InlineData("Shenzhen-based startup Lumora unveiled its glasses on Tuesday, promising delivery \"by Lunar New Year\".", "Lumora")]
    [InlineData("Acme Corp sued rival airline Skyhop on Monday, saying: \"They broke the rules.\"", "Acme Corp")]
    public void A_participle_speaks_for_the_body_named_after_its_kind_noun_not_for_the_words_that_describe_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Jo Lee, flanked by the party's leader, Tom Hale, said he was \"relieved\".", "Jo Lee")]
    [InlineData("Fairweather, cross-examined by the chef's barrister, Rupert Kingsley KC, said he stood by \"every word\".", "Fairweather")]
    [InlineData("Jo Lee, who was questioned by the defence lawyer, Tom Hale, said he was \"sure\".", "Jo Lee")]
    [InlineData("Audio released on Tuesday showed that the referee, Tom Hale, told the official: \"No clear error.\"", "Tom Hale")]
    [InlineData("The Vice President, Mike Pence, said the vote was \"fair\".", "Mike Pence")]
    public void A_name_in_apposition_to_the_agent_of_a_participle_between_commas_is_passed_over(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The Dairy and Food Workers' Union said it would fight the closures, accusing the firms of acting \"so that shareholders can pocket more\".", "Dairy and Food Workers' Union")]
    [InlineData("The Country Land and Business Association said landowners would help. \"The schemes are too complicated,\" a spokesperson said.", "Country Land and Business Association")]
    public void A_sentence_s_subject_is_one_body_s_name_over_and(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void Two_places_joined_by_and_are_no_one_body_s_name()
        => Assert.NotEqual("Britain and France", Assert.Single(Quotes("Britain and France said the talks had failed, calling them \"a waste of time\".")).Speaker);

    [Theory]
    [InlineData("Labour's defeated candidate, Sir Roger Fenwick, said he had congratulated Tariq Mahmood and wished him well, adding: \"The voters are never wrong.\"", "Roger Fenwick")]
    [InlineData("Tengri Records, the band's label, said it had signed Khar Salkhi and Steppe Wolf, calling them \"one of the most distinctive live acts\".", "Tengri Records")]
    public void A_clause_that_opens_with_a_verb_of_saying_goes_on_from_the_subject_before_its_comma(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The pilots' union, the Nordic Pilots Association, called the cuts \"a betrayal\".", "Nordic Pilots Association")]
    [InlineData("The city's oldest charity, the Tidewater Trust, said the plan was \"reckless\".", "Tidewater Trust")]
    [InlineData("A Marlow charity, the Tidewater Trust, which has since taken over the cost, said the plan was \"reckless\".", "Tidewater Trust")]
    public void A_body_s_name_after_the_in_apposition_to_a_noun_of_its_kind_is_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Sentencing Margaret Ellison, 57, at Bristol Crown Court, Judge Rupert Ashdown told her: \"You treated their savings as your own.\"", "Rupert Ashdown")]
    [InlineData("Jailing Tom Hale, 41, at Cardiff Crown Court, Judge Ines Duarte said he had \"targeted the most vulnerable\".", "Ines Duarte")]
    public void A_titled_person_after_an_opening_phrase_with_an_age_is_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Relatives of the victims said the verdict was \"a relief\".", "Relatives")]
    [InlineData("Supporters of the former president chanted \"Lock her up\" outside the court.", "Supporters")]
    [InlineData("Outside the court, critics of the mayor called the plan \"a disaster\".", "critics")]
    [InlineData("Some of the residents said the plan was \"a disaster\".", "residents")]
    [InlineData("A spokesperson of the agency said the plan was \"on track\".", "agency")]
    public void A_plural_role_noun_before_of_is_the_subject_not_the_people_it_is_of(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Earlier in the night, with thousands of ballots still uncounted, his campaign spokesman, Tyler Bonner, had urged patience, telling reporters that \"every legal vote deserves to be counted.\"", "Tyler Bonner")]
    [InlineData("Meanwhile, with the rain still falling, the coach, Ines Duarte, kept the players inside, saying the pitch was \"a swamp\".", "Ines Duarte")]
    public void An_adverb_of_time_opens_a_phrase_before_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Together with Foreign Minister Sergei Lavrov, Russian President Vladimir Putin said the sanctions were \"counterproductive\".", "Vladimir Putin")]
    [InlineData("Shortly after the vote in Tidewater, Tidewater Mayor Ines Duarte said the result was \"a disgrace\".", "Ines Duarte")]
    public void An_adverb_before_a_preposition_opens_a_phrase_before_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Last week in Brussels, Tidewater Mayor Ines Duarte said the result was \"a disgrace\".")]
    [InlineData("A day after the vote in Ohio, Tidewater Mayor Ines Duarte said the result was \"a disgrace\".")]
    [InlineData("Visibly emotional after the loss to France, Tidewater Mayor Ines Duarte said the result was \"a disgrace\".")]
    public void A_phrase_ending_in_the_object_of_a_preposition_is_no_part_of_the_name_after_its_comma(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Researchers at the independent lab Tidewater Security, who first identified \"Ghost Hop\", said it looped \"like a car circling a roundabout\".", "Tidewater Security")]
    [InlineData("Ines Duarte, who coined the phrase \"Ghost Hop\", said the bug looped \"like a car circling a roundabout\".", "Ines Duarte")]
    public void A_relative_clause_holding_a_quoted_name_is_read_through_to_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void Who_reads_a_statement_out_only_voices_it()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.SpeechVerb, true),
            Assert.Single(Quotes("Ines Duarte, the victim's mother, said in a statement read by her lawyer: \"My life has been destroyed.\"")));

    [Theory]
    [InlineData("The plan was described as \"reckless\" by Tom Hale.", "Tom Hale")]
    [InlineData("The plan was described as \"reckless\" by opposition leader Tom Hale.", "Tom Hale")]
    [InlineData("The plan was criticised as \"reckless\" by Tom Hale.", "Tom Hale")]
    public void The_agent_after_the_quote_of_a_passive_verb_of_saying_speaks(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Passive, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The ban came after Tom Hale was recorded saying \"We will not comply\".", "Tom Hale")]
    [InlineData("Tom Hale was caught on camera saying \"I never wanted this\".", "Tom Hale")]
    [InlineData("Ines Duarte quit on Monday. Her exit as Harbour Newspaper columnist came after she was captured on video saying: \"They should go home.\"", "Ines Duarte")]
    public void The_one_heard_or_seen_saying_it_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_participle_after_a_comma_takes_the_subject_of_its_clause()
    {
        const string body = "While all agreed that time off was rare, artist Leisha Riddell emphasized the need for rest, saying \"this weekend, I'm staying home.\"";
        Assert.Equal(("Leisha Riddell", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("The Harbour Board said it has no plans to leave the port saying, \"we will stay.\"", "Harbour Board")]
    [InlineData("The U.N. said it has no plans to leave the country saying, \"the president-elect has not asked us to leave.\"", "U.N.")]
    public void A_participle_after_a_noun_of_no_one_speaks_for_the_sentence_s_subject(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Just a few weeks earlier, on January 25, 2006, former UN weapons inspector Ines Duarte urged that the Harbour Board give a commitment not to close its docks to ships from Portvale, just as it has given to Tidewater, stating, \"change from outside is no panacea.\"")]
    [InlineData("Two days later, on the morning of March 3, former UN weapons inspector Ines Duarte urged that the Harbour Board give a commitment not to close its docks to ships from Portvale, just as it has given to Tidewater, stating, \"change from outside is no panacea.\"")]
    public void A_participle_takes_the_subject_after_several_phrases_opening_the_sentence(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Minister of Sport, Arts and Culture Tumi Ndaba reflected on the win, labelling it \"inspiring\".", "Tumi Ndaba")]
    [InlineData("Minister of Roads and Harbours Tumi Ndaba toured the port and said it was \"ready\".", "Tumi Ndaba")]
    [InlineData("Minister of Sport, Arts and Culture Tumi Ndaba called the win \"inspiring\".", "Tumi Ndaba")]
    [InlineData("Minister of Sport and Culture Tumi Ndaba, who was at the match, was delighted, calling it \"inspiring\".", "Tumi Ndaba")]
    public void A_title_s_list_of_bodies_is_no_subject_the_person_after_it_is(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Epidemiologist Mira Okafor of Lakeside University said, \"The virus spreads fast.\"", "Mira Okafor")]
    [InlineData("Fourteen-year-old Tomas, on the top deck, said \"everyone started screaming\".", "Tomas")]
    [InlineData("GM Ana Costa won again. She said she felt \"persistent\".", "Ana Costa")]
    [InlineData("Regional Envoy for Patagonia Jo Lindqvist said, \"This is political.\"", "Jo Lindqvist")]
    [InlineData("Commissioner for Trade and Industry Tomas Brandt said, \"The deal is done.\"", "Tomas Brandt")]
    [InlineData("Deputy Adviser for Harbour Security and Counterterrorism John O. Hale said, \"The port is closed.\"", "John O. Hale")]
    [InlineData("US Undersecretary Brandt said, \"The deal is done.\"", "Brandt")]
    [InlineData("\"It was a gross manipulation of justice,\" said Venezuela-born Ilich Ramírez Sánchez.", "Ilich Ramírez Sánchez")]
    [InlineData("Berlin-based Ines Duarte said the plan was \"reckless\".", "Ines Duarte")]
    [InlineData("A Midlands-based street artist known as Itchers took credit, telling reporters: \"It's something for people to enjoy.\"", "Itchers")]
    [InlineData("North American-based Linamar said the decision followed an \"extensive review\".", "Linamar")]
    [InlineData("The Hague-based International Criminal Court said it was \"profoundly concerned\".", "International Criminal Court")]
    [InlineData("\"Thank you for embracing our film,\" Co-producer Cathy Lindqvist said.", "Cathy Lindqvist")]
    [InlineData("Ex-minister Tomas Brandt said the deal was \"a disgrace\".", "Tomas Brandt")]
    public void A_descriptor_or_a_title_for_a_place_before_a_name_is_no_part_of_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tomas Brandt spoke last. Afterwards Brandt said the plan was \"a waste of time\".", "Tomas Brandt")]
    [InlineData("Mira Okafor spoke first. Whereas Okafor said the plan needs \"more time\", others left.", "Mira Okafor")]
    [InlineData("Unfortunately Brandt said the plan was \"a waste of time\".", "Brandt")]
    [InlineData("Sadly Okafor said the talks had \"failed again\".", "Okafor")]
    public void A_sentence_adverb_or_conjunction_before_a_name_is_no_part_of_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_contraction_is_never_a_speaker()
    {
        const string body = "I'm Australian, I told them. She said \"I am not afraid.\"";
        Assert.Null(Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("Mira Okafor speaking to reporters said the plan was \"a disgrace\".")]
    [InlineData("On Tuesday, harbour master Mira Okafor speaking to the Tidewater Council think tank called the deal \"null and void\".")]
    public void The_person_before_a_participle_phrase_is_the_subject(string body)
        => Assert.Equal("Mira Okafor", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Foreign Ministry of Patagonia characterized the strike as \"a serious violation\".", "Foreign Ministry of Patagonia")]
    [InlineData("The Tidewater Harbour Guard (THG), which includes the river police, declared the pier \"closed\".", "Tidewater Harbour Guard")]
    [InlineData("The harbour chief, Okafor, spoke first. In February, Okafor said, \"The river is sacred.\"", "Okafor")]
    public void Organisations_over_of_acronyms_and_function_words_before_a_comma_do_not_hide_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_plural_noun_after_a_preposition_is_no_speech_verb()
    {
        const string body = "Tomas Brandt ran the agency. He said, in remarks published by the Courier in February, \"No virus has spread so fast.\"";
        Assert.Equal("Tomas Brandt", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("Mira Okafor gave a speech in which she called Brandt a \"climate arsonist\".", "Mira Okafor")]
    [InlineData("The files came to light in a release which Mayor Mira Okafor described as \"Harbourgate.\"", "Mira Okafor")]
    [InlineData("Mira Okafor spoke. She underlined the call for calm by saying \"we are ready to talk\".", "Mira Okafor")]
    [InlineData("The next day, with protests ongoing, Mayor Mira Okafor delivered a speech declaring herself the \"mayor of law and order.\"", "Mira Okafor")]
    [InlineData("The Harbour Ministry issued a statement on Monday saying the dam was \"safe.\"", "Harbour Ministry")]
    public void A_relative_clause_or_a_participle_after_by_quotes_its_own_subject(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("After shareholder Tom Hale implied that the policy hurt profits, Mira Okafor responded by saying, \"It is a free country.\"", "Mira Okafor")]
    [InlineData("Mira Okafor spoke first. When Tom Hale, the rival, attacked the plan, she replied by saying \"the plan stands.\"", "Mira Okafor")]
    public void A_participle_after_by_speaks_for_the_clause_after_an_opening_clause(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Mayor Mira Okafor met the council on Monday. The mayor indicated the plan was \"a good start\".", "Mira Okafor")]
    [InlineData("Tom Hale indicated that the union would \"not sign a bad deal\".", "Tom Hale")]
    public void Indicate_reports_what_its_subject_said(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Quotes(body).Last());

    [Theory]
    [InlineData("\"It had to come to this,\" said Hale's widow, Karen.", "Karen")]
    [InlineData("\"It had to come to this,\" said his sister, Ana, after the hearing.", "Ana")]
    public void A_given_name_alone_in_apposition_to_a_relation_after_the_verb_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_single_word_that_is_no_given_name_in_apposition_stays_the_relation()
        => Assert.Equal("widow", Assert.Single(Quotes("\"It had to come to this,\" said Hale's widow, Tidewater-born.")).Speaker);

    [Theory]
    [InlineData("Tom Hale said the deal was a \"mistake\" and said the union had agreed only to \"token concessions\".", "Tom Hale")]
    [InlineData("Tom Hale said the union had agreed to \"a token rise\" in March.", "Tom Hale")]
    public void A_quote_after_agree_to_is_no_words_of_who_agreed(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Fact]
    public void A_bodys_name_after_the_before_a_role_noun_in_the_clause_before_a_participle_describes_the_noun()
        => Assert.Equal("Mara Velden", Quotes("Mara Velden, Lumora Guild president, spoke on Thursday.\n\n\"We are united,\" the Lumora Guild president said in a passionate speech, calling this \"a seminal hour for us.\"").Last().Speaker);

    [Theory]
    [InlineData("\"Talks have been unsuccessful,\" Mara Velden, director of corporate communications said.")]
    [InlineData("Mara Velden, director of corporate communications said: \"Talks have been unsuccessful.\"")]
    public void A_role_and_its_phrase_after_a_persons_comma_left_unclosed_describe_the_person(string body)
        => Assert.Equal("Mara Velden", Quotes(body).Single().Speaker);

    [Theory]
    [InlineData("Estavia's deputy UN ambassador Nadia Gaouar addressed the council: \"The price of silence is heavy.\"")]
    [InlineData("\"The price of silence is heavy,\" said Estavia's deputy UN ambassador Nadia Gaouar.")]
    public void A_bodys_letters_between_a_descriptor_and_a_role_noun_describe_the_person_after_them(string body)
        => Assert.Equal("Nadia Gaouar", Quotes(body).Single().Speaker);

    [Theory]
    [InlineData("A witness who knew Perry said the inspection \"did contribute to her death\".")]
    [InlineData("The coroner said each witness who knew Perry, including her GP, said the inspection \"did contribute to her death\".")]
    public void A_name_that_a_relative_clause_after_a_role_noun_takes_as_object_is_no_subject(string body)
        => Assert.Equal("witness", Quotes(body).Single().Speaker);

    [Theory]
    [InlineData("The Arab Group at the UN welcomed the resolution as a \"crucial turning point\" toward peace.")]
    [InlineData("The Arab Group at the UN said the resolution was a \"crucial turning point\" toward peace.")]
    public void A_body_named_before_at_and_where_it_sits_speaks(string body)
        => Assert.Equal("Arab Group", Quotes(body).Single().Speaker);

    [Theory]
    [InlineData("The spokesperson, later named as Ciara Hale, the airline's head of communications, told reporters the fault was \"not the result of any cyber attack.\"")]
    [InlineData("The spokesperson, named as Ciara Hale, told reporters the fault was \"not the result of any cyber attack.\"")]
    public void The_name_an_appositive_gives_a_role_noun_names_the_speaker_before_another_appositive(string body)
        => Assert.Equal("Ciara Hale", Quotes(body).Single().Speaker);

    [Fact]
    public void A_place_after_a_preposition_in_the_clause_before_a_participle_is_no_subject()
        => Assert.Equal("Ma", Quotes("Ma says the service has done \"heroic\" work to keep people safe in the Okanagan but right across the province, adding it is working with the Lytton First Nation to \"ensure the safety of their members.\"").Last().Speaker);

    [Theory]
    [InlineData("Lumora has said the lawsuit filed by the Harbour Times on 27 December accusing it of copyright infringement is \"without merit\".", "Lumora")]
    [InlineData("Jo Lee said the report accusing him of theft was \"a lie\".", "Jo Lee")]
    public void A_participle_inside_the_subject_of_the_copula_before_a_quote_is_passed_over(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tom Hale said the union had agreed that the offer was \"worth a try\".", "union")]
    [InlineData("The union agreed it was \"worth a try\".", "union")]
    public void A_quote_after_agree_that_is_who_agreed_s(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Jo Lee spoke first. Her Tidewater counterpart, Tom Hale, said \"no\" but agreed it was \"worth a try\".", "Tom Hale")]
    [InlineData("Jo Lee spoke first. The Tidewater counterpart, Tom Hale, said \"no\" but agreed it was \"worth a try\".", "Tom Hale")]
    public void A_person_in_apposition_to_a_role_after_a_name_is_the_sentence_s_subject(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Protesters demanded that the government stop referring to the protests as \"riots.\"", "government")]
    [InlineData("The Harbour Council has continued calling the strike \"illegal\" all week.", "Harbour Council")]
    [InlineData("Jo Lee met the press. She then began calling the plan \"a disaster.\"", "Jo Lee")]
    public void A_verb_of_saying_after_a_verb_of_beginning_or_stopping_speaks_for_its_subject(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Donald Trump won. In a Harbour Courier interview on Friday Trump said he would keep sanctions \"for a period of time.\"", "Donald Trump")]
    [InlineData("Ines Duarte won. At a Harbour Council meeting on Monday Duarte said the plan was \"dead.\"", "Ines Duarte")]
    public void A_known_person_after_a_phrase_of_time_with_no_comma_is_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Fact]
    public void Maintain_before_a_noun_keeps_a_thing_and_says_nothing()
    {
        // The infinitive "to maintain" would speak for the sentence's first name, the newspaper's; "indicated" speaks.
        const string body = "Donald Trump won. In a Harbour Courier interview on Friday Trump indicated he wishes to maintain sanctions \"for a period of time.\"";
        Assert.Equal("Donald Trump", Quotes(body).Last().Speaker);
    }

    [Theory]
    [InlineData("The Tidewater League said the chatbot had answered more than 18,000 queries and that \"the large majority\" had been correct.")]
    [InlineData("The Tidewater League said its volunteers answered 400 calls and that \"most callers\" had been polite.")]
    public void Answering_a_count_of_things_reports_no_words(string body)
        => Assert.Equal(("Tidewater League", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void An_s_form_after_an_age_noun_stays_a_verb()
        => Assert.Equal("Kenji Watanabe", Assert.Single(Quotes("Kenji Watanabe lost his boat. \"I watched the bay empty out,\" the 68-year-old recalls.")).Speaker);

    [Fact]
    public void Answering_a_question_reports_words()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte answered that the plan was \"dead.\"")).Speaker);

    [Theory]
    [InlineData("Ines Duarte maintained that the plan was \"dead.\"")]
    [InlineData("Ines Duarte maintained on Monday that the plan was \"dead.\"")]
    [InlineData("Ines Duarte has always maintained it was \"dead.\"")]
    public void Maintain_before_a_clause_says_it(string body)
        => Assert.Equal("Ines Duarte", Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Reports yesterday indicated Harbour Mayor Ines Duarte views the arrival of the cruise ships as \"a threat\".", "Ines Duarte")]
    [InlineData("Ines Duarte views the arrival of the cruise ships as \"a threat\".", "Ines Duarte")]
    [InlineData("Ines Duarte regarded the ruling as \"a provocation\".", "Ines Duarte")]
    public void A_view_put_as_a_quote_is_the_holder_s_words(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The Harbour Budget Office estimated that the bill \"would add $40 billion to spending over ten years.\"", "Harbour Budget Office")]
    [InlineData("The Tidewater Institute estimates that the scheme \"will pay for itself within a decade.\"", "Tidewater Institute")]
    public void Estimating_that_reports_a_finding(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("An estimated 300 protesters marched past \"the house that greed built\" on Monday.")]
    [InlineData("Officials estimated the cost at \"well over a billion dollars\".")]
    public void Estimating_with_no_that_reports_nothing(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The debate grew so heated that the moderator, Tom Hale, had to ask the candidates to \"let each other finish.\"")]
    [InlineData("The debate grew so heated that the moderator, Tom Hale of Harbour TV, twice had to ask the candidates to \"let each other finish.\"")]
    [InlineData("The debate grew so heated that the moderator, Tom Hale, repeatedly had to ask the candidates to \"let each other finish.\"")]
    public void An_infinitive_after_had_to_speaks_for_the_subject_of_had(string body)
        => Assert.Equal(("Tom Hale", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void Seeing_with_no_quote_after_as_says_nothing()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte saw the film as a child and called it \"a triumph\".")).Speaker);

    [Theory]
    [InlineData("Ines Duarte spoke first. Duarte called that claim \"pure fiction\".", "Ines Duarte")]
    [InlineData("Ines Duarte spoke first. Duarte dismissed that report as \"the same one we hear every year\".", "Ines Duarte")]
    public void A_noun_of_speech_after_that_after_a_verb_is_no_verb_of_its_own(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Harbour Consumers Association tested 24 drinks. The group said many labels made \"vague claims\".", "Harbour Consumers Association")]
    [InlineData("The Harbour Consumers Association tested 24 drinks. The group said several reports gave \"false hope\".", "Harbour Consumers Association")]
    public void A_plural_of_a_speech_verb_after_a_word_of_quantity_is_a_noun(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Members of the Harbour Council protested by shouting \"shame on you!\" in the chamber.", "Members")]
    [InlineData("A Harbour Ministry—the body responsible for the port—spokesman responded by saying the families were \"very disappointed.\"", "Harbour Ministry")]
    public void A_participle_after_by_with_no_comma_before_it_speaks_for_the_sentence_s_subject(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Fact]
    public void A_relative_clause_closed_before_the_quote_leaves_the_main_verb_to_speak()
    {
        const string body = "Speaker Jo Lee commented on the matter — which the Courier noted as unusual — \"This is blindingly obvious.\"";
        Assert.Equal("Jo Lee", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("A federal judge blocked the plan, calling it \"arbitrary and capricious.\"")]
    [InlineData("A federal judge on Friday blocked the administration's plan to close the Marlow Valley clinic, calling it \"arbitrary and capricious.\"")]
    public void A_role_noun_after_a_determiner_and_its_modifiers_is_the_subject_of_a_participle(string body)
        => Assert.Equal(("federal judge", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("A senior CIA official stood by the finding, saying \"It is what we think it is.\"", "senior CIA official")]
    [InlineData("On June 8, 2003, an unnamed senior CIA official stood by the finding, saying \"It is what we think it is.\"", "senior CIA official")]
    public void A_body_s_name_after_a_determiner_describes_the_role_noun_that_is_the_subject_of_a_participle(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void Official_before_a_body_s_name_is_an_adjective_not_the_subject()
        => Assert.Equal("Tidewater News Agency", Quotes("Hours later, the North's official Tidewater News Agency (TNA) dismissed the proposal as \"a deceptive farce\" and said the South should \"stop daydreaming about dialogue.\"")[^1].Speaker);

    [Fact]
    public void A_role_noun_opening_the_sentence_is_its_subject()
    {
        const string body = "Tomas Brandt lost. President Brandt spoke. The president did not concede, however, and vowed to keep fighting \"the good fight\".";
        Assert.Equal("Tomas Brandt", Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void A_capitalised_participle_is_no_speaker()
        => Assert.Null(Assert.Single(Quotes("They fired me from there too. Saying, \"No, we do not need a gardener.\"")).Speaker);

    [Theory]
    [InlineData("\"The dam will hold,\" Ines Duarte, 54, said.", "Ines Duarte")]
    [InlineData("Ines Duarte runs the dam. \"It will hold,\" Duarte, 54, told reporters.", "Ines Duarte")]
    [InlineData("Ines Duarte, 54, a dam engineer, said \"it will hold\".", "Ines Duarte")]
    public void An_age_between_commas_is_an_appositive(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Writing on Twitter, Ines Duarte said the dam \"will hold\".")]
    [InlineData("In an interview with the BBC, Ines Duarte said the dam \"will hold\".")]
    [InlineData("Speaking to CNN, Ines Duarte said the dam \"will hold\".")]
    [InlineData("Defending, Ines Duarte said the dam \"will hold\".")]
    [InlineData("Prosecuting, Ines Duarte told the court the dam \"will hold\".")]
    [InlineData("After meeting Tomas Brandt, Ines Duarte said the dam \"will hold\".")]
    [InlineData("After talks with Tomas Brandt, Ines Duarte said the dam \"will hold\".")]
    [InlineData("Before visiting Marlow, Ines Duarte said the dam \"will hold\".")]
    public void A_name_after_a_phrase_opening_the_sentence_is_its_subject(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The city manager of Galveston, Steve LeBlanc said, \"Galveston is going to suffer.\"")]
    [InlineData("\"Galveston is going to suffer,\" the city manager of Galveston, Steve LeBlanc said.")]
    public void A_given_name_and_a_surname_after_the_comma_that_closes_a_role_s_place_are_the_subject(string body)
        => Assert.Equal(("Steve LeBlanc", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Headteacher, Carole Minton said: \"We are delighted with the result.\"")]
    [InlineData("Organiser, Carole Minton said the day \"went well\".")]
    [InlineData("\"It went well,\" Organiser, Carole Minton said.")]
    public void A_name_after_a_one_word_role_and_a_comma_opening_the_clause_is_the_subject(string body)
        => Assert.Equal(("Carole Minton", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The University of Texas, San Antonio said the dam \"will hold\".")]
    [InlineData("The University of Texas, Austin Community College said the dam \"will hold\".")]
    public void A_name_after_a_comma_that_opens_with_no_given_name_is_still_no_subject(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_name_after_a_comma_that_ends_a_longer_name_is_still_no_subject()
    {
        // "Los Angeles" ends "The University of California, Los Angeles": the sentence opens with no preposition.
        const string body = "The University of California, Los Angeles said the dam \"will hold\".";
        Assert.Null(Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("Ines Duarte was quoted as saying the dam \"will hold\".")]
    [InlineData("Ines Duarte is quoted by The Associated Press as saying the dam \"will hold\".")]
    [InlineData("Ines Duarte runs the dam. \"It will hold,\" Duarte was quoted as saying.")]
    [InlineData("\"The dam will hold,\" Ines Duarte was quoted by Reuters as saying.")]
    [InlineData("The Tidewater Courier quoted Ines Duarte as saying the dam \"will hold\".")]
    [InlineData("Ines Duarte was quoted as having said that the dam \"will hold\".")]
    [InlineData("\"The dam will hold,\" Ines Duarte was quoted as having said.")]
    [InlineData("The Tidewater Courier quoted Ines Duarte, a 27-year-old engineer, as saying the dam \"will hold\".")]
    [InlineData("The Tidewater Courier quotes Duarte as saying, \"The dam will hold.\" Ines Duarte runs it.")]
    [InlineData("Ines Duarte, manager of the dam, is quoted by the Tidewater Daily Times as saying, \"It will hold!\"")]
    [InlineData("State media cited Ines Duarte as saying the dam \"will hold\".")]
    [InlineData("\"The dam will hold,\" Ines Duarte of the National League for Water Safety (NLWS) was quoted as saying by Reuters.")]
    [InlineData("Ines Duarte was reported as saying the dam \"will hold\".")]
    [InlineData("\"The dam will hold,\" Ines Duarte was reported as saying.")]
    [InlineData("Ines Duarte was cited by Reuters as saying the dam \"will hold\".")]
    [InlineData("\"The dam will hold,\" Reuters quoted district police chief Ines Duarte as saying.")]
    [InlineData("The Tidewater Courier quoted dam engineer Ines Duarte as saying the dam \"will hold\".")]
    [InlineData("\"The dam will hold,\" the Tidewater News Agency cited Ines Duarte, a woman living nearby, as saying.")]
    public void Quoted_as_saying_names_the_speaker_before_quoted_not_the_agency_after_by(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The newspaper quoted aides as saying that Tomas Brandt was \"seriously considering\" a poll.", "aides")]
    [InlineData("The Tidewater Courier quoted unnamed insiders as saying that Tomas Brandt was \"seriously considering\" a poll.", "insiders")]
    public void A_group_quoted_as_saying_is_named_without_the_verb_that_quotes_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte was quoted saying \"It will hold,\" at a briefing.")]
    [InlineData("Acting Tidewater Water Safety Agency (TWSA) director Ines Duarte was quoted saying \"It will hold,\" at a briefing.")]
    public void Quoted_saying_without_as_names_the_speaker_before_quoted(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Quotes(body).Single());

    [Fact]
    public void Quoted_saying_after_a_pronoun_names_whom_it_stands_for()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.Pronoun, true),
            Quotes("Ines Duarte runs the dam. She was quoted saying the dam \"will hold\".").Single());

    [Theory]
    [InlineData("Ines Duarte runs the dam. The Tidewater Courier quoted her as saying: \"It will hold.\"", "Ines Duarte")]
    [InlineData("Tomas Brandt left on Monday. The BBC quoted him as saying: \"We will win.\"", "Tomas Brandt")]
    public void Quoted_or_cited_as_saying_with_a_pronoun_gives_whom_the_pronoun_stands_for(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_main_verb_after_the_quote_followed_by_a_phrase_leaves_the_relative_clause_to_speak()
    {
        // "spoke on Monday" has no subject after it ("Monday" is none): the relative clause before the quote attributes it.
        const string body = "Tomas Brandt, who called it a \"national embarrassment\", spoke on Monday.";
        Assert.Equal(("Tomas Brandt", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("Ines Duarte, R-Texas, said the bill was \"dead on arrival\".")]
    [InlineData("Sen. Ines Duarte, D-Calif., said the bill was \"dead on arrival\".")]
    public void A_party_and_state_after_a_name_is_an_appositive(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte said in a Facebook post that the bill was \"dead\".")]
    [InlineData("Ines Duarte took to Twitter to say the bill was \"dead\".")]
    [InlineData("Ines Duarte is expected to say the bill is \"dead\".")]
    public void A_post_on_a_platform_is_a_noun_and_an_infinitive_speaks_for_the_sentence_subject(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void An_interjection_opening_a_sentence_is_no_subject()
        => Assert.NotEqual("Yeah", Assert.Single(Quotes("Yeah, they used to, and they used to call it \"forbidden pairing\".")).Speaker);

    [Theory]
    [InlineData("Tomas Brandt claimed a cure was near. Ines Duarte countered that people were \"learning to die\" with it.", "Ines Duarte")]
    [InlineData("The judge agreed the book was secret but warned that \"the damage is done\".", "judge")]
    public void Reporting_verbs_and_a_verb_after_but_speak_for_their_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Sofia Marchetti won the final. Marchetti said Anya Kowal had leaned over the net and whispered: \"You deserved it.\"", "Anya Kowal")]
    [InlineData("Ines Duarte almost gave up. She said her mother had listened to a demo in the kitchen and told her: \"This is the one.\"", "mother")]
    [InlineData("Ines Duarte was 16. She recalled that an American soldier had handed her a chocolate bar and said, \"Here you go.\"", "American soldier")]
    [InlineData("Tomas Brandt was freed on Monday. He said Ines Duarte had treated him decently and had told him: \"You are worth more alive.\"", "Ines Duarte")]
    [InlineData("Ines Duarte said Tomas Brandt was wrong and added: \"We will appeal.\"", "Ines Duarte")]
    [InlineData("Ines Duarte pointed out that while Tomas Brandt had gone to trial and acknowledged wrongdoing, \"the other man fled.\"", "Ines Duarte")]
    [InlineData("Tomas Brandt stood beside the attorney. He said Ines Duarte had phoned him to say \"on the way with the pizza.\"", "Ines Duarte")]
    [InlineData("Tomas Brandt was freed on Monday. He said his captors had treated him decently and had told him: \"You are worth more alive.\"", "captors")]
    public void A_verb_of_saying_after_and_or_to_goes_on_from_the_subject_of_a_reported_clause_in_the_past_perfect(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Office of Civil Defense said two deaths had been confirmed and that it was \"still verifying reports\".", "Office of Civil Defense")]
    [InlineData("The Acme Corporation said the swim had been observed and that it would submit the record \"for formal ratification\".", "Acme Corporation")]
    [InlineData("The Acme Corporation said the swim had been independently observed and that it would submit the record \"for formal ratification\".", "Acme Corporation")]
    [InlineData("The Office of Civil Defense said two deaths had been officially confirmed and that it was \"still verifying reports\".", "Office of Civil Defense")]
    public void A_passive_verb_of_saying_with_no_agent_gives_way_to_the_verb_before_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_passive_verb_of_saying_with_an_agent_is_the_agents()
        => Assert.Equal("Jo Lee", Assert.Single(Quotes("Tom Hale said he had been told by Jo Lee that it was \"over\".")).Speaker);

    [Fact]
    public void A_body_named_after_its_owner_and_a_noun_of_a_body_is_the_clause_subject()
        => Assert.Equal("AFAD", Assert.Single(Quotes("Turkey's disaster agency AFAD said 87 people had died, adding that work went on at \"42 collapsed structures\".")).Speaker);

    [Theory]
    [InlineData("Groundskeeper Dennis Fairweather said the rule was \"pointless\".", "Dennis Fairweather")]
    [InlineData("Mediator Jorge Santamaría said there was \"a gap\".", "Jorge Santamaría")]
    [InlineData("Lalu Ahmad Fauzi said there was \"a gap\".", "Lalu Ahmad Fauzi")]
    public void A_doers_word_opening_a_sentence_before_a_given_name_and_a_surname_is_a_descriptor(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Dozens of supporters waiting outside held placards reading \"My face, my data\".", "supporters")]
    [InlineData("Thousands of supporters packed the stadium, chanting \"Sweep them out!\"", "supporters")]
    [InlineData("Thousands of people marched through the town centre, chanting \"We want change\".", "people")]
    [InlineData("Tens of thousands of people gathered in the square, chanting \"Down with the regime\".", "people")]
    [InlineData("Some people also called for the withdrawal of Tidewater troops from the port, yelling, \"Troops out!\"", "people")]
    public void The_group_after_a_count_is_the_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A reported 2,000 protesters said the vote was \"rigged\".", "protesters")]
    [InlineData("About 300 residents said the water was \"undrinkable\".", "residents")]
    [InlineData("An estimated 5,000 campaigners, who want the mayor gone, filled the square in Tidewater today, chanting \"Out, out, out!\"", "campaigners")]
    public void A_count_before_a_group_is_no_part_of_its_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_clause_opening_with_a_verb_in_the_past_goes_on_from_the_subject_before_its_comma()
        => Assert.Equal("Protesters", Assert.Single(Quotes("Protesters, who want the mayor gone, filled the square in Tidewater today, chanting \"Out, out, out!\"")).Speaker);

    [Fact]
    public void A_body_of_a_kind_after_its_owners_possessive_and_a_modifier_is_the_subject_named_with_its_owner()
        => Assert.Equal("Tidewater's health ministry", Assert.Single(Quotes("Tidewater's health ministry released a statement on Monday that urged calm: \"There is no outbreak.\"")).Speaker);

    [Theory]
    [InlineData("U.S. Secretary of the Interior Ines Duarte said the floods underlined \"the absolute failure\" of the old plan.", "Ines Duarte")]
    [InlineData("U.S. Secretary of State Tom Hale said the figures suggest \"a lasting recovery\" for the region.", "Tom Hale")]
    public void A_verb_of_saying_whose_subject_is_a_thing_gives_way_to_the_verb_that_reports_its_clause(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tom Hale spoke in Tidewater. He also commented about the harbour's oil and gas royalty dispute saying, \"I'm glad it's not my decision.\"", "Tom Hale")]
    [InlineData("Tom Hale spoke in Tidewater. He also commented about the royalty dispute saying, \"I'm glad it's not my decision.\"", "Tom Hale")]
    public void A_participle_after_a_thing_and_its_modifiers_speaks_for_the_sentences_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("On Monday, the minister defended the plan saying \"It works.\"", "minister")]
    [InlineData("On June 8, 2003, an unnamed senior official stood by the interpretation saying \"It is what we think it is.\"", "senior official")]
    [InlineData("In a statement, Tidewater Council defended the plan saying \"It works.\"", "Tidewater Council")]
    public void A_participle_after_a_thing_speaks_for_the_subject_after_an_opening_phrase(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The minister spoke for an hour, while opposition members stood in the aisles shouting \"Shame!\"")]
    [InlineData("The minister left the chamber, as opposition members stood in the aisles shouting \"Shame!\"")]
    public void A_participle_after_a_thing_in_a_clause_opened_by_as_or_while_is_not_the_sentences_subjects(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_reading_after_modifiers_is_a_noun()
        => Assert.False(Assert.Single(Quotes("Lawmakers passed the third and final reading of the law \"On Foreign Influence\", which critics oppose.")).IsSpeech);

    [Theory]
    [InlineData("\"It did not happen,\" said Hale's National Security Adviser, Lieutenant General Ines Duarte, who was in the room.", "Ines Duarte")]
    [InlineData("\"It did not happen,\" said the Mayor's Chief of Staff, Tomas Brandt.", "Tomas Brandt")]
    public void The_person_in_apposition_to_an_owners_capitalised_office_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void The_subject_right_before_the_verb_of_by_saying_speaks_when_the_sentence_opens_with_a_long_phrase()
        => Assert.Equal("Brandt", Assert.Single(Quotes("When asked why the secret report was not made public earlier Brandt responded by saying that \"it takes time\".")).Speaker);

    [Theory]
    [InlineData("Tom Hale wrote to the Harbour Board, which refused, saying the plan was \"reckless\".", "Harbour Board")]
    [InlineData("The appeal was filed with the Court of Appeal, which declined to overturn Hale's ruling, stating \"the request is denied\".", "Court of Appeal")]
    [InlineData("Tom Hale wrote to the Ministry of Health, which rejected Jo Lee's plan, saying it was \"reckless\".", "Ministry of Health")]
    [InlineData("The change was spotted by a customer in Leeds, who weighed his drink for a week, posting \"I measured it\".", null)]
    public void A_relative_clause_before_a_participle_speaks_for_the_name_it_follows(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_participle_after_of_and_a_name_closed_by_was_does_not_introduce_the_quote()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte, a spokesperson for the ministry, said the report of Hale disclosing secret material was \"another fake.\"")).Speaker);

    [Theory]
    [InlineData("Archaeological excavations near the harbour are mentioned, suggesting \"the port is older than thought\".")]
    [InlineData("Archaeological excavations near the Temple Mount are mentioned, suggesting \"the port is older than thought\".")]
    public void An_adjective_opening_the_clause_before_its_noun_is_no_speaker(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void One_of_a_group_in_apposition_to_a_name_is_that_name()
        => Assert.Equal("David Blackburn", Assert.Single(Quotes("One of the study's authors, herpetologist David Blackburn, told reporters: \"These frogs are odd.\"")).Speaker);

    [Fact]
    public void A_place_adverb_opening_the_sentence_is_no_speaker()
        => Assert.Equal("Swim Safe Severn", Assert.Single(Quotes("Outside, campaigners from the group Swim Safe Severn held a banner reading \"Stop the Flush\".")).Speaker);

    [Fact]
    public void A_role_noun_opening_a_name_is_a_descriptor()
        => Assert.Equal("Marcus Reed", Assert.Single(Quotes("Striker Marcus Reed, who scored the winner, called it \"the best moment of my career\".")).Speaker);

    [Fact]
    public void A_role_noun_quoted_as_saying_is_the_speaker()
        => Assert.Equal("source", Assert.Single(Quotes("The Tidewater Courier quoted an unnamed source as saying the dam \"will hold\".")).Speaker);

    [Theory]
    [InlineData("Ines Duarte, the mayor of Tidewater, a coastal town of about 12,000 people, said \"we will rebuild.\"")]
    [InlineData("\"We will rebuild,\" Ines Duarte, a mayor of 12,000 residents, said.")]
    public void A_comma_inside_a_number_sets_off_no_appositive(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void Digits_joined_by_a_plus_are_one_word_of_an_appositive()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte, chairperson of the 4+1 committee explained: \"We are receiving complaints.\"")).Speaker);

    [Fact]
    public void Dashes_set_off_an_appositive_as_commas_do()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("\"The dam will hold,\" Ines Duarte — the agency's engineer — said.")).Speaker);

    [Theory]
    [InlineData("\"I was lucky,\" Ines Duarte — who was injured in the attack — said.", "Ines Duarte")]
    [InlineData("\"I was lucky,\" Ines Duarte - who was injured in the attack - said.", "Ines Duarte")]
    [InlineData("\"I am not done,\" Ines Duarte — who recently teased on social media that she is back in the studio — told the magazine.", "Ines Duarte")]
    [InlineData("The minister - speaking on condition of anonymity - said the deal was \"90% done\".", "minister")]
    public void A_relative_clause_or_a_participle_set_off_by_dashes_is_passed_over(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" said Tidewater Administrator Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Councilmember Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Ald. Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Mayor-elect Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Commissioner-General Ines Duarte.")]
    [InlineData("Ex-President Ines Duarte said \"the dam will hold.\"")]
    [InlineData("\"The dam will hold,\" said Pvt. Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Cllr Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Mme Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Baroness Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Chef Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Comedian Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Master Ines Duarte, her chess coach.")]
    [InlineData("\"The dam will hold,\" said Aunty Ines Duarte, a Wurundjeri elder.")]
    [InlineData("\"The dam will hold,\" said Sister Ines Duarte.")]
    [InlineData("Brother Ines Duarte said \"the dam will hold.\"")]
    public void Titles_and_occupations_before_a_name_are_no_part_of_it(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" said Commisioner Ines Duarte.")]
    [InlineData("\"The dam will hold,\" said Represenative Ines Duarte.")]
    [InlineData("Councilwomen Ines Duarte said \"the dam will hold.\"")]
    [InlineData("Ambassadro Ines Duarte said \"the dam will hold.\"")]
    public void A_long_title_misspelt_by_one_letter_is_still_a_title(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Prosecutors said the defendant had acted with \"cold calculation\".", "Prosecutors")]
    [InlineData("Representatives said the plan was \"dead\".", "Representatives")]
    [InlineData("Prosecutor Ines Duarte said the defendant had acted with \"cold calculation\".", "Ines Duarte")]
    public void A_long_titles_plural_is_a_group_not_a_misspelt_title(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" said Charlie Chaplin.", "Charlie Chaplin")]
    [InlineData("\"The dam will hold,\" said Ines Marshall.", "Ines Marshall")]
    public void A_name_one_letter_from_a_short_title_stays_a_name(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" said Jean-Claude Brandt.", "Jean-Claude Brandt")]
    [InlineData("\"The dam will hold,\" said Ines Duarte-Brandt.", "Ines Duarte-Brandt")]
    public void A_hyphenated_name_is_no_title(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" Ines Duarte Monday told reporters.")]
    [InlineData("Ines Duarte Tuesday said, \"The dam will hold.\"")]
    public void A_weekday_after_a_name_is_no_part_of_it(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" the Ministry of Defence said.")]
    [InlineData("The Ministry of Defence said \"the dam will hold.\"")]
    [InlineData("\"The dam will hold,\" said the Ministry of Defence.")]
    [InlineData("\"The dam will hold,\" said the Ministry of Defence on Monday.")]
    public void An_organisation_goes_on_over_of_even_when_its_last_word_alone_names_nothing(string body)
        => Assert.Equal(("Ministry of Defence", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Bergmann Energy said it was \"reviewing the timetable\".", "Bergmann Energy")]
    [InlineData("A spokeswoman for Bergmann Energy said the firm was \"reviewing the timetable\".", "Bergmann Energy")]
    [InlineData("\"We are reviewing the timetable,\" said Apex Health.", "Apex Health")]
    [InlineData("Energy Secretary Ines Duarte said it was \"reviewing the timetable\".", "Ines Duarte")]
    [InlineData("Civil Defence says \"It is keeping an eye on the situation.\"", "Civil Defence")]
    [InlineData("Defence Minister Ines Duarte said it was \"reviewing the timetable\".", "Ines Duarte")]
    public void A_sector_word_after_a_name_ends_a_companys_name_and_before_a_name_is_a_title(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"Roads may become difficult to navigate,\" Environment Norland cautions.", "Environment Norland")]
    [InlineData("Health Canada said the recall was \"precautionary\".", "Health Canada")]
    [InlineData("\"Cases are falling,\" said Public Health Norland.", "Public Health Norland")]
    [InlineData("\"The trains will run,\" Transport Norland said on Monday.", "Transport Norland")]
    [InlineData("\"The trains will run,\" Transport Minister Ines Duarte said on Monday.", "Ines Duarte")]
    public void A_sectors_title_before_one_word_names_a_state_agency(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The report, published by the Tidewater Institute, said \"the gap will widen\".", "Tidewater Institute")]
    [InlineData("The report, published by the Institute for Fiscal Studies, warned that \"the gap will widen\".", "Institute for Fiscal Studies")]
    [InlineData("The letter, signed by 40 MPs, said the plan was \"reckless\".", "MPs")]
    [InlineData("The letter, from Ines Duarte, said the plan was \"reckless\".", "Ines Duarte")]
    [InlineData("\"The plan is reckless,\" the statement, from the Tidewater Trust, said.", "Tidewater Trust")]
    [InlineData("The report, published by police, said \"the gap will widen\".", "police")]
    [InlineData("The report, published in March, warned that \"the gap will widen\".", "report")]
    [InlineData("The resolution, adopted by the Tidewater Council, said the plan was \"reckless\".", "Tidewater Council")]
    [InlineData("The report, led by the senior midwife Dame Ines Duarte, said the trust had a \"culture of denial\".", "Ines Duarte")]
    [InlineData("\"He built a house of cards,\" the indictment, filed by the U.S. Attorney's Office for the Southern District of New York, said.", "U.S. Attorney's Office for the Southern District of New York")]
    [InlineData("The lawsuit, lodged by the Tidewater Novelists' Guild, says the firm's conduct was \"systematic theft\".", "Tidewater Novelists' Guild")]
    [InlineData("The crash was caused by ice, according to a final report published on Wednesday by the Tidewater Accidents Board.\n\n\"The crew did not recognise the icing,\" the report said.", "Tidewater Accidents Board")]
    public void A_document_set_off_with_the_participle_that_published_it_or_its_sender_speaks_for_its_author(string body, string? speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Emissions rose again, according to a report published on Tuesday by Tidewater Carbon Watch.\n\nThe report, \"Carbon Outlook 2025\", says coal use grew.\n\n\"The window is closed,\" the report says.", "Tidewater Carbon Watch")]
    [InlineData("Tidewater Carbon Watch released a report on Tuesday.\n\nThe report draws on 80 institutions.\n\nThe report covers ten years.\n\n\"The window is closed,\" the report says.", "Tidewater Carbon Watch")]
    [InlineData("The report, \"Carbon Outlook 2025\", says coal use grew.\n\n\"The window is closed,\" the report says.", "report")]
    public void A_definite_mention_of_a_document_carries_it_back_to_where_its_author_introduced_it(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void The_recipient_of_an_owners_document_is_no_speaker()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte's letter to the council said the plan was \"reckless\".")).Speaker);

    [Theory]
    [InlineData("Ines Duarte said member states must \"find a common solution\".", "Ines Duarte")]
    [InlineData("The Tidewater Council said member states must \"find a common solution\".", "Tidewater Council")]
    [InlineData("Ines Duarte told reporters that the reports were \"pure fiction\".", "Ines Duarte")]
    public void A_speech_verb_form_before_a_modal_or_auxiliary_is_a_plural_noun(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The Tidewater Election Commission said promises of free goods should be \"paid for\".", "Tidewater Election Commission")]
    [InlineData("Ines Duarte said claims of fraud in the count were \"pure fiction\".", "Ines Duarte")]
    public void A_speech_verb_form_right_after_said_is_a_plural_noun(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("In a unanimous judgment, the court ruled that the ban had \"stripped traders of their living\".", "court")]
    [InlineData("A judge ruled that \"the damage is done\" and dismissed the case.", "judge")]
    public void A_court_or_judge_that_ruled_gives_the_words_of_its_decision(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Minister Ines Duarte spoke in Tidewater. She said Tidewater would continue to seek a resolution \"based on law.\"", "Ines Duarte")]
    [InlineData("Minister Ines Duarte spoke on Monday. She said the government continues to seek a resolution \"based on law.\"", "Ines Duarte")]
    [InlineData("The Tidewater Rescue Agency said that search operations were continuing at \"42 collapsed structures\".", "Tidewater Rescue Agency")]
    public void Continue_to_goes_on_doing_and_says_nothing_itself(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void Ruled_out_excludes_a_thing_and_quotes_no_one()
        => Assert.False(Assert.Single(Quotes("The minister ruled out a \"snap election\" on Monday.")).IsSpeech);

    [Theory]
    [InlineData("The Tidewater Council asked member states \"to find a common solution\".", "Tidewater Council")]
    [InlineData("The Tidewater Council on Thursday asked EU states \"to find a common solution\".", "Tidewater Council")]
    [InlineData("Ines Duarte urged Gulf states \"to find a common solution\".", "Ines Duarte")]
    public void States_one_word_after_a_verb_of_asking_is_the_plural_noun_it_addresses(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("India denounced the report by the Tidewater Institute on Monday. Pakistan welcomed it.\n\nThe report asked India to \"respect the vote\".", "Tidewater Institute")]
    [InlineData("The figures come from the annual report by the Tidewater Institute.\n\nMost refugees stay near home.\n\nThe report states: \"Poor countries carry the load.\"", "Tidewater Institute")]
    public void The_report_speaks_for_the_one_body_the_text_named_as_its_author(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The report by the Tidewater Institute was published in May. The report by the Harbour Trust followed in June.\n\nThe report asked India to \"respect the vote\".")]
    [InlineData("The report by Ines Duarte was published in May.\n\nThe report asked India to \"respect the vote\".")]
    public void The_report_whose_author_is_a_person_or_is_unclear_stays_the_report(string body)
        => Assert.Equal("report", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_resolution_introduced_at_a_sentence_start_speaks_for_who_passed_it()
    {
        const string body = "A resolution passed by the Tidewater Council said member states must \"find a common solution\". "
            + "The resolution also stated that the authorities \"routinely detain critics\".";
        Assert.Equal(["Tidewater Council", "Tidewater Council"], Quotes(body).Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("Coles reported stores were selling out, while Tidewater Foods, in a post on Tuesday, called it \"unexpected\".", "Tidewater Foods")]
    [InlineData("Stores were selling out, and Tidewater Foods, in a post on Tuesday, called it \"unexpected\".", "Tidewater Foods")]
    [InlineData("Ines Duarte, though, called it \"unexpected\".", "Ines Duarte")]
    public void A_conjunction_before_the_name_opens_its_clause_and_is_no_appositive(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The mother, while crying, told the association, \"Armed men entered my house.\"", "mother")]
    [InlineData("Ines Duarte, while visiting the port, said \"the channel is safe\".", "Ines Duarte")]
    [InlineData("Ines Duarte, though smiling, said \"the channel is safe\".", "Ines Duarte")]
    public void A_conjunction_before_a_participle_opens_an_appositive_with_no_subject_of_its_own(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte said the agency was maintaining a \"heightened state of vigilance\".", "Ines Duarte")]
    [InlineData("The agency maintained that it was \"fully prepared\".", "agency")]
    public void Maintain_before_a_determiner_keeps_a_thing_and_says_nothing(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"We will rebuild,\" said the Prime Minister, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"We will rebuild,\" said the Secretary-General, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"We will rebuild,\" said the Tidewater Mayor, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"We will rebuild,\" said the NATO Secretary General, Ines Duarte, on Monday.", "Ines Duarte")]
    [InlineData("\"We will rebuild,\" said the Tidewater Council.", "Tidewater Council")]
    public void A_person_in_apposition_to_a_capitalised_office_after_the_verb_is_the_subject(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" MCNA state news agency quoted Ines Duarte as saying.", "Ines Duarte")]
    [InlineData("\"The dam will hold,\" the state news agency said.", "state news agency")]
    public void State_before_a_body_or_a_modifier_and_a_body_is_no_verb(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_groups_plural_noun_alone_opening_the_clause_after_a_place_in_apposition_speaks()
        => Assert.Equal("supporters", Assert.Single(Quotes("Outside the building in the capital, Selvar, supporters erupted in joy and chanted \"Teodor, president\".")).Speaker);

    [Fact]
    public void A_group_with_one_modifier_after_and_is_the_subject_of_its_clause()
        => Assert.Equal("home fans", Assert.Single(Quotes("Replays suggested Tom Hale had been pushed, and home fans responded by chanting \"VAR out!\" through stoppage time.")).Speaker);

    [Fact]
    public void A_verb_after_but_goes_on_from_the_sentence_subject_past_a_quote_and_a_that_clause()
    {
        const string body = "Palace spokesman Ines Duarte said it was a \"positive factor\" that Tidewater submitted its plans, but added that \"we cannot speak of a breakthrough\".";
        Assert.All(Quotes(body), quote => Assert.Equal("Ines Duarte", quote.Speaker));
    }

    [Fact]
    public void Media_are_a_nominal_speaker_named_with_their_modifier()
        => Assert.Equal(("state media", AttributionRule.SpeechVerb, true), Assert.Single(Quotes("\"The dam will hold,\" state media reported.")));

    [Theory]
    [InlineData("Ines Duarte on Monday said \"the dam will hold.\"", "Ines Duarte")]
    [InlineData("Ines Duarte in a statement said \"the dam will hold.\"", "Ines Duarte")]
    [InlineData("Ines Duarte at a news conference on Friday night told reporters \"the dam will hold.\"", "Ines Duarte")]
    [InlineData("\"The dam will hold,\" Ines Duarte in March said.", "Ines Duarte")]
    [InlineData("The agency on Monday said \"the dam will hold.\"", "agency")]
    public void A_phrase_of_time_or_manner_between_the_subject_and_the_verb_is_passed_over(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The Centers for Fever Research and Prevention said the risk was \"low\".", "Centers for Fever Research and Prevention")]
    [InlineData("The Centers for Fever Research and Prevention (CFRP) said the risk was \"low\".", "Centers for Fever Research and Prevention")]
    [InlineData("Tomas Brandt and Ines Duarte said the plan was \"dead\".", "Ines Duarte")]
    [InlineData("The Campaign for Fever Research said the risk was \"low\".", "Campaign for Fever Research")]
    [InlineData("\"The risk is low,\" the Centre for Policy Studies said.", "Centre for Policy Studies")]
    [InlineData("The Commission on Human Rights said the law was \"unjust\".", "Commission on Human Rights")]
    [InlineData("Speaking on Sky News Ines Duarte said the plan was \"dead\".", "Ines Duarte")]
    [InlineData("Ines Duarte, a senior fellow at the Council on Foreign Relations said the plan was \"dead\".", "Ines Duarte")]
    [InlineData("Ines Duarte, Chairman of Northlight said the plan was \"dead\".", "Ines Duarte")]
    [InlineData("Ines Duarte, Chairman and CEO of Northlight said the plan was \"dead\".", "Ines Duarte")]
    [InlineData("Ines Duarte, the deputy Prime Minister and head of the Tidewater Olympics Committee told the state news agency: \"It is dead.\"", "Ines Duarte")]
    [InlineData("The House Committee on Foreign Affairs Chairman Ines Duarte said the deal was \"dead\".", "Ines Duarte")]
    [InlineData("Senate Committee on Pay Equity member Ines Duarte said the deal was \"dead\".", "Ines Duarte")]
    [InlineData("The Commission on Tuesday said the plan was \"dead\".", "Commission")]
    [InlineData("\"The plan is dead,\" the Council on Monday said.", "Council")]
    public void A_name_that_for_and_and_join_is_one_subject_but_two_persons_are_not(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Tomas Brandt of the Centre for Peace said, \"The talks have failed.\"")]
    [InlineData("Tomas Brandt of the Center for Microbial Oceanography said, \"The expedition was a unique opportunity.\"")]
    [InlineData("Co-lead author Tomas Brandt of the Center for Microbial Oceanography said, \"The expedition was a unique opportunity.\"")]
    [InlineData("Tomas Brandt from the Institute for Marine Biology said the reef was \"dying\".")]
    public void A_member_of_an_organisation_that_for_joins_is_the_subject(string body)
        => Assert.Equal(("Tomas Brandt", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("An independent expert, Professor Tomas Brandt of Tidewater University, said the study was \"robust\".")]
    [InlineData("One expert, Tomas Brandt of Tidewater University, said the study was \"robust\".")]
    public void A_person_of_a_body_in_apposition_to_a_role_noun_is_the_subject(string body)
        => Assert.Equal(("Tomas Brandt", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Dr. Tomas Brandt, Ph.D., said the result was \"a miracle\".")]
    [InlineData("\"It is a miracle,\" Tomas Brandt, QC, said.")]
    public void Letters_after_a_name_set_off_by_commas_are_no_name(string body)
        => Assert.Equal(("Tomas Brandt", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("It is, says Tomas Brandt, \"the best job in the world\".", "Tomas Brandt")]
    [InlineData("The plan, says the mayor, is \"doomed to fail\".", "mayor")]
    public void A_speech_clause_set_off_by_commas_before_the_quote_has_its_subject_after_the_verb(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Brandt has long argued that the tax is \"unfair\".", "Brandt")]
    [InlineData("Tomas Brandt has since said the plan was \"dead\".", "Tomas Brandt")]
    [InlineData("Tomas Brandt now says the plan is \"alive\".", "Tomas Brandt")]
    [InlineData("Brandt has often said that the tax is \"unfair\".", "Brandt")]
    public void An_adverb_of_time_between_the_auxiliary_and_the_verb_is_passed_over(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The ministry said in its annual report that growth would be \"modest\".", "ministry")]
    [InlineData("Ines Duarte said in a brief reply that the plan was \"unworkable\".", "Ines Duarte")]
    [InlineData("Ines Duarte said in a social media post that she was working to \"control the outbreak\" and went to Tidewater.", "Ines Duarte")]
    public void A_speech_noun_after_a_determiner_and_a_modifier_is_no_verb(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_speech_verb_with_no_noun_form_after_a_determiner_and_a_word_stays_a_verb()
        => Assert.True(Assert.Single(Quotes("The young say the system is \"rigged\".")).IsSpeech);

    [Fact]
    public void A_relative_clause_after_a_place_is_no_phrase_to_pass_over()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte gave a speech in Tidewater in which she called the plan a \"disaster.\"")).Speaker);

    [Theory]
    [InlineData("Ines Duarte questioned whether \"the dam will hold.\"")]
    [InlineData("Ines Duarte demanded to know \"who built this dam.\"")]
    [InlineData("Ines Duarte appealed for \"calm.\"")]
    [InlineData("Ines Duarte encouraged residents to \"stay calm.\"")]
    [InlineData("Ines Duarte apologised for \"the delay.\"")]
    [InlineData("Ines Duarte blamed \"years of neglect.\"")]
    [InlineData("Ines Duarte rejected the report as \"nonsense.\"")]
    public void More_reporting_verbs_speak_for_their_subject(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Iranian officials admitted they had shot down a Ukrainian jet near Tehran, saying it was \"human error\".", "Iranian officials")]
    [InlineData("Officials admitted they had shot down a Ukrainian jet near Tehran, saying it was \"human error\".", "Officials")]
    public void A_nationality_before_a_role_noun_is_no_clause_subject(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_name_after_a_is_no_clause_subject()
        => Assert.NotEqual("Tidewater", Assert.Single(Quotes("On Monday, police reported that they had found a Tidewater resident unharmed, saying it was \"a miracle\".")).Speaker);

    [Theory]
    [InlineData("Tom Hale rejected Ines Duarte's claim that it was \"a fair trial.\"")]
    [InlineData("Tom Hale mocked Ines Duarte's remark that the trial was \"fair.\"")]
    [InlineData("Tom Hale denied the claim by Ines Duarte that he was \"lying to the public\".")]
    [InlineData("Tom Hale rejected the accusation from Ines Duarte that he was \"lying to the public\".")]
    [InlineData("Tom Hale read out a letter from Ines Duarte: \"The plan is dead.\"")]
    public void The_owner_of_a_claim_said_what_it_quotes(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Thereafter, Tom Hale posted a report about Ines Duarte's \"mini-strokes\" tweet.")]
    [InlineData("Tom Hale mocked Ines Duarte's \"no surrender\" remarks in his speech.")]
    public void The_owner_of_a_claim_that_the_quote_names_said_it(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("In response, Tom Hale said Ines Duarte's claim was \"nonsense\".")]
    [InlineData("Tom Hale dismissed Ines Duarte's claim as \"absurd\".")]
    [InlineData("Tom Hale said Ines Duarte's comments were \"absurd\".")]
    [InlineData("Tom Hale said the claim by Ines Duarte was \"absurd\".")]
    public void Words_said_of_a_claim_are_the_answerer_s_not_the_claim_s_owner_s(string body)
        => Assert.Equal(("Tom Hale", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte, leader of the Tidewater Green party said, \"We stand together.\"")]
    [InlineData("Ines Duarte, chair of the harbour board told reporters: \"We stand together.\"")]
    [InlineData("Ines Duarte, THB boss acknowledged at a board meeting the \"difficult decision\" to close the ward.")]
    public void A_person_whose_appositive_is_left_unclosed_is_the_subject_not_its_role_noun(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Some families agreed, such as Ines Duarte, whose sister was on board the ferry said, \"We want to know what happened.\"")]
    [InlineData("Tidewater resident Ines Duarte, whose daughter dropped out of school at 16 to raise a child said there are worse things, \"They could be lost.\"")]
    public void A_person_whose_relative_clause_is_left_unclosed_is_the_subject(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_verb_of_speech_in_the_infinitive_belongs_to_the_relative_clause_before_it()
        => Assert.NotEqual("Ines Duarte", Assert.Single(Quotes("Police detained eight people for \"spreading rumors,\" including doctor Ines Duarte, who tried to warn people about the outbreak.")).Speaker);

    [Fact]
    public void A_clause_before_the_role_noun_keeps_the_role_noun_as_subject()
        => Assert.Equal("mayor", Assert.Single(Quotes("When asked about the vote, the mayor said \"It was close.\"")).Speaker);

    [Theory]
    [InlineData("Ines Duarte of the House of Delegates opened the debate, and stated: \"There is no doubt.\"")]
    [InlineData("Ines Duarte of the Harbour Board of Tidewater signed the letter and said \"There is no doubt.\"")]
    public void A_person_of_a_body_is_the_subject_of_a_coordinated_speech_verb(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void Who_after_an_appositive_stands_for_the_person_before_the_appositive()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("The plan is backed by Ines Duarte, a friend of both Tom Hale and Jo Lee, who said \"It is overdue.\"")).Speaker);

    [Theory]
    [InlineData("Ines Duarte is reported to have said \"Thanks be to God\" as she left the court.")]
    [InlineData("Ines Duarte was said to have told reporters \"Thanks be to God\" as she left the court.")]
    public void The_subject_of_a_passive_report_said_it(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Duarte moved to Tidewater in 2005. Duarte's uncle told the BBC: \"She was hunted.\"", "uncle")]
    [InlineData("Duarte moved to Tidewater in 2005. Duarte's lawyer said: \"She was hunted.\"", "lawyer")]
    public void A_relative_or_a_role_of_the_sentence_opening_name_speaks_not_that_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte from the Church of Tidewater said \"The channel is safe.\"")]
    [InlineData("Reverend Ines Duarte from the Ministry of Harbours said while the ministry objects, it \"will keep talking\" about the bill.")]
    [InlineData("Ines Duarte of the harbour rights organisation Tidewater Trust said: \"The channel is safe.\"")]
    [InlineData("Ines Duarte of the harbour rights organisation, Tidewater Trust, said: \"The channel is safe.\"")]
    public void A_member_named_before_her_organisation_is_the_speaker_not_the_organisation(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The Ministry of Harbours said \"The channel is safe.\"", "Ministry of Harbours")]
    [InlineData("The Church of Tidewater said \"The channel is safe.\"", "Church of Tidewater")]
    [InlineData("The harbour rights organisation, Tidewater Trust, said: \"The channel is safe.\"", "Tidewater Trust")]
    public void An_organisation_with_no_member_named_before_it_speaks_itself(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte, a senior fellow at the Tidewater Council on Harbour Relations (TCHR) said that, \"The channel is safe.\"")]
    [InlineData("Ines Duarte, a friend of the Tidewater Trust said \"The channel is safe.\"")]
    [InlineData("\"The fire is under control,\" Ines Duarte, a spokeswoman for the Tidewater Regional Fire Service said.")]
    [InlineData("Ines Duarte, a spokeswoman for the Tidewater Harbour Authority said \"The channel is safe.\"")]
    [InlineData("After the firing, Ines Duarte, an actor in the latest Marvel Studios movie Ant-Man and the Wasp wrote on Instagram, \"He is kind.\"")]
    [InlineData("Ines Duarte, a captain of a cargo boat which recently capsized in the waters off the Maldives stated \"The debris is everywhere.\"")]
    [InlineData("Ines Duarte, a member of the crew that was rescued near the Tidewater Islands said \"The debris is everywhere.\"")]
    public void A_person_whose_appositive_is_left_unclosed_before_an_organisation_is_the_subject(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("According to Ines Duarte, the spokesman said: \"The channel is safe.\"", "spokesman")]
    [InlineData("According to Ines Duarte, the Tidewater Trust said: \"The channel is safe.\"", "Tidewater Trust")]
    public void A_person_after_a_preposition_opens_no_unclosed_appositive(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("In a statement released through Durham Constabulary, his family said: \"Kieran was the heart of our family.\"", "family")]
    [InlineData("In a statement issued through the Tidewater Trust, her relatives said: \"She was our world.\"", "relatives")]
    public void A_body_a_statement_went_through_is_no_speaker(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte addressed the Senate saying, \"The channel is safe.\"", "Ines Duarte")]
    [InlineData("Ines Duarte thanked Oxfam saying \"The channel is safe.\"", "Ines Duarte")]
    [InlineData("Ines Duarte criticised the government saying \"The channel is safe.\"", "Ines Duarte")]
    [InlineData("On June 19, Taoiseach Ines Duarte, who is the first woman in the office addressed the Dáil saying, \"The channel is safe.\"", "Ines Duarte")]
    public void A_body_that_a_verb_takes_as_its_object_does_not_speak_the_participle_after_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte decided not to play for the Tidewater Chess Federation saying \"it was not a good fit\".")]
    [InlineData("Ines Duarte wrote to the council saying \"the channel is safe\".")]
    [InlineData("Ines Duarte voted against the Tidewater Trust saying \"the channel is safe\".")]
    public void A_body_after_a_preposition_does_not_speak_the_participle_after_it(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte wrote an open letter to Prime Minister Tom Hale arguing the games should move, and the minister \"is making scapegoats of people\".")]
    [InlineData("Ines Duarte turned to Tom Hale saying \"the channel is safe\".")]
    public void A_person_after_to_does_not_speak_the_participle_after_it(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_body_after_from_is_the_author_of_the_participle_after_it()
        => Assert.Equal("Tidewater Trust", Assert.Single(Quotes("Ines Duarte read out a letter from the Tidewater Trust saying \"the channel is safe\".")).Speaker);

    [Fact]
    public void A_person_that_a_verb_takes_as_its_object_speaks_the_participle_after_it()
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes("A video showed Ines Duarte saying \"The channel is safe.\"")));

    [Theory]
    [InlineData("Tom Hale became a star on television. A video showed him saying the plan was \"a disaster\".", "Tom Hale")]
    [InlineData("Tom Hale became a star on television. A video of him saying the plan was \"a disaster\" was shared widely.", "Tom Hale")]
    public void Whom_an_object_pronoun_before_a_participle_stands_for_speaks_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void One_spoken_to_before_a_participle_does_not_speak_it()
        => Assert.NotEqual("Tom Hale", Assert.Single(Quotes("Tom Hale stood at the gate. The guard shouted at him saying the gate was \"closed for good\".")).Speaker);

    [Theory]
    [InlineData("The team will sail on Monday, with Ines Duarte, the coach, saying that \"the channel is safe\".", "Ines Duarte")]
    [InlineData("The crews will keep searching, with Ines Duarte chief executive of Tidewater Trust saying that \"the channel is safe\".", "Ines Duarte")]
    [InlineData("The port ended its storm watch, with a scientist at the Tidewater storm warning centre noting that \"the danger has passed\".", "scientist")]
    public void The_subject_of_an_absolute_phrase_after_with_speaks_its_participle(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_name_after_with_that_a_verb_governs_does_not_speak_the_participle()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte agreed with Tomas Brandt, saying \"the channel is safe\".")).Speaker);

    [Theory]
    [InlineData("Ines Duarte issued a statement at the harbour outside Tidewater saying, \"The channel is safe.\"")]
    [InlineData("Ines Duarte issued a statement at the harbour outside Washington, D.C. saying, \"The channel is safe.\"")]
    public void A_place_does_not_speak_the_participle_after_it(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_pronoun_opening_the_clause_before_and_and_a_speech_verb_is_its_subject()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.Pronoun, true),
            Assert.Single(Quotes("Ines Duarte spoke on Sunday. She said she would write to Egyptian officials to say she would help, and added the inquiry would find her accounts were \"clean\".")));

    [Theory]
    [InlineData("Ines Duarte said there had been a loud bang, and that the captain then came on the intercom and said: \"We have lost an engine.\"", "captain")]
    [InlineData("Waste went uncollected, according to local authorities, and several hundred strikers marched to the town hall chanting \"No pay, no pickup\".", "strikers")]
    public void A_role_noun_after_and_or_that_opening_the_clause_before_a_speech_verb_is_its_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("During the 10th edition of the Tidewater Forum, the crowd cheered: \"We should not stop.\"", "crowd")]
    [InlineData("An official from TfL stated: \"We are working with colleagues.\"", "TfL")]
    public void A_name_in_an_opening_phrase_does_not_speak_but_the_body_of_an_official_does(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_speech_verb_after_is_to_is_an_infinitive_not_a_passive()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.SpeechVerb, true),
            Assert.Single(Quotes("Ines Duarte opened the bridge.\n\nIn prepared remarks, Duarte is to call the bridge the \"clearest sign of our recovery\".")));

    [Fact]
    public void A_name_after_a_and_modifiers_in_an_appositive_is_no_clause_s_subject()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.SpeechVerb, true),
            Quotes("In a later post, Ines Duarte referred to the officials as \"zurdos\", a derogatory Portvalian slang term for leftists, and wrote: \"We will not be lectured by anyone.\"")[1]);

    [Theory]
    [InlineData("On Wednesday, lawyers for the former president said they had filed a petition, accusing the government of \"kidnapping\".")]
    [InlineData("The Hague court issued a warrant for Tomas Brandt.\n\nOn Wednesday, lawyers for the former president said they had filed a petition, accusing the government of \"kidnapping\".")]
    [InlineData("On Wednesday, lawyers from the firm filed a petition, accusing the government of \"kidnapping\".")]
    public void A_plural_role_noun_opening_the_clause_before_for_or_of_is_its_subject(string body)
        => Assert.Equal(("lawyers", AttributionRule.SpeechVerb, true), Quotes(body).Select(q => (q.Speaker, q.Rule, q.IsSpeech)).Last());
}
