using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>Pronouns resolved with the gender evidence of the article itself.</summary>
public sealed class PronounResolverTests
{
    [Fact]
    public void Phil_is_a_womans_name_as_often_as_a_mans_so_the_articles_ms_tells()
    {
        const string body = "Union General Secretary, Phil Ní Dhuinn, said the figures were high.\n\n"
            + "According to Ms Ní Dhuinn, nurses work in a system that has \"normalised\" overcrowding.\n\n"
            + "She said, \"Our members are reporting burnout.\"";
        Assert.Equal("Phil Ní Dhuinn", Quotes(body)[^1].Speaker);
    }

    [Theory]
    [InlineData("Raila Odinga has said that Robert Mugabe should be suspended until he allows free elections.\n\nHe said the union \"should act now.\"", "Raila Odinga")]
    [InlineData("Skipper Tomas Brandt said Okafor and Andrew Okonkwo turned out to be the difference. \"It was quality,\" he said.", "Tomas Brandt")]
    [InlineData("Hugo Ruiz displayed the book, written by Tom Hale, and recommended it. He described it as \"clear and deep\".", "Hugo Ruiz")]
    [InlineData("Tom Hale, a critic of the system, snapped after a Rafael Ruiz ball was called in. \"This system is killing me,\" he said.", "Tom Hale")]
    [InlineData("Governor Muammer Erol stated Okcular, Yukari Kanatli and Kayali had most of the dead. He told reporters \"many houses collapsed\".", "Muammer Erol")]
    [InlineData("Vice President Tom Hale pointed out President Rafael Ruiz is known for speaking his mind. \"People are used to it,\" he said.", "Tom Hale")]
    [InlineData("Ines Duarte, 62, accepted the prize in Polish, with Ana Ruiz translating at her side. \"I wrote this book for my family,\" she said.", "Ines Duarte")]
    [InlineData("John Okafor, Tom Hale's manager, claimed he always feared that Hale would get hurt. He also stated that they had \"close shaves\" together.", "John Okafor")]
    [InlineData("Prime Minister Kessa Marundu questioned the opposition's leaders, saying that both Tarun Obiora and Lemi Satoru are convicts.\n\n\"They have joined hands with those two convicts,\" she said.", "Kessa Marundu")]
    [InlineData("Jodie Fenner, whose daughter Isla died in 2021, said the report was right. \"Our daughter would be four now,\" she said.", "Jodie Fenner")]
    public void A_subject_inside_a_clause_of_the_sentence_before_gives_way_to_the_subject_that_holds_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ursula Kempf, 77, lives above the shop. \"I thought, oh, something else,\" she says.\n\nLina, his daughter, 19, studies pharmacy. She says her father is strict. \"He says exams, you can repeat,\" she says.", "Lina")]
    [InlineData("Ursula Kempf, 77, lives above the shop. \"I thought, oh, something else,\" she says.\n\nLina, 19, works the till at weekends. \"He says exams, you can repeat,\" she says.", "Lina")]
    public void A_given_name_alone_with_an_age_or_a_person_s_noun_in_apposition_is_a_person_a_pronoun_stands_for(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Jo Lee withdrew. Lee said his party appreciates Tom Hale's criticism. \"It is something we cherish,\" he said.", "Jo Lee")]
    [InlineData("Jo Lee withdrew. Lee praised Tom Hale's speech at length. \"It is something we cherish,\" he said.", "Jo Lee")]
    [InlineData("At the summit, Jo Lee charged Tom Hale's government with lying, a charge that Hale quickly denied. \"I cannot accept it,\" he said.", "Tom Hale")]
    public void An_owner_named_in_a_verb_s_object_is_no_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Party leader Kessa Marundu on Monday slammed the government. Addressing a press conference, the party leader asked Tarun Obiora and Lemi Satoru whether they control their members. \"They are using these words against us,\" she said.", "Kessa Marundu")]
    [InlineData("Information Minister Kessa Marundu spoke at her office. Speaking to the press, the minister said that Tarun Obiora would lose the vote. \"The people have seen through him,\" she added.", "Kessa Marundu")]
    [InlineData("Tidewater gymnast Rhys Mallon won gold on Monday.\n\nThe gymnast produced a routine, taking gold ahead of Nariman Korbin and Stephen Nedrow.\n\n\"I knew it was possible,\" he told the BBC.", "Rhys Mallon")]
    public void Names_inside_the_clause_of_a_role_noun_subject_do_not_outrank_the_person_it_stands_for(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Tomas Brandt won again. The defeat came in his fourth Grand Slam final. \"It was hard,\" he said.")]
    [InlineData("Tomas Brandt won again. The race was his second Grand Prix win. \"It was hard,\" he said.")]
    [InlineData("Tomas Brandt won again. The defeat came in the US Open final. \"It was hard,\" he said.")]
    public void A_sporting_events_name_is_no_person_a_pronoun_could_stand_for(string body)
        => Assert.Equal(("Tomas Brandt", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Dorran said he was asked to go to the police headquarters over his post that highlighted a CityWatch report.\n\n\"I will go to the station later,\" he said.")]
    [InlineData("Dorran told reporters he would appeal against the ruling by the Tidewater Tribunal.\n\n\"I will go to the station later,\" he said.")]
    public void A_single_name_that_says_he_or_she_of_itself_is_a_person_a_pronoun_stands_for(string body)
        => Assert.Equal(("Dorran", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Qazi Dorran spoke on Thursday.\n\nHe said that Prime Minister Tomas Brandt would visit Qatar.\n\nHe said all issues would come under discussion.\n\nHe said, \"We have to wait for the outcome.\"")]
    [InlineData("\"Unity is a duty,\" spokesman Qazi Dorran said.\n\nHe said that Prime Minister Tomas Brandt would visit Qatar.\n\nHe said all issues would be discussed.\n\nHe said the talks were going well.\n\nHe said, \"We have to wait for the outcome.\"")]
    public void A_run_of_sentences_with_the_same_pronoun_as_subject_stands_for_what_its_first_stood_for(string body)
        => Assert.Equal(("Qazi Dorran", AttributionRule.Pronoun, true), Quotes(body)[^1]);

    [Theory]
    [InlineData("Cllr Tom Arkwright, Fianna Fáil, agreed.\n\n\"I thought it was crazy,\" he said.", "Tom Arkwright")]
    [InlineData("Cllr Sean Doyle backed his Fianna Fáil colleague on the motion.\n\n\"It is in a dangerous state,\" he said.", "Sean Doyle")]
    [InlineData("Cllr Aisling Bellamy, Fine Gael, also demanded a meeting.\n\n\"We should insist on it,\" she said.", "Aisling Bellamy")]
    public void An_irish_party_s_name_is_no_person_a_pronoun_could_stand_for(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Sue Ryall met Kit Marlow. \"It was hard,\" he said.", "Kit Marlow")]
    [InlineData("Carole Minton met Kit Marlow. \"It was hard,\" he said.", "Kit Marlow")]
    [InlineData("Geoff Ryall met Kit Marlow. \"It was hard,\" she said.", "Kit Marlow")]
    [InlineData("Reg Ryall met Kit Marlow. \"It was hard,\" she said.", "Kit Marlow")]
    public void A_familiar_english_given_name_tells_the_gender_a_pronoun_needs(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_pronoun_after_a_quotation_running_over_paragraphs_looks_back_from_where_it_opens()
        => Assert.Equal(
            ["Tomas Okonkwo", "Tomas Okonkwo", "Tomas Okonkwo"],
            Quotes("Governor Tomas Okonkwo of Tidewater State has called on the people to remain calm.\n\n"
                + "He, however, said that all was now calm.\n\n"
                + "According to him, there is no need for violence.\n\n"
                + "\u201cI urge all residents to go about their business without fear.\n\n"
                + "\u201cThe police have been asked to keep order in every part of the state.\n\n"
                + "\u201cLet us remain calm. All will be well,\u201d he said.").Select(q => q.Speaker));

    [Fact]
    public void A_name_inside_a_sentence_whose_subject_is_the_same_pronoun_does_not_outrank_what_it_stood_for()
        => Assert.Equal(("Kessa Marundu", AttributionRule.Pronoun, true), Assert.Single(Quotes(
            "Kessa Marundu won a gold medal at the Games. She beat the record set by Tidewater's Lemi Satoru at the 2009 championships. \"I'm on top of the world,\" she said.")));

    [Fact]
    public void A_name_in_no_subjects_place_after_the_same_pronoun_as_subject_does_not_outrank_what_it_stood_for()
        => Assert.Equal(("Tomas Okonkwo", AttributionRule.Pronoun, true), Assert.Single(Quotes(
            "Tomas Okonkwo said he had informed Prime Minister Dr Rafael Ruiz of his meetings.\n\n"
            + "Okonkwo related that he was asked to meet the Sultan immediately after his release.\n\n"
            + "He said he told Dr Ruiz about his audiences with the monarchs.\n\n"
            + "\"I reported this to Ruiz because he is the prime minister,\" he said in a live interview.")));

    [Fact]
    public void It_stands_for_no_group_of_people_that_spoke_before()
    {
        var quotes = Quotes("All 23 players posted the same message, under the heading \"We Are Not Asking for a Favour\". The club responded with what it called a \"historic\" offer.");
        Assert.Equal("players", quotes[0].Speaker);
        Assert.NotEqual("players", quotes[1].Speaker);
    }

    [Fact]
    public void The_subject_after_the_verb_of_an_inverted_sentence_is_the_antecedent()
        => Assert.Equal(("Ines Duarte", AttributionRule.Pronoun, true), Assert.Single(Quotes(
            "Ana Ruiz has handed out sandwiches for two years. Among those who arrived this winter was Ines Duarte, 39, from Kharkiv. She said the volunteer was \"the first person who smiled at us\".")));

    [Theory]
    [InlineData("President Jo Lee said the loss was tragic, while Interior Minister Tom Hale wrote he had ordered checks. He tweeted, \"I want to express my sympathy.\"", "Tom Hale")]
    [InlineData("Tom Miller and Ben Smith both acknowledged faults, with Smith describing the signal as one cause. He too suggested that \"the equipment was turned off\".", "Ben Smith")]
    [InlineData("Club captain Tom Hale spoke after the game. \"We were flat,\" he said.", "Tom Hale")]
    public void A_subject_of_a_clause_joined_as_an_equal_stays_the_antecedent(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void They_stands_for_an_acronym_after_the_that_no_text_spelled_out()
        => Assert.Equal(
            ("ZQRT", AttributionRule.Pronoun, true),
            Assert.Single(Quotes("Agency spokesman Sutopo said power was down.\n\nIn its report, the ZQRT issued a tsunami watch. They mentioned that \"earthquakes of this size can generate a tsunami.\"")));

    [Fact]
    public void An_acronym_spelling_the_words_after_a_country_stands_for_the_whole_name()
        => Assert.Equal(
            "United States Department of State",
            Quotes("The United States Department of State (DoS) issued a warning. In its notice, the DoS said the protests were \"likely to turn violent\".")[^1].Speaker);

    [Fact]
    public void The_source_after_according_to_and_its_descriptors_is_an_antecedent()
        => Assert.Equal(("Tomas Brandt", AttributionRule.Pronoun, true),
            Assert.Single(Quotes("Sergeant Tom Hale spoke to the troops.\n\nThe visit was planned with the ministry, according to city press secretary Tomas Brandt. \"It was only a chat,\" he said.")));

    [Theory]
    [InlineData("Tomas Brandt led the troops. Operation Sandstorm is the largest action this year. \"We held the line,\" he said.", "Tomas Brandt")]
    [InlineData("Pope Clement gave his address after celebrating the Christmas Midnight Mass service. He decried wars that \"destroy the fabric of nations\".", "Pope Clement")]
    public void An_operation_or_a_mass_is_no_one_he_stands_for(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_body_of_relations_is_no_one_he_stands_for()
        => Assert.Null(Assert.Single(Quotes("The Workers' Party Secretary for International Foreign Relations did not agree with the minister. He said that his \"declaration does not help\".")).Speaker);

    [Fact]
    public void She_passes_over_a_nearer_person_the_article_calls_he()
    {
        const string body = "Anna Cole arrived first. Tom Reed said he was late.\n\nShe said, \"It was worth it.\"";
        Assert.Equal(("Anna Cole", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void An_honorific_is_evidence_too()
    {
        const string body = "Mrs Anna Cole arrived first. Tom Reed came later.\n\n\"It was worth it,\" he said.";
        Assert.Equal(("Tom Reed", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void Without_evidence_the_nearest_subject_is_taken()
    {
        const string body = "Ada Cole arrived first. Kit Reed came later.\n\n\"It was worth it,\" she said.";
        Assert.Equal(("Kit Reed", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void The_second_of_two_objects_joined_by_and_is_no_subject_for_she()
    {
        const string body = "Another actor, Ines Duarte, would list Tomas Brandt and Ana Silva as her heroes. She was cast years later. "
            + "When she was cast, \"I was speechless,\" she told an audience.";
        Assert.Equal(("Ines Duarte", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("Ines Duarte, whose son Tomas was killed, spoke outside court. \"He was my life,\" she said.")]
    [InlineData("Ines Duarte, whose husband, Tomas, was killed, spoke outside court. \"He was my life,\" she said.")]
    public void A_noun_of_kin_before_a_name_is_evidence_of_its_gender(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("At Stawell, evacuee Narissa Okonjo told the ABC she had only moved there with her partner.\n\nThey evacuated over the weekend.\n\n\"Today I'm processing a lot,\" she said.")]
    [InlineData("Narissa Okonjo told Reuters she had moved.\n\nThe fire edged closer.\n\n\"Today I'm processing a lot,\" she said.")]
    public void A_body_named_between_a_name_and_the_she_after_it_leaves_that_evidence(string body)
        => Assert.Equal("Narissa Okonjo", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_he_or_she_after_a_him_or_her_of_its_gender_is_no_evidence_for_the_name_before()
        => Assert.Equal("Kester Vantreece", Quotes("Her coach, Kester Vantreece, who has trained her since she was a schoolgirl, told the BBC that he had predicted the record. “I told her the clock was waiting,” he said.").Last().Speaker);

    [Theory]
    [InlineData("\"Seven Sundays,\" Ana Ruiz says.\n\nTheir granddaughter, Marta, 32, a nurse, says the family stopped asking. \"Every time it is different,\" she says.", "Marta")]
    [InlineData("\"It is a tin,\" Ana Ruiz says.\n\nRuiz's grandson, Tomas, 17, puts it differently. \"She is a detective,\" he says.", "Tomas")]
    [InlineData("\"It is a tin,\" Ana Ruiz says.\n\nHer niece, Marta, puts it differently. \"She is a detective,\" she says.", "Marta")]
    public void A_given_name_after_a_noun_of_kin_is_a_person_a_pronoun_stands_for(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Quotes(body)[^1]);

    [Theory]
    [InlineData("A spokesman for the Tidewater Trust confirmed the zone would grow. He stressed there was \"no need to evacuate\".", "Tidewater Trust")]
    [InlineData("A spokesperson for the government confirmed the zone would grow. He stressed there was \"no need to evacuate\".", "government")]
    [InlineData("A spokesperson for the ministry confirmed the zone would grow. \"There is no need to evacuate,\" she said.", "ministry")]
    [InlineData("Ines Duarte met a spokesman for the Tidewater Trust on Monday. She stressed there was \"no need to evacuate\".", "Ines Duarte")]
    [InlineData("A spokesman for Tidewater Hospital said the patient, Tomas Brandt, was stable. \"We expect a full recovery,\" he said.", "Tidewater Hospital")]
    [InlineData("A spokesman for the Harbour Agency said the level was raised on the International Event Scale. \"It was necessary,\" he said.", "Harbour Agency")]
    [InlineData("Tomas Brandt criticised the agency on Monday.\n\nThe Tidewater Harbour Agency's spokesman expressed his surprise. \"It was necessary,\" he said.", "Tidewater Harbour Agency")]
    [InlineData("At a news conference, Special Representative for Iran Tomas Brandt spoke. \"It is a stunt,\" he said.", "Tomas Brandt")]
    [InlineData("The ban will run to September, a spokesman for the Harbour Agency told the Courier. \"Companies will be fined,\" he said.", "Harbour Agency")]
    public void He_or_she_after_a_spokesperson_for_a_body_speaks_for_the_body(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void They_after_a_group_noun_behind_a_possessive_is_that_group()
        => Assert.Equal("family", Assert.Single(Quotes("His family said in a statement that he had died at home. \"Dad loved rugby,\" they said.")).Speaker);

    [Fact]
    public void A_name_in_apposition_to_a_possessive_role_noun_is_the_subject()
        => Assert.Equal("Folasade Adeyemi-Bello", Assert.Single(Quotes("His main rival, incumbent governor Folasade Adeyemi-Bello, said the pledge was \"a slogan, not a policy\".")).Speaker);

    [Fact]
    public void He_or_she_in_the_sentence_of_a_spokesperson_for_a_body_speaks_for_the_body()
        => Assert.Equal("Ikeja Arts Centre", Quotes("Ngozi Ibe starred in the play.\n\nA spokesperson for the Ikeja Arts Centre said extra security would be in place for what she called \"protest nights\".")[^1].Speaker);

    [Theory]
    [InlineData("Anna Cole arrived first. Tom Reed came later.\n\n\"It was worth it,\" she said.", "Anna Cole")]
    [InlineData("Tom Reed arrived first. Anna Cole came later.\n\n\"It was worth it,\" he said.", "Tom Reed")]
    [InlineData("Ines Duarte spoke after Tomas Brandt left. \"We agreed on nothing,\" she said.", "Ines Duarte")]
    [InlineData("Maria Lopez chaired the meeting. John Smith spoke next. \"We agreed on nothing,\" she said.", "Maria Lopez")]
    [InlineData("Priya Raman chaired the meeting. Kenji Sato spoke next. \"We agreed on nothing,\" she said.", "Priya Raman")]
    [InlineData("Kenji Sato chaired the meeting. Priya Raman spoke next. \"We agreed on nothing,\" he said.", "Kenji Sato")]
    [InlineData("Thandiwe Nkosi chaired the meeting. Declan Byrne spoke next. \"We agreed on nothing,\" she said.", "Thandiwe Nkosi")]
    [InlineData("Guðrún Jónsdóttir chaired the meeting. Mehmet Yilmaz spoke next. \"We agreed on nothing,\" she said.", "Guðrún Jónsdóttir")]
    [InlineData("Tomas Brandt chaired the meeting. Marie Duval spoke next. \"We agreed on nothing,\" he said.", "Tomas Brandt")]
    [InlineData("Tomas Brandt chaired the meeting. Marie-Jeanne Duval spoke next. \"We agreed on nothing,\" he said.", "Tomas Brandt")]
    [InlineData("Ines Duarte chaired the meeting. Jean-Claude Duval spoke next. \"We agreed on nothing,\" she said.", "Ines Duarte")]
    public void A_given_name_that_names_one_gender_is_evidence(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The Tidewater Harbour Authority closed the pier on Monday. Its statement said: \"The pier belongs to the town.\"", "Tidewater Harbour Authority")]
    [InlineData("Ines Duarte spoke on Monday. \"The pier belongs to the town,\" her statement said.", "Ines Duarte")]
    [InlineData("Tomas Brandt met Ines Duarte on Monday. \"The pier belongs to the town,\" his statement said.", "Tomas Brandt")]
    [InlineData("The Tidewater Harbour Authority issued a statement on Monday. Their statement also read \"the pier belongs to the town.\"", "Tidewater Harbour Authority")]
    public void A_pronoun_that_owns_a_document_stands_for_its_author(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Andrea Cole arrived first. Kim Reed came later.\n\n\"It was worth it,\" she said.", "Kim Reed")]
    [InlineData("Andrea Cole arrived first. Kim Reed came later.\n\n\"It was worth it,\" he said.", "Kim Reed")]
    public void A_given_name_borne_by_both_genders_is_no_evidence(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void The_subject_of_a_relative_clause_is_passed_over()
    {
        const string body = "Ada Redcloud agreed to a pact under which Tomas Brandt became mayor. \"Only the voters will remove me,\" he declared.";
        Assert.Equal(("Ada Redcloud", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("Ada Redcloud said Tomas Brandt would resign. \"Nothing is decided,\" she added.", "Ada Redcloud")]
    [InlineData("Ada Redcloud believes Tomas Brandt was misled. \"Nobody told him,\" she said.", "Ada Redcloud")]
    [InlineData("Ian Cole fled in May. Tom Reed said the arrest of Cole was a mistake. \"We will appeal,\" he said.", "Tom Reed")]
    [InlineData("Omar bin Saud was arrested.\n\nTom Reed also said the arrest of bin Saud was significant. \"There will be concerns,\" he said.", "Tom Reed")]
    [InlineData("Tom Reed, an adviser to Prime Minister Omar al-Saud, said most of the leaders had fled, some to an unnamed neighbouring country. About 60 miles from Marlow are borders with Tidewater and Harbourland. \"Operations will continue,\" he said.", "Tom Reed")]
    public void The_subject_of_a_reported_clause_or_a_name_inside_a_noun_phrase_is_passed_over(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_subject_set_off_from_its_verb_by_an_appositive_is_the_antecedent()
    {
        const string body = "Ann Lee called him a murderer, adding: \"I feel no pity.\" However, Tom Reed, father of another victim, believes Ian Cole was innocent. "
            + "He described the day as \"a sad time\".";
        Assert.Equal(("Tom Reed", AttributionRule.Pronoun, true), Quotes(body).Last());
    }

    [Theory]
    [InlineData("By night, Jo Lee says, the desert is a cinema. Visitors sit while the Milky Way rises over the salt flats.\n\n\"I look up,\" he says.", "Jo Lee")]
    [InlineData("Ana Ruiz trains boxers. Her son started at the Tin Shack last year.\n\n\"He was lost,\" she says.", "Ana Ruiz")]
    [InlineData("Ana Ruiz volunteers at a hospice.\n\nSt Aidan's says Ruiz will get an award. \"They will carry me out,\" she says.", "Ana Ruiz")]
    [InlineData("Ana Ruiz volunteers at a hospice.\n\nSt. Mary's says Ruiz will get an award. \"They will carry me out,\" she says.", "Ana Ruiz")]
    [InlineData("Tom Reed, her manager, said she was recovering at a Los Angeles clinic.\n\n\"She really lived a very full life,\" he said.", "Tom Reed")]
    public void A_name_after_the_or_a_saint_s_name_or_modifying_a_noun_is_no_person_a_pronoun_stands_for(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The roof was gone,\" said Sarita Rai.\n\nA local police officer said 14 people had died. \"We are still digging,\" he said.", "local police officer")]
    [InlineData("\"Call us,\" said Aaron Mistry.\n\nA neighbour said the woman was upset. \"She is sharp,\" he said.", "neighbour")]
    [InlineData("The study was led at the University of Nairobi.\n\nThe researchers published their findings on Wednesday. \"These tools are old,\" they wrote.", "researchers")]
    public void A_role_noun_subject_of_the_sentence_before_is_nearer_than_a_name_before_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Quotes(body)[^1]);

    [Fact]
    public void A_one_word_name_after_a_role_noun_is_a_person()
    {
        const string body = "Pop singer Ximena won three awards on Sunday.\n\nXimena stopped and restarted. She later apologised, saying \"I am sorry.\"";
        Assert.Equal(("Ximena", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));
    }

    [Fact]
    public void It_and_they_stand_for_an_organisation()
    {
        const string body = "The Health Ministry published its figures.\n\n\"Cases are falling,\" it said.";
        Assert.Equal(("Health Ministry", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("The Institute for Fiscal Studies published its report on Monday. It warned that \"the gap will widen\".", "Institute for Fiscal Studies")]
    [InlineData("The Commission on Pay Equity published its report on Monday. It warned that \"the gap will widen\".", "Commission on Pay Equity")]
    [InlineData("The Campaign for Clean Rivers published its report on Monday. It warned that \"the gap will widen\".", "Campaign for Clean Rivers")]
    public void It_stands_for_the_whole_name_of_an_organisation_that_goes_on_over_for_or_on(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Reporters Without Borders criticised the law on Monday. \"It is unacceptable,\" the organization said.", "Reporters Without Borders")]
    [InlineData("Mothers Against Drunk Driving criticised the law on Monday. \"It is unacceptable,\" the group said.", "Mothers Against Drunk Driving")]
    [InlineData("Doctors Without Borders criticised the law on Monday. \"It is unacceptable,\" the organization said.", "Doctors Without Borders")]
    public void A_name_with_a_preposition_inside_names_a_body_a_noun_of_one_stands_for(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_name_that_ends_with_a_word_spelt_as_a_preposition_stays_a_person()
        => Assert.Equal("Johnnie To", Assert.Single(Quotes("Johnnie To finished the film in May. \"It was hard,\" he said.")).Speaker);

    [Fact]
    public void A_name_in_apposition_to_an_object_at_the_sentence_end_is_passed_over()
    {
        const string body = "Tomas Brandt left the race and endorsed his former rival, Mira Okafor. \"Three months ago,\" he said, \"I entered.\"";
        Assert.Equal(["Tomas Brandt", "Tomas Brandt"], Quotes(body).Select(q => q.Speaker));
    }

    [Fact]
    public void A_name_before_a_determiner_is_an_object_not_an_antecedent()
    {
        const string body = "Mira Okafor gave a speech in which she called Tomas Brandt a \"menace\". She argued that if he wins, \"the fires will spread.\"";
        Assert.Equal("Mira Okafor", Quotes(body)[1].Speaker);
    }

    [Theory]
    [InlineData("Officials ordered the channel to stop broadcasting. Al-Jazeera said they were \"appalled\" by the decision, which they described as \"an attack on free speech\".", "Al-Jazeera")]
    [InlineData("The channel was closed. Al-Jazeera called the order \"unlawful\". \"We will appeal,\" it said.", "Al-Jazeera")]
    public void They_or_it_stands_for_a_speaker_of_no_known_kind_in_its_own_paragraph(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Fact]
    public void They_or_it_does_not_stand_for_a_speaker_of_no_known_kind_in_another_paragraph()
        => Assert.NotEqual("Amina", Quotes("\"My children were sleeping,\" said one resident, who gave only her first name, Amina.\n\nOther residents said they had warned the council that the channel was \"full of rubbish.\"").Last().Speaker);

    [Theory]
    [InlineData("Brauhof Confectionery said it would raise prices. \"We have absorbed as much as we can,\" the company said.", "Brauhof Confectionery")]
    [InlineData("Golden Fist Promotions said all seats had been sold. A rematch was \"on the table\", the company said.", "Golden Fist Promotions")]
    [InlineData("Tom Hale said prices would rise. \"We have absorbed as much as we can,\" the company said.", "company")]
    public void The_noun_of_a_body_stands_for_a_subject_before_whose_first_word_is_no_given_name(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Fact]
    public void They_with_no_group_named_leaves_the_quote_without_a_speaker()
    {
        // "they" speaks: neither of the two people named before is the speaker, so no weaker stage may pick one.
        const string body = "Ines Duarte and Tomas Brandt spoke to the council. \"The dam will hold,\" they said.";
        Assert.Null(Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("Tidewater coach Jurgen Vogel was unhappy. \"We gave away two goals,\" the German said.")]
    [InlineData("Tidewater coach Jurgen Vogel was unhappy. \"We gave away two goals,\" said the German.")]
    public void A_nationality_after_the_stands_for_the_person_named_before(string body)
        => Assert.Equal(("Jurgen Vogel", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Senator Jurgen Vogel voted against the bill. \"This bill is a disgrace,\" the Democrat said.")]
    [InlineData("Senator Jurgen Vogel voted against the bill. The Republican said it was \"a disgrace\".")]
    public void A_party_member_after_the_stands_for_the_person_named_before(string body)
        => Assert.Equal(("Jurgen Vogel", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("French President Ines Duarte and Dutch Prime Minister Tomas Brandt clashed on Thursday.\n\n\"Europe must pay,\" the Frenchwoman told reporters.", "Ines Duarte")]
    [InlineData("Dutch Prime Minister Tomas Brandt met French President Jorge Ruiz on Thursday.\n\n\"Europe must pay,\" the Frenchman told reporters.", "Jorge Ruiz")]
    public void A_nationality_after_the_stands_for_the_person_introduced_with_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Brazilian President Ines Duarte met Chinese Premier Li Wen in Beijing. The Brazilian leader said her government wanted \"a relationship of equals\".", "Ines Duarte")]
    [InlineData("Chinese Premier Li Wen met Brazilian President Ines Duarte in Beijing. The Chinese leader said the talks were \"warm\".", "Li Wen")]
    public void A_role_noun_after_the_and_a_nationality_stands_for_the_person_introduced_with_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The talks were held by Jo Lee and Ana Ruiz. The latter said the meeting had been \"very productive.\"", "Ana Ruiz")]
    [InlineData("The talks were held by Jo Lee and Ana Ruiz. The former said the meeting had been \"very productive.\"", "Jo Lee")]
    [InlineData("The talks were held by Jo Lee and Ana Ruiz. \"It was very productive,\" said the latter.", "Ana Ruiz")]
    [InlineData("The talks were held by Jo Lee and Ana Ruiz. The latter, however, said the meeting had been \"very productive.\"", "Ana Ruiz")]
    [InlineData("Inquiries were opened by the Harbour Agency and the Tidewater Coastguard, with the latter confirming they were \"not sending divers.\"", "Tidewater Coastguard")]
    [InlineData("The talks were held by Jo Lee and Ana Ruiz. The former president said the meeting had been \"very productive.\"", "former president")]
    [InlineData("The prize went to Ana Ruiz of the University of Oslo and Jo Lee of Kyoto University. The former said it was \"a shock.\"", "Ana Ruiz")]
    [InlineData("The prize went to Ana Ruiz of the University of Oslo and Jo Lee of Kyoto University. The latter said it was \"a shock.\"", "Jo Lee")]
    [InlineData("Jo Lee and Ana Ruiz met privately after the session. Asked what was said, the former laughed: \"Nothing I can repeat.\"", "Jo Lee")]
    [InlineData("Jo Lee and Ana Ruiz met privately after the session. The latter smiled: \"Nothing I can repeat.\"", "Ana Ruiz")]
    [InlineData("Ray Kowalski, 71, and his neighbour Luis Ortega waited on Kowalski's porch. The former said he had \"ridden out every storm\".", "Ray Kowalski")]
    public void The_latter_and_the_former_stand_for_the_last_names_written_before(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_nationality_opening_a_longer_name_is_part_of_that_name()
        => Assert.Equal("German Football Association", Assert.Single(Quotes("\"We lost,\" the German Football Association said.")).Speaker);

    [Theory]
    [InlineData("Secretary of State Ines Duarte felt the talks were a success. \"It will be hard,\" she said on television.")]
    [InlineData("Minister of Foreign Affairs Ines Duarte felt the talks were a success. \"It will be hard,\" she said on television.")]
    public void A_person_named_after_a_title_of_a_place_is_an_antecedent(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Jo Lee and Tom Hale spoke at the event. \"We will rebuild,\" she said. \"The money is not there,\" he said.", "Jo Lee", "Tom Hale")]
    [InlineData("Ines Duarte and Kim Sato spoke at the event. \"We will rebuild,\" Duarte said. \"I agree,\" she added. \"The money is not there,\" he said.", "Ines Duarte", "Kim Sato")]
    public void A_person_a_he_or_she_was_resolved_to_is_of_that_gender_from_then_on(string body, string first, string last)
    {
        var speakers = Quotes(body).Select(quote => quote.Speaker).ToArray();
        Assert.Equal(first, speakers[0]);
        Assert.Equal(last, speakers[speakers.Length - 1]);
    }

    [Fact]
    public void A_person_after_a_title_of_a_place_opening_the_sentence_is_named_as_its_subject()
    {
        // The name after "Secretary of State" follows "of", but the title's run is the sentence's subject: it outranks the
        // previous paragraph's speaker for "she".
        const string body = "Jo Lee met the press. \"We are close,\" Jo Lee told reporters.\n\nSecretary of State Ana Ruiz felt the meeting was a success. \"It will be hard,\" she said on television.";
        Assert.Equal(["Jo Lee", "Ana Ruiz"], Quotes(body).Select(quote => quote.Speaker));
    }

    [Theory]
    [InlineData("The court heard from Kim Soo-min. \"I saw him run,\" she told the jury.")]
    [InlineData("The jury heard from Kim Soo-min on Monday. \"I saw him run,\" she said.")]
    public void A_name_the_court_heard_from_is_a_person_and_an_antecedent(string body)
        => Assert.Equal("Kim Soo-min", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_person_name_after_of_with_no_title_stays_no_antecedent()
        => Assert.Null(Assert.Single(Quotes("Tourists flocked to the coast of Tidewater Bay. \"It will be hard,\" she said on television.")).Speaker);

    [Theory]
    [InlineData("The researchers found that the coral recovered. They reported, \"The algae harm the coral.\"", "researchers")]
    [InlineData("The officials closed the pier on Monday. \"It is unsafe,\" they said.", "officials")]
    [InlineData("Residents were angry. \"Nobody told us anything,\" they said.", "Residents")]
    [InlineData("Officials in Marlow closed the pier. \"It is unsafe,\" they said.", "Officials")]
    [InlineData("Many residents were angry. \"Nobody told us anything,\" they said.", "residents")]
    [InlineData("Several local officials closed the pier. \"It is unsafe,\" they said.", "local officials")]
    public void They_stands_for_the_group_noun_that_is_the_subject_of_the_sentence_before(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("One woman, who asked not to be named, said she heard shouting.\n\n\"There was blood everywhere,\" she told the Courier.", "woman")]
    [InlineData("A witness said the car did not stop. \"It just drove off,\" he said.", "witness")]
    public void He_or_she_that_no_name_resolves_stands_for_the_role_noun_subject_of_the_sentence_before(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The judge said he would be happy to read the report. The application was to extend the detention. \"I will set limits,\" he said.", "judge")]
    [InlineData("A witness said the car did not stop. The road was wet at the time. \"It just drove off,\" she said.", "witness")]
    public void He_or_she_after_a_sentence_about_a_thing_stands_for_the_role_noun_subject_of_the_sentence_before_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_name_in_the_sentence_about_a_thing_keeps_the_pronoun_from_reaching_past_it()
        => Assert.NotEqual("judge", Assert.Single(Quotes("The judge said he would read the report. The application came from Tomas Brandt. \"I will set limits,\" he said.")).Speaker);

    [Theory]
    [InlineData("The club confirmed the departure on its website. \"We thank Marco for his service,\" it said.", "club")]
    [InlineData("The company posted a loss on Monday. It said the results were \"disappointing\".", "company")]
    [InlineData("Marlow United confirmed the departure. The club thanked him. \"We wish him well,\" it said.", "Marlow United")]
    public void It_that_no_name_resolves_stands_for_the_noun_of_one_organisation_subject_of_the_sentence_before(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte issued a statement on Tuesday. It read: \"We will rebuild.\"", "Ines Duarte")]
    [InlineData("The ministry published a report on Monday. It reads: \"The service is failing.\"", "ministry")]
    [InlineData("Ines Duarte wrote to the council. It read: \"We will rebuild.\"", null)]
    public void It_before_read_stands_for_the_document_introduced_before_and_its_issuer_speaks(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("One woman lost her home in the fire.\n\n\"There was blood everywhere,\" he told the Courier.")]
    [InlineData("One woman said she heard shouting.\n\nThe town was quiet.\n\n\"There was blood everywhere,\" she told the Courier.")]
    public void He_or_she_takes_no_role_noun_of_the_other_gender_or_from_further_back(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The researchers found that the coral recovered.\n\nThey reported, \"The algae harm the coral.\"")]
    [InlineData("Ines Duarte met the researchers. They reported, \"The algae harm the coral.\"")]
    [InlineData("The researcher found that the coral recovered. They reported, \"The algae harm the coral.\"")]
    public void They_takes_no_group_noun_from_another_paragraph_an_object_or_one_person(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Harbourline cancelled 400 ferries. \"We apologise to our customers,\" it said.", "Harbourline")]
    [InlineData("Harbourline said on Monday it would cancel 400 ferries. \"We apologise to our customers,\" it said.", "Harbourline")]
    public void It_that_no_organisation_resolves_stands_for_the_name_that_is_the_subject_of_the_sentence_before(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The Tidewater Harbour Ministry called the sanctions \"clumsy\".\n\nIn a statement on its website, the ministry said Velmar had lied.\n\n\"Velmar shows its weakness,\" it said.")]
    [InlineData("The Tidewater Harbour Ministry called the sanctions \"clumsy\".\n\nThe ministry said Velmar had lied.\n\n\"Velmar shows its weakness,\" it said.")]
    public void It_goes_on_into_the_next_paragraph_from_a_bodys_noun_that_stands_for_a_body_named_before(string body)
        => Assert.Equal("Tidewater Harbour Ministry", Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Ines Duarte cancelled 400 ferries. \"We apologise to our customers,\" it said.")]
    [InlineData("The report was published on Monday. \"The findings are stark,\" it said.")]
    [InlineData("Harbourline cancelled 400 ferries.\n\n\"We apologise to our customers,\" it said.")]
    public void It_takes_no_person_no_noun_and_no_name_from_another_paragraph(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tom Hale faced fierce criticism from Kemi Okonjo during the session.\n\nOkonjo said: \"This is hurting real people.\"", "Kemi Okonjo")]
    [InlineData("The plan drew comments from Tumi Ndaba on Monday.\n\n\"It will fail,\" Ndaba said.", "Tumi Ndaba")]
    public void A_name_after_a_noun_of_words_and_from_is_a_person_its_surname_stands_for(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The court heard from Ines Duarte. \"I heard shouting,\" she said.", "Ines Duarte")]
    [InlineData("Jurors heard from Ines Duarte, a neighbour, on Monday. \"I heard shouting,\" she said.", "Ines Duarte")]
    [InlineData("The jury was shown a video of Ines Duarte. \"I heard shouting,\" she said.", "Ines Duarte")]
    public void A_name_opening_with_a_given_name_after_of_or_from_is_a_person_and_an_antecedent(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The mayor said he had warned that the channel was \"full of rubbish.\"", "mayor")]
    [InlineData("The mayor said that he warned the council the channel was \"full of rubbish.\"", "mayor")]
    [InlineData("Other residents said they had warned local authorities for months that the channel was \"full of rubbish.\"", "residents")]
    public void A_role_noun_reporting_right_before_the_pronoun_is_its_antecedent(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_belt_of_objects_or_places_is_no_person_and_no_antecedent()
        => Assert.Equal("Mike Brown", Quotes("Mike Brown said the body was bigger than Pluto. That is not the case with other large Kuiper Belt objects, however.\n\n\"This object is in a class like Pluto,\" he said.").Last().Speaker);

    [Fact]
    public void A_name_after_at_stays_no_antecedent_even_with_a_given_name()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte spoke at George Marlow on Monday. \"We are ready,\" she said.")).Speaker);

    [Fact]
    public void She_with_no_antecedent_near_stands_for_what_she_opening_the_sentence_before_stood_for()
    {
        const string body = "\"The vaccine is safe,\" Health Minister Ines Duarte told reporters on Monday.\n\n"
            + "She said the first doses would reach clinics by the end of the month.\n\n"
            + "\"We have learned from the last campaign,\" she added.";
        Assert.Equal(["Ines Duarte", "Ines Duarte"], Quotes(body).Select(q => q.Speaker));
    }

    [Fact]
    public void Past_the_paragraph_before_she_stands_for_the_nearest_person_the_article_shows_to_be_a_woman()
    {
        const string body = "\"This is the first atmosphere around a planet so small,\" said lead author Maria Lopez.\n\n"
            + "Co-author Tomas Brandt cautioned that the planet was too hot. \"Think of Venus,\" he said.\n\n"
            + "The finding still matters, she added. \"We can look for other gases too.\"";
        Assert.Equal(["Maria Lopez", "Tomas Brandt", "Maria Lopez"], Quotes(body).Select(q => q.Speaker));
    }

    [Fact]
    public void Past_the_paragraph_before_she_takes_no_person_of_unknown_gender()
    {
        const string body = "\"This is the first atmosphere around a planet so small,\" said lead author Jo Lee.\n\n"
            + "Co-author Tomas Brandt cautioned that the planet was too hot. \"Think of Venus,\" he said.\n\n"
            + "The finding still matters, she added. \"We can look for other gases too.\"";
        Assert.Null(Quotes(body)[2].Speaker);
    }

    [Theory]
    [InlineData("Tom Hale runs the farm. One of the victims recalled the attack. \"They entered my house,\" he said.", "victim")]
    [InlineData("Tom Hale runs the farm.\n\nOne of the residents recalled the attack on Monday. \"They entered my house,\" she said.", "resident")]
    [InlineData("Tom Hale runs the farm. One of the victims, who was 80, recalled the attack. \"They entered my house,\" he said.", "victim")]
    [InlineData("Tom Hale runs the farm.\n\nOne of the victims from Wadi Karam, who was 80, recalled the attack. \"They entered my house,\" he said.", "victim")]
    [InlineData("Tom Hale runs the farm.\n\nOne of the victims from Dorrington recalled the attack. \"They entered my house,\" he said.", "victim")]
    public void One_of_a_group_opening_the_sentence_before_is_the_antecedent_of_he_or_she(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tomas Brandt won the gold medal.\n\nThe 18-year-old, who finished ahead of Jack Morrow and swimmer Kieran Holt, said he was surprised.\n\n\"I believe it when I touched the wall,\" he said.")]
    [InlineData("Tomas Brandt won the gold medal.\n\nThe 18-year-old finished ahead of Jack Morrow and swimmer Kieran Holt.\n\n\"I believe it when I touched the wall,\" he said.")]
    [InlineData("Tomas Brandt won the gold medal.\n\nThe champion finished ahead of Jack Morrow and Kieran Holt.\n\n\"I believe it when I touched the wall,\" he said.")]
    public void Names_inside_the_clause_of_an_age_or_epithet_subject_before_do_not_outrank_whom_it_describes(string body)
        => Assert.Equal("Tomas Brandt", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void An_epithet_before_a_name_is_that_persons_not_one_named_before()
    {
        const string body = "Ines Duarte spoke first.\n\nThe blogger and activist Tom Hale, who was threatened by Jack Morrow, also spoke. He said the staff \"implied that he would be expelled\".";
        Assert.Equal("Tom Hale", Quotes(body)[^1].Speaker);
    }

    [Theory]
    [InlineData("Tom Hale led the raid. A Tidewater activist begged for his life. \"I miss my mother,\" he said.", "Tidewater activist")]
    [InlineData("Tom Hale led the raid. A Russian foreign ministry spokesman said Russia is ready. He added it is \"important not to politicize the situation.\"", "Russian foreign ministry")]
    [InlineData("Tom Hale led the raid. Ethiopian government spokesman Ines Duarte rejected the criticism. \"The filling is lawful,\" she said.", "Ines Duarte")]
    public void A_role_noun_after_a_capitalised_modifier_opening_the_sentence_before_is_the_antecedent(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void One_of_a_group_named_in_apposition_is_that_person()
    {
        const string body = "One of the study's authors, herpetologist Ines Duarte, told reporters the skulls were \"turning on some ancient machinery.\"";
        Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("Tomas Brandt spoke on Monday.\n\nThe ferry sailed at noon.\n\nA Western diplomat said the talks were to seal the deal. \"We have had no talks,\" he added.", "Western diplomat")]
    [InlineData("Tomas Brandt spoke on Monday.\n\nThe ferry sailed at noon.\n\nAccording to a harbour official, the talks were to seal the deal. \"We have had no talks,\" he added.", "harbour official")]
    public void A_role_noun_subject_or_source_of_the_sentence_before_is_nearer_than_a_person_paragraphs_back(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The mosque's imam, who gave his name as Asseyuti, commented on the stampede. \"We are in mourning,\" he said.")]
    [InlineData("Mayor Tomas Brandt visited the town on Monday.\n\nThe mosque's imam, who gave his name as Asseyuti, commented on the attack. \"We are in mourning,\" he said.")]
    public void The_name_given_to_a_role_noun_subject_of_the_sentence_before_is_the_antecedent(string body)
        => Assert.Equal(("Asseyuti", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Tomas Brandt opened the bridge.\n\nBrandt asked Harbour Master Carl Hale to speak at the opening. \"The channel is safe,\" he told the crowd.", "Carl Hale")]
    [InlineData("Councillors Tomas Brandt of Portvale and Piet Ruud of Marlow asked Carl Hale to run for the council again. He alluded to a return, noting, \"We may meet again.\"", "Carl Hale")]
    public void The_one_asked_to_act_in_the_sentence_before_is_the_antecedent(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void An_aid_society_named_for_its_cross_or_crescent_is_no_she()
        => Assert.Equal(
            ("Ines Duarte", AttributionRule.Pronoun, true),
            Quotes("Ines Duarte woke her grandchildren.\n\nThe Portvale Red Cross said it was \"working around the clock\".\n\n\"My husband is still at the house,\" she said.")[1]);

    [Fact]
    public void The_subject_who_reports_the_previous_quote_s_speaker_is_the_antecedent_not_that_speaker()
        => Assert.Equal(
            ("Carl Hale", AttributionRule.Pronoun, true),
            Quotes("Carl Hale, 52, said one officer shouted \"Get down!\" before he could move. \"I thought I was going to die,\" he told reporters.")[1]);

    [Fact]
    public void The_and_an_epithet_noun_as_the_subject_before_describe_the_person_named_before()
        => Assert.Equal(
            ("Carl Hale", AttributionRule.Pronoun, true),
            Quotes("Portvale drew 2-2, and head coach Carl Hale said the comeback showed character.\n\n\"We were poor,\" Hale said.\n\nThe manager added that he had considered a change. \"I trusted the players,\" he said.")[1]);

    [Fact]
    public void The_one_who_asked_the_question_just_before_does_not_answer_it()
        => Assert.Equal(
            "Carl Hale",
            Quotes("Swiss veteran Carl Hale dismissed talk of retirement on Monday.\n\nOne reporter asked him directly: \"Was that your last match here?\"\n\n\"No,\" the 37-year-old replied, laughing. \"You will have to put up with me.\"")[^1].Speaker);

    [Theory]
    [InlineData("Ines Duarte teaches piano to refugee children.\n\nSofiia, 9, from Zaporizhzhia, has been learning for a year. \"I was scared, but then I forgot to be scared,\" she says.", "Sofiia")]
    [InlineData("Aditya is 11, wears a cricket shirt two sizes too large, and beat a grandmaster last month.\n\n\"I only look at the board,\" he says.", "Aditya")]
    public void One_word_with_an_age_names_a_person_a_he_or_she_can_take(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Judge Ines Duarte spoke next. Jailing Tomas Brandt for two years, she said: \"The courts will not tolerate it.\"")]
    [InlineData("Judge Ines Duarte spoke next. Sentencing Brandt, she said: \"The courts will not tolerate it.\"")]
    [InlineData("Judge Ines Duarte spoke next. In a letter to Ana Ruiz, she wrote: \"The courts will not tolerate it.\"")]
    [InlineData("Judge Ines Duarte spoke next.\n\nLinking Norland's troubles with global examples, she praised the jury. \"The courts will not tolerate it,\" she said.")]
    public void A_name_inside_the_phrase_that_opens_the_pronoun_s_sentence_is_not_its_antecedent(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.Pronoun, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_subordinate_clause_opening_the_sentence_keeps_its_subject_as_antecedent()
        => Assert.Equal(
            ("Ana Ruiz", AttributionRule.Pronoun, true),
            Assert.Single(Quotes("Judge Tomas Brandt spoke next. After Ana Ruiz left the court, she said: \"I am relieved.\"")));

    [Fact]
    public void A_he_or_she_with_no_name_near_takes_the_speaker_of_a_quote_up_to_three_paragraphs_back()
        => Assert.Equal(
            ("Rishi Sunak", AttributionRule.Pronoun, true),
            Quotes("Prime Minister Rishi Sunak conceded defeat on Friday.\n\n\"Today power will change hands,\" said Sunak.\n\nApologising to his party, he said: \"I am sorry.\"\n\nThe count was still on when he spoke, but the Labour Party led by Starmer was set to win 410 seats.\n\nThe Conservative Party was projected to win 131 seats.\n\n\"I take responsibility for the loss,\" he said.")[^1]);
    [Fact]
    public void They_after_an_unnamed_spokesperson_s_quote_goes_on_with_the_spokesperson()
        => Assert.Equal(
            ("council spokesperson", AttributionRule.Pronoun, true),
            Quotes("A council spokesperson said: \"Sourcing parts can cause delays.\"\n\n\"Keeping the service running remains a priority,\" they added.")[^1]);
    [Fact]
    public void A_speaker_named_only_by_a_role_noun_is_no_he_or_she_three_paragraphs_back()
        => Assert.Equal(
            "Teodor Valdis",
            Quotes("Tidewater's head coach Teodor Valdis was not impressed with the draw.\n\nThe Blue Herons manager added they lacked intent.\n\nHe said, \"I know that the game started with one pass back.\"\n\nThe head coach said he doesn't want to make any excuses.\n\n\"It's easy to speak about excuses,\" he stated.")[^1].Speaker);
    [Fact]
    public void A_group_noun_opening_its_sentence_before_said_that_he_is_no_person_a_he_takes()
        => Assert.Equal(
            "police spokesman",
            Assert.Single(Quotes("Detectives said that he was a man aged in his 30s.\n\nThe police spokesman said that it was an isolated stabbing.\n\nHe said: \"A murder investigation has been launched.\"")).Speaker);
    [Fact]
    public void Coun_before_a_name_is_a_councillor_s_title()
        => Assert.Equal(
            ("Aisling Bellamy", AttributionRule.Pronoun, true),
            Assert.Single(Quotes("Committee chairman Coun Aisling Bellamy drew discussion to an end.\n\nShe said: \"There are no grounds for refusal.\"")));
    [Theory]
    [InlineData("out the door")]
    [InlineData("back to court")]
    public void A_name_before_the_particle_of_a_verb_is_its_object_and_no_he_before_a_quote(string particle)
        => Assert.Equal(
            "David Kolar",
            Quotes($"Union secretary David Kolar said the sacking was a \"reprehensible act\".\n\nKolar also urged chairman Tom Hale to take former chief executive Ivo Brandt {particle}.\n\n\"There are serious consequences,\" he said.")[^1].Speaker);

    [Theory]
    [InlineData("Transport for Tidewater said major delays would continue.\n\n\"If you need to travel there will be limited shuttles,\" it said.", "Transport for Tidewater")]
    [InlineData("Transport Secretary Jo Lee said major delays would continue.\n\n\"If you need to travel there will be limited shuttles,\" she said.", "Jo Lee")]
    public void A_transport_body_named_for_its_place_is_an_organisation_it_stands_for(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Kamal Rao shared a picture on social media.\n\n\"He left too soon,\" the veteran Tamil actor posted on X.")]
    [InlineData("Kamal Rao shared a picture on social media.\n\n\"He left too soon,\" the veteran Indian actor said.")]
    public void A_word_between_a_role_noun_and_another_describes_the_second_and_names_no_person(string body)
        => Assert.Equal("Kamal Rao", Assert.Single(Quotes(body)).Speaker);
}
