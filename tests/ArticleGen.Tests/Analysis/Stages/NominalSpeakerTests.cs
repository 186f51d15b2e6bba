using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>Speakers named by a role noun: kept as that noun, linked to a person the article named with the role,
/// or to the organisation a spokesperson speaks for.</summary>
public sealed class NominalSpeakerTests
{
    [Theory]
    [InlineData("The race was stopped. \"Car 18 was to blame,\" the stewards said.", "stewards")]
    [InlineData("The prize went to Jo Lee. \"A work of rare restraint,\" the adjudicators said.", "adjudicators")]
    [InlineData("The accounts were late. \"Controls were weak,\" the auditors said.", "auditors")]
    public void Those_who_rule_on_a_contest_a_prize_or_accounts_speak_as_a_panel(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body), q => q.IsSpeech).Speaker);

    [Theory]
    [InlineData("The Met Office has issued an amber warning for Kent.\n\nThe forecaster said gusts could cause \"structural damage\".", "Met Office")]
    [InlineData("The National Weather Service extended its flood watch. \"Stay off the roads,\" the forecaster said.", "National Weather Service")]
    [InlineData("The Bureau of Meteorology expects rain. Bureau forecaster Jo Lee said it would be \"heavy\". \"Stay home,\" the forecaster said.", "Jo Lee")]
    [InlineData("Acme Corp closed its plant. \"Rain is coming,\" the forecaster said.", "forecaster")]
    public void The_forecaster_is_the_weather_service_named_before_unless_a_forecaster_is_named(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("NATO Secretary-General Ingrid Dahl met the ministers in Brussels.\n\n\"We stand together,\" the NATO chief said.", "Ingrid Dahl")]
    [InlineData("U.N. Secretary-General Amara Ndiaye called for a truce. \"Enough is enough,\" the U.N. chief told the council.", "Amara Ndiaye")]
    [InlineData("Halden Rovers manager Tom Price was sent off. Fans booed. \"I regret nothing,\" the Halden boss said.", "Tom Price")]
    [InlineData("Vireo CEO Dana Holt apologised on Monday. The Vireo boss said the outage was \"deeply regrettable\".", "Dana Holt")]
    public void A_body_s_chief_or_boss_is_the_person_named_as_its_head(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("TCB chief asks fans to \"wait for the final result\".\n\nMARLOW: Tidewater Cricket Board (TCB) Chairman Omar Salam has urged fans to back the team.", "Omar Salam")]
    [InlineData("The TCB chief asked fans to \"wait for the final result\". Later, TCB Chairman Omar Salam spoke to the team.", "Omar Salam")]
    public void A_body_s_chief_no_one_was_named_as_before_is_the_head_the_text_names_after(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[0].Speaker);

    [Theory]
    [InlineData("NATO spokesman Piet Smit read a statement. \"We stand together,\" the NATO chief said.", "NATO chief")]
    [InlineData("IMF Director Ana Ruiz spoke first. \"Growth is slow,\" the U.N. chief said.", "U.N. chief")]
    public void A_body_s_chief_is_no_spokesperson_nor_another_body_s_head(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The Tidewater Retail Association said it had tried \"to be flexible\".\n\n\"We appreciate the help,\" said the trade group, which represents shops.", "Tidewater Retail Association")]
    [InlineData("The Coastal Alliance filed a complaint.\n\nThe group said the plan was \"a betrayal\".", "Coastal Alliance")]
    public void The_group_is_a_body_of_members_named_before(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The Irish Teachers Organisation balloted its members.\n\nThe Department of Education said talks would go on.\n\n\"We are ready,\" the union said.", "Irish Teachers Organisation")]
    [InlineData("The Air Line Pilots Association called a vote. Delta Air Lines said talks went on. The union said a strike was \"a last resort\".", "Air Line Pilots Association")]
    public void The_union_is_a_trade_s_association_named_before(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("An attorney for several families said some had yet to come to terms with loss, saying \"There has been no burial.\"", "attorney")]
    [InlineData("A lawyer for the two families said the case was closed, adding \"We will appeal.\"", "lawyer")]
    public void A_role_noun_with_a_lower_case_phrase_after_it_is_the_subject_a_participle_speaks_for(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Eighty members of Parliament said the government must \"show compassion\".", "members")]
    [InlineData("\"Show compassion,\" said forty officials.", "officials")]
    [InlineData("\"Show compassion,\" said two officials.", "officials")]
    public void A_number_counts_a_nominal_speaker_and_is_no_part_of_its_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The minister announced a policy critics have called \"eviction by another name\".", "critics")]
    [InlineData("\"The families are in shock,\" a Nairobi charity said.", "Nairobi charity")]
    [InlineData("\"The road is closed,\" a local police officer said.", "local police officer")]
    public void A_or_an_determines_no_plural_so_the_words_after_it_are_no_modifiers_of_a_plural_speaker(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("After the race, Edith Wolf's husband and coach told the media, \"She was ready.\"", "husband and coach")]
    [InlineData("At the march, women, men and children chanted \"This is what democracy looks like!\"", "women, men and children")]
    [InlineData("Nurses and paramedics said the ward was \"overwhelmed\".", "Nurses and paramedics")]
    public void Role_nouns_joined_by_and_name_one_speaker(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"The car drove into the crowd,\" said one witness, Ines Duarte.\n\nAnother witness said the driver \"looked completely calm\".", "witness")]
    [InlineData("Police officer Tomas Brandt said the road was closed. A second officer said it was \"a war zone\".", "officer")]
    public void Another_role_noun_brings_in_someone_new_not_the_person_named_with_the_role(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void One_of_a_role_brings_in_someone_new_not_the_person_named_with_the_role_later()
    {
        const string body = "Most villagers were asked to go.\n\nOne resident said: \"Nobody cares about this valley.\"\n\n"
            + "More rain is due on Friday.\n\nTilby resident Owen Marsh said: \"Another storm and we are finished.\"";
        Assert.Equal(new[] { "resident", "Owen Marsh" }, Quotes(body).Select(quote => quote.Speaker));
    }

    [Theory]
    [InlineData("The family of victim Ines Duarte said she was \"a ray of sunshine\".", "family")]
    [InlineData("The parents of murdered teenager Ines Duarte said she was \"a ray of sunshine\".", "parents")]
    [InlineData("The family of Ines Duarte said she was \"a ray of sunshine\".", "family")]
    public void A_role_noun_before_of_and_a_described_person_speaks_not_the_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tomas Brandt's chief of staff Ines Kalla said that the plan was \"reckless\".")]
    [InlineData("The chief of police Ines Kalla said that the plan was \"reckless\".")]
    public void A_role_whose_title_ends_in_a_groups_noun_is_held_by_the_person_named_after_it(string body)
        => Assert.Equal("Ines Kalla", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tomas Brandt was also charged with fraud.\n\nThe father said \"I love my children.\"", "Tomas Brandt")]
    [InlineData("Ines Duarte and Tomas Brandt were sentenced on Friday.\n\nThe mother said \"I am sorry.\"", "Ines Duarte")]
    [InlineData("A boy drowned at the lake on Sunday.\n\nThe mother said \"It was terrible.\"", "mother")]
    public void A_noun_of_kin_of_one_gender_after_the_speaks_as_the_person_he_or_she_would_stand_for_or_as_itself(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Her family gathered outside the court. \"All these people have selective memories,\" the cousin said.")]
    [InlineData("Her family gathered outside the court. \"All these people have selective memories,\" said the cousin.")]
    public void A_noun_of_kin_of_either_gender_after_the_speaks_as_itself(string body)
        => Assert.Equal("cousin", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_noun_of_kin_of_one_gender_after_said_the_speaks_as_the_person_he_would_stand_for()
        => Assert.Equal("Tomas Brandt", Assert.Single(Quotes("Tomas Brandt was also charged with fraud.\n\n\"I love my children,\" said the father.")).Speaker);

    [Theory]
    [InlineData("The woman's son, who asked not to be named, said his mother was \"mortified\".", "son")]
    [InlineData("Ines Duarte was charged on Monday. The victim's father said the sentence was \"far too short\".", "father")]
    public void A_noun_of_kin_after_a_role_noun_s_possessive_is_the_unnamed_relative(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte died in the crash. \"She deserved better,\" Duarte's brother said.", "brother")]
    [InlineData("Ines Duarte died in the crash. \"She deserved better,\" said Duarte's mother.", "mother")]
    [InlineData("Ines Duarte was charged. \"She is innocent,\" Duarte's friend told reporters.", "friend")]
    [InlineData("Ines Duarte died in the crash. The mother of Ines Duarte said: \"She deserved better.\"", "mother")]
    [InlineData("Ines Duarte died in the crash. \"She deserved better,\" the mother of Duarte said.", "mother")]
    [InlineData("Ines Duarte died in the crash. \"She deserved better,\" said the mother of Duarte.", "mother")]
    [InlineData("A friend of Jo Smith said \"No.\"", "friend")]
    public void A_relation_of_a_person_the_text_named_is_the_unnamed_relative_not_that_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte was charged. \"She is innocent,\" said a lawyer for Duarte.")]
    [InlineData("Ines Duarte was charged. \"She is innocent,\" said a lawyer for Ines Duarte.")]
    [InlineData("Ines Duarte was charged. \"She is innocent,\" the lawyer representing Duarte said.")]
    [InlineData("Ines Duarte was charged. \"She is innocent,\" said the lawyer representing Duarte.")]
    [InlineData("Ines Duarte was charged. The lawyer representing Ines Duarte said: \"She is innocent.\"")]
    public void A_role_held_for_a_person_the_text_named_speaks_as_itself(string body)
        => Assert.Equal("lawyer", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_person_before_a_participle_whose_object_is_a_place_speaks()
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes("Ines Duarte visiting Portvale said: \"The harbour must reopen.\"")).Speaker);

    [Theory]
    [InlineData("A Lyon source said no offer had been accepted. \"Nothing is signed,\" the source said.", "Lyon source")]
    [InlineData("An Interpol spokesperson said the request was refused. \"We do not take such requests,\" the spokesperson said.", "Interpol")]
    [InlineData("The FIA stewards gave Jo Lee a penalty. \"Car 18 was to blame,\" the stewards said in their decision.", "FIA stewards")]
    [InlineData("The local stewards gave Jo Lee a penalty. \"Car 18 was to blame,\" the stewards said in their decision.", "stewards")]
    public void A_role_noun_after_the_is_named_as_the_text_introduced_it(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Agency chief Tomas Brandt watched the launch. \u201cThe fifth try was flawless,\u201d the agency boss said.", "Tomas Brandt")]
    [InlineData("Tidewater captain Tomas Brandt hit a century. \u201cIt was hard work,\u201d the skipper said.", "Tomas Brandt")]
    [InlineData("Tomas Brandt has accused the broadcaster of fake news. The Labour leader told reporters it was \"absolute nonsense\".", "Tomas Brandt")]
    public void A_synonym_of_a_title_or_a_leader_stands_for_the_person_named_before(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Prime Minister Ines Duarte visited the flood zone. Former prime minister Tomas Brandt also came. \"We must rebuild,\" the PM said.", "Ines Duarte")]
    [InlineData("President Ines Duarte visited the flood zone. The former president, Tomas Brandt, also came. \"We must rebuild,\" the president said.", "Ines Duarte")]
    [InlineData("President Ines Duarte visited the flood zone. Former president Tomas Brandt also came. \"We must rebuild,\" the former president said.", "Tomas Brandt")]
    public void One_who_held_a_role_before_is_not_who_holds_it(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Foreign Minister Tomas Verhoef flew to Portvale. He had spoken with Prime Minister Anton Kessel before leaving. \"I am hopeful,\" the foreign minister said.", "Tomas Verhoef")]
    [InlineData("Tomas Verhoef, the health minister, visited the hospital. Prime Minister Anton Kessel stayed in the capital. \"We will rebuild,\" the minister said.", "Tomas Verhoef")]
    [InlineData("President Ines Duarte opened the session. Vice President Tomas Brandt spoke after her. \"We will rebuild,\" the president said.", "Ines Duarte")]
    [InlineData("Health Minister Tomas Verhoef opened the ward. Prime Minister Anton Kessel spoke after him. \"We will rebuild,\" the prime minister said.", "Anton Kessel")]
    [InlineData("Prime Minister Anton Kessel's Harbour Party won the most seats. The prime minister later said he would not negotiate, describing the programme as \"incompatible with our constitution.\"", "Anton Kessel")]
    [InlineData("Prime Minister Anton Kessel opened the session. Deputy Prime Minister Ines Duarte spoke after him. \"We will rebuild,\" the prime minister said.", "Anton Kessel")]
    [InlineData("Deputy Prime Minister Ines Duarte admitted an error. \"I am proud of her,\" the prime minister said.", "prime minister")]
    public void A_role_links_to_the_holder_of_its_office_not_of_another_office_with_its_noun(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Prime Minister Ranil Perera said he would stay in office. \"I accept the result,\" the Premier said.", "Ranil Perera")]
    [InlineData("Premier Ines Duarte toured the flood zone. \"We will rebuild,\" the prime minister said.", "Ines Duarte")]
    public void Premier_and_prime_minister_name_one_office(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Country Fire Authority chief officer Tomas Brandt said conditions were bad.\n\nIn Maffra, Ines Duarte was loading her car. A police officer had knocked at 6am and told her to \"grab what matters and go.\"", "police officer")]
    [InlineData("Chief officer Tomas Brandt said conditions were bad. A spokesman for the service said crews were \"exhausted\".\n\nA spokesman later added that the roads were \"closed\".", "spokesman")]
    public void A_role_noun_after_a_or_an_is_someone_new_not_the_one_named_with_the_role_before(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("A former nurse testified on Tuesday that she had raised concerns \"at least four times\".\n\nInes Duarte, 54, told the court she was ignored.", "Ines Duarte")]
    [InlineData("MARLOW, Tidewater — A 29-year-old man told a jury on Tuesday that he had \"never fired a gun\".\n\nTomas Brandt, also known as \"Bulla\", is on trial with four other men.", "Tomas Brandt")]
    [InlineData("A former hospital chief executive told an inquiry she had been \"kept in the dark\".\n\nInes Duarte, who ran the hospital until last year, said reports never reached her.", "Ines Duarte")]
    [InlineData("A bus driver told a jury on Tuesday that he heard a police officer shout \"Get down! Get down now!\" seconds before shots were fired.\n\nTomas Brandt, 52, said he had been waiting to start his shift.", "police officer")]
    [InlineData("A woman told the court she had been \"terrified\".\n\nTomas Brandt, 52, said he had been waiting to start his shift.", "woman")]
    [InlineData("Police said on Monday that a witness had described the car as \"very fast\".\n\nTomas Brandt, 52, said he had seen it.", "witness")]
    [InlineData("A discharged Halden councillor says the rates rise will be worth it to get \"the city we all want\".\n\nHowever, Ines Duarte was left clapping by herself at the meeting.", "Ines Duarte")]
    [InlineData("A Florida man who says he has found a \"cure for ageing\" was arrested.\n\nTomas Brandt, 52, was held overnight.", "Tomas Brandt")]
    public void A_person_a_lead_opens_with_an_indefinite_role_noun_is_the_one_named_first_in_the_next_paragraph(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[0].Speaker);

    [Theory]
    [InlineData("Growers should be \"patient,\" the head of the Tidewater Farmers' Union said on Monday.\n\nInes Duarte said members would meet again.", "Ines Duarte")]
    [InlineData("The CEO of software company Brightline Systems said he was \"deeply sorry\" for the outage.\n\nTomas Brandt said a fix had been deployed.", "Tomas Brandt")]
    [InlineData("The chief executive of Halden Bank said the loss was \"painful\" for staff.\n\nInes Duarte, who took over in May, said the bank would recover.", "Ines Duarte")]
    [InlineData("Growers should be \"patient,\" a member of the Tidewater Farmers' Union said on Monday.\n\nInes Duarte said members would meet again.", "Tidewater Farmers' Union")]
    [InlineData("Growers should be \"patient,\" the head of the Tidewater Farmers' Union said on Monday.\n\nThe union has 4,000 members. Ines Duarte said they would meet again.", "Tidewater Farmers' Union")]
    [InlineData("Growers should be \"patient\".\n\nThe head of the Tidewater Farmers' Union said on Monday that \"prices will recover\".\n\nInes Duarte said members would meet again.", "Tidewater Farmers' Union")]
    public void A_body_s_head_in_the_lead_is_the_one_named_first_in_the_next_paragraph(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("\"We will rebuild,\" Tomas Brandt, Halden campaign co-chair, said.", "Tomas Brandt")]
    [InlineData("\"We will rebuild,\" Tomas Brandt, board chair, told reporters.", "Tomas Brandt")]
    [InlineData("\"We will rebuild,\" the vice-chair said.", "vice-chair")]
    [InlineData("\"We will rebuild,\" a co-founder said.", "co-founder")]
    public void A_chair_and_a_role_shared_are_a_person_s_role_nouns(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Tomas Brandt, a nurse, says the hardest part is rationing. \"We decide who,\" he says.\n\nAt a settlement near the river, a farmworker waiting with his daughter says the van is the only care. \"Without the doctor, we would go to the hospital,\" he says.", "farmworker")]
    [InlineData("\"The site is unsafe,\" a steelworker said.", "steelworker")]
    public void A_worker_named_in_one_word_by_what_they_work_at_is_a_person_s_role_noun(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("A year after the earthquake, Ayşe Yılmaz still sleeps in her clothes.\n\n\"If it shakes, I want to run,\" said Yılmaz, 36, a pharmacist who was pulled from the rubble.\n\n\"That we are still here,\" the pharmacist said.", "Ayşe Yılmaz")]
    [InlineData("A year after the earthquake, Ayşe Yılmaz still sleeps in her clothes.\n\n\"If it shakes, I want to run,\" said Yılmaz, a pharmacist.\n\n\"That we are still here,\" the pharmacist said.", "Ayşe Yılmaz")]
    public void A_role_in_apposition_to_a_surname_the_text_introduced_links_to_that_person(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Committee chair Marta Kowalska was unmoved. \"Nobody here runs an app used by millions,\" the Polish MEP said. French MEP Hélène Marchand pressed Lindgren on the app.", "Marta Kowalska")]
    [InlineData("French MEP Hélène Marchand pressed Lindgren on the app. \"Nobody here runs an app used by millions,\" the French MEP said.", "Hélène Marchand")]
    public void A_title_after_a_nationality_stands_for_a_holder_of_that_nationality(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Showing support for research, Gordon Brown will today map out the scheme. At the launch of a cancer centre, the Prime Minister will say: \"Scientific knowledge is growing rapidly.\"", "Gordon Brown")]
    public void A_title_no_one_is_named_with_stands_for_the_person_he_or_she_would(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The one person who watched calmly was Tomas Brandt. \"We played well,\" said the South Africa coach.", "Tomas Brandt")]
    [InlineData("Paolo Benedetti admitted his side had been second best. \"We didn't win a tackle,\" the England manager said.", "Paolo Benedetti")]
    public void A_coach_or_manager_of_a_named_team_stands_for_the_person_he_or_she_would(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The ambassador to the United States said the plan was \"bold\".", "ambassador to the United States")]
    [InlineData("Tidewater's envoy to Portvale said the plan was \"bold\".", "envoy to Portvale")]
    [InlineData("\"It is bold,\" said Tidewater's ambassador to Portvale, Ines Duarte.", "Ines Duarte")]
    public void A_role_held_toward_a_place_speaks_as_itself_or_as_the_person_in_apposition(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tidewater's new ambassador to the U.S. Kenji Moto told reporters the ties were \"in a run-in period\".", "Kenji Moto")]
    [InlineData("Ambassador to the United States Kenji Moto said the ties were \"stable\".", "Kenji Moto")]
    [InlineData("Tidewater Ambassador to the United States Kenji Moto spoke. \"We want stable ties,\" the ambassador said.", "Kenji Moto")]
    [InlineData("Head of the Atomic Energy Organization of Tidewater Ali Kenji Moto said the plant was \"safe\".", "Ali Kenji Moto")]
    public void A_person_after_the_place_or_body_of_a_title_is_named_whole(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Tom Hale, a 45-year-old teacher, was injured. The teacher said the blast was \"deafening\".", "Tom Hale")]
    [InlineData("Tom Hale, a 45-year-old teacher, was injured. \"It was deafening,\" the teacher said.", "Tom Hale")]
    public void An_age_before_the_role_noun_of_an_appositive_describes_the_role_too(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Tidewater Civic Society said it was disappointed. \"We will consider our options,\" a spokesman said.", "Tidewater Civic Society")]
    [InlineData("The Welsh Government said it had cut the longest waits. \"We are determined to go further,\" a spokesperson said.", "Welsh Government")]
    [InlineData("Ines Duarte said she was disappointed. \"We will consider our options,\" a spokesman said.", "spokesman")]
    public void A_bare_spokesperson_speaks_for_the_body_the_sentence_before_has_as_subject(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A former associate, who asked not to be named, said the culture had been \"all billable hours\".", "former associate")]
    [InlineData("\"I have never seen anything like it,\" one woman, who asked not to be named, told the BBC.", "woman")]
    [InlineData("One viewer wrote on X: \"Nana Pepper for President.\"", "viewer")]
    [InlineData("One Abidjan-based exporter said stocks were low. \"Everybody is fighting for the same beans,\" the exporter said.", "Abidjan-based exporter")]
    public void People_of_trade_and_audiences_speak_unnamed(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Police searching for the girl say they are \"increasingly concerned\" for her welfare.", "Police")]
    [InlineData("Investigators examining the wreck of the ferry said the hull was \"badly corroded\".", "Investigators")]
    public void A_role_noun_before_a_participle_s_phrase_is_the_subject_not_the_noun_that_ends_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_role_word_before_an_ing_noun_is_an_adjective_that_speaks_for_no_one()
        => Assert.NotEqual("official", Assert.Single(Quotes(
            "According to an official mailing list post from Jo Lee, Tidewater was chosen because of the \"strong team\" behind the bid.")).Speaker);

    [Theory]
    [InlineData("One diplomat described the mood among member states as \"cautious, to put it kindly\".", "diplomat")]
    [InlineData("One diplomat described the mood in recent reports as \"cautious\".", "diplomat")]
    public void A_speech_verb_form_after_a_preposition_and_a_modifier_is_a_plural_noun(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("One clash was reported, of a man kicking women who chanted \"Stop Fascism.\"", "women")]
    [InlineData("\"We are tearing ourselves apart,\" a senior ruling party lawmaker said.", "senior ruling party lawmaker")]
    public void A_participle_after_a_role_noun_is_a_verb_but_after_a_modifier_an_adjective(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"The road is closed,\" police said.", "police")]
    [InlineData("\"The road is closed,\" said police.", "police")]
    [InlineData("Investigators said the plane had \"broken into two pieces\".", "Investigators")]
    [InlineData("\"We regret the delay,\" a spokesperson for the Home Office said.", "Home Office")]
    [InlineData("\"We were lucky,\" the couple said.", "couple")]
    [InlineData("\"I'm thrilled,\" the two-time Olympic champion told reporters.", "two-time Olympic champion")]
    [InlineData("\"We regret the delay,\" said a spokesperson for the Home Office.", "Home Office")]
    [InlineData("Relatives gathered outside the court. One man told the Tidewater Courier \"They knew the ship was unsafe.\"", "man")]
    [InlineData("\"They knew the ship was unsafe,\" said a woman outside the court.", "woman")]
    [InlineData("\"The site is safe,\" said a spokesman at the Tidewater Trust.", "Tidewater Trust")]
    [InlineData("\"The site is safe,\" said an official from the Tidewater Trust.", "Tidewater Trust")]
    [InlineData("\"The site is safe,\" a spokesman at the Tidewater Trust said.", "Tidewater Trust")]
    [InlineData("\"The runway is closed,\" said a spokesman for Heathrow Airport.", "Heathrow Airport")]
    [InlineData("A spokeswoman at the Grand Hotel said, \"Nobody was hurt.\"", "Grand Hotel")]
    [InlineData("\"The site is a disgrace,\" the company's boss said.", "boss")]
    [InlineData("The storm, which forecasters called \"a once-in-a-generation event\", hit on Monday.", "forecasters")]
    [InlineData("\"The storm will pass,\" one meteorologist said.", "meteorologist")]
    [InlineData("The band announced the split on Facebook, writing: \"It's been an incredible journey.\"", "band")]
    [InlineData("The authors caution that the study was \"observational\".", "authors")]
    [InlineData("The defence said the evidence was \"flimsy\".", "defence")]
    [InlineData("The coastguard said conditions were \"treacherous\".", "coastguard")]
    [InlineData("But \"there are signs of life,\" the navy said in a statement.", "navy")]
    [InlineData("The marines said the base was \"secure\".", "marines")]
    [InlineData("A spokesperson for the drugmaker said it was \"confident in the data\".", "drugmaker")]
    public void A_role_noun_is_the_speaker_when_no_name_is_given(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The deal is \"very close,\" two people familiar with the matter said.", "people")]
    [InlineData("The deal is \"very close,\" said two people familiar with the matter.", "people")]
    [InlineData("The deal is \"very close,\" a source close to the police said.", "source")]
    [InlineData("The deal is \"very close,\" a person briefed on the talks told Reuters.", "person")]
    [InlineData("According to a senior official familiar with the talks, the deal is \"very close.\"", "senior official")]
    [InlineData("A source close to Jo Lee told CNN the deal was \"dead.\"", "source")]
    [InlineData("The deal is \"dead,\" a source close to Jo Lee told CNN.", "source")]
    [InlineData("People close to Jo Lee said the deal was \"dead.\"", "People")]
    [InlineData("An aide to Jo Lee said the deal was \"dead.\"", "aide to Jo Lee")]
    [InlineData("A senior aide to the president said the deal was \"dead.\"", "senior aide to the president")]
    [InlineData("\"The deal is dead,\" an adviser to the Tidewater team told the Courier.", "adviser to the Tidewater team")]
    public void An_unnamed_source_described_by_what_it_knows_is_the_speaker(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"The talks were constructive,\" said a Libyan official.", "Libyan official")]
    [InlineData("\"The government does injustice to our people,\" said a Uyghur student.", "Uyghur student")]
    [InlineData("\"The monastery was closed,\" said a Tibetan monk.", "Tibetan monk")]
    [InlineData("\"The talks were constructive,\" said the German official on Monday.", "German official")]
    [InlineData("Iraqi officials met on Monday. \"The talks were constructive,\" said one senior Iraqi official.", "senior Iraqi official")]
    [InlineData("The fire broke out at noon. \"It all happened very quickly,\" said the British police.", "British police")]
    [InlineData("The fire broke out at noon. \"It all happened very quickly,\" said a British tourist.", "British tourist")]
    [InlineData("Debris was found. \"Discussions will be held,\" said the Malaysian transport ministry.", "Malaysian transport ministry")]
    [InlineData("Debris was found. \"Talks will be held,\" said the Malaysian port authority in a statement.", "Malaysian port authority")]
    [InlineData("Debris was found. \"Discussions will be held,\" said the Chinese foreign ministry.", "Chinese foreign ministry")]
    public void A_nationality_before_a_role_noun_after_the_verb_describes_it(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("\"It is what we think it is,\" said a senior CIA official.", "senior CIA official")]
    [InlineData("\"We lacked game management,\" said the Leinster head coach.", "Leinster head coach")]
    [InlineData("\"It is what we think it is,\" said a U.S. intelligence official.", "U.S. intelligence official")]
    [InlineData("The Hovind ministry was raided. According to an IRS agent, \"Hovind has moved money\".", "IRS agent")]
    [InlineData("\"They should crack down,\" said a Han woman.", "Han woman")]
    [InlineData("\"It is what we think it is,\" said a CIA spokesman.", "CIA")]
    public void A_body_s_or_people_s_name_after_a_determiner_describes_the_role_noun_after_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"Of course it is dangerous,\" said an Indonesian government volcanologist, Ines Subandriyo.")]
    [InlineData("\"Of course it is dangerous,\" said a British scientist, Ines Subandriyo.")]
    public void A_person_in_apposition_to_a_description_that_opens_with_a_nationality_speaks(string body)
        => Assert.Equal("Ines Subandriyo", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"Of course it is dangerous,\" said an Indonesian government volcanologist, Subandriyo.", "Subandriyo")]
    [InlineData("\"Of course it is dangerous,\" said an Indonesian government volcanologist, Monday.", "Indonesian government volcanologist")]
    [InlineData("\"Of course it is dangerous,\" said a British government scientist, NASA.", "British government scientist")]
    public void A_name_of_one_word_in_apposition_to_such_a_description_speaks_when_it_closes_the_clause(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"People are losing homes,\" said Republican state senator Abel Maldonado.", "Abel Maldonado")]
    [InlineData("\"People are losing homes,\" said state senator Abel Maldonado.", "Abel Maldonado")]
    [InlineData("A state government source said the trip could be \"postponed if the weather does not allow it.\"", "state government source")]
    [InlineData("Officials state the plan was \"reckless\".", "Officials")]
    public void State_before_a_noun_of_a_role_or_a_body_is_its_modifier_no_verb(string body, string? speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Ofcom is currently \"in the process of assessing those complaints\", according to a spokesperson.", "Ofcom")]
    [InlineData("The Tidewater Trust denied the claim, a spokesman said, calling it \"pure fiction\".", "Tidewater Trust")]
    [InlineData("Tomas Brandt is \"in the process of assessing those complaints\", according to a spokesperson.", "spokesperson")]
    [InlineData("The Tidewater Centre for Disease Control said it had sent a team. \"We are ready to help,\" an agency spokesperson said in an email.", "Tidewater Centre for Disease Control")]
    [InlineData("Tomas Brandt said he had sent a team. \"We are ready to help,\" an agency spokesperson said in an email.", "agency spokesperson")]
    [InlineData("Wikinews contacted the ministry for comment. A spokesperson said the matter was \"under review\".", "spokesperson")]
    [InlineData("The Tidewater Courier asked Acme Corp about the report. A spokesperson said the matter was \"under review\".", "Acme Corp")]
    [InlineData("The Tidewater Renters Union urged ministers to act.\n\nA spokesperson said: \"Renters are facing a crisis.\"", "Tidewater Renters Union")]
    [InlineData("The Tidewater Renters Union (TRU) urged ministers to act.\n\nThe union warned that the plans could fail.\n\nA spokesperson said: \"Renters are facing a crisis.\"", "Tidewater Renters Union")]
    [InlineData("The Tidewater Renters Union (TRU) urged ministers to act.\n\nBut the union warned that the plans could fail.\n\nA spokesperson said: \"Renters are facing a crisis.\"", "Tidewater Renters Union")]
    [InlineData("The Tidewater Renters Union (TRU) urged ministers to act.\n\nHowever, the union warned that the plans could fail.\n\nA spokesperson said: \"Renters are facing a crisis.\"", "Tidewater Renters Union")]
    [InlineData("There are 25,000 asylum seekers and 12,000 Afghan refugees in hotels, a total of 37,000, the Tidewater Office also clarified.\n\nA spokesman said: \"The use of hotels is unacceptable.\"", "Tidewater Office")]
    public void A_spokesperson_introduced_with_a_speaks_for_the_body_that_is_the_subject_of_the_sentence_or_the_one_before(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Hazelmere Primary School won Primary School of the Year. A school spokesperson said: \"We are honoured.\"", "Hazelmere Primary School")]
    [InlineData("The school won Primary School of the Year. A school spokesperson said: \"We are honoured.\"", "school spokesperson")]
    [InlineData("The club was named Community Club of the Month. A club spokesperson said: \"We are honoured.\"", "club spokesperson")]
    public void An_award_s_title_names_no_body_for_a_spokesperson(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"It all happened very quickly,\" the British said.")]
    [InlineData("\"It all happened very quickly,\" said the British in a statement.")]
    public void A_nationality_that_is_only_an_adjective_is_no_person(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"Our estimate is lower,\" one nuclear official said.", "nuclear official")]
    [InlineData("Forest officials suggested the animal was \"a pig\".", "Forest officials")]
    [InlineData("\"This is a moment of sheer joy,\" the Badr-6 programme manager said.", "Badr-6 programme manager")]
    [InlineData("\"It will take a week,\" two local officials said.", "local officials")]
    [InlineData("Fifty former intelligence officials called the story \"a smear\".", "former intelligence officials")]
    [InlineData("\"It will take a week,\" yesterday officials said.", "officials")]
    [InlineData("\"It is sad,\" an anonymous source told the paper.", "source")]
    [InlineData("\"It is sad,\" a fellow protester said.", "protester")]
    [InlineData("\"The lane is closed,\" the same protester went on to say.", "protester")]
    public void A_nominal_speaker_keeps_the_modifiers_written_before_its_noun(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A parliamentary report blamed the owners. The report said the ferry had sailed \"despite serious defects\".", "parliamentary report")]
    [InlineData("\"The ferry had serious defects,\" the report said.", "report")]
    [InlineData("The Harbour Agency published a report on Monday. \"The ferry had serious defects,\" the report said.", "Harbour Agency")]
    [InlineData("\"The ferry had serious defects,\" the statement said.", null)]
    public void A_report_whose_author_is_not_named_speaks_as_itself(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("An official statement said the talks were \"constructive\".", null)]
    [InlineData("According to the official report, the three hostages \"all suffered fatal wounds\".", null)]
    [InlineData("The strike was \"a success\", according to an official statement.", null)]
    [InlineData("The official said the strike was \"a success\".", "official")]
    [InlineData("The strike was \"a success\", according to a police statement.", "police")]
    public void Official_before_a_document_noun_is_an_adjective_not_a_speaker(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("“We are appealing for witnesses,” Gardaí said.", "Gardaí")]
    [InlineData("Local gardaí said they were \"appealing for witnesses\".", "Local gardaí")]
    public void Irish_police_speak_as_a_group(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Many protesters said the new cabinet did little. \"We want a complete change,\" one said.", "protester")]
    [InlineData("Residents were angry on Monday. \"We were never told,\" one said.", "resident")]
    [InlineData("Two witnesses saw the crash. \"It was terrible,\" one told reporters.", "witness")]
    [InlineData("Two eyewitnesses described the blast. \"It was loud,\" one said.", "eyewitness")]
    [InlineData("Residents gathered outside the hall. \"We have had enough,\" said one of the homeowners.", "homeowner")]
    public void One_of_the_group_named_just_before_speaks_as_one_of_them(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void One_of_several_groups_holding_a_sign_is_not_one_person()
        => Assert.NotEqual("campaigner", Assert.Single(Quotes("Outside, rival groups of campaigners stood apart. One held a banner reading \"My Life, My Choice\".")).Speaker);

    [Theory]
    [InlineData("Furthermore, the armed wing of Harbour Front claimed in a statement, \"We hold the port.\"", "Harbour Front")]
    [InlineData("The youth wing of the Tidewater Party said the plan was \"a betrayal\".", "Tidewater Party")]
    public void A_wing_of_a_named_body_speaks_as_the_body(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("An official in Marlow said the crowd was \"peaceful\".", "official")]
    [InlineData("A police officer in Marlow told reporters the crowd was \"peaceful\".", "police officer")]
    [InlineData("\"The whole of Marlow is ablaze,\" said a resident of Marlow, a small township.", "resident")]
    [InlineData("\"The crowd was peaceful,\" said the mayor of Marlow.", "mayor of Marlow")]
    [InlineData("The man accused of killing a taxi owner in Marlow told him \"the job is done\" after the shooting.", null)]
    [InlineData("\"My whole class vapes,\" one student in the port city of Marlow told the broadcaster ETV.", "student")]
    public void One_person_named_by_a_role_and_a_place_speaks_as_that_role(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Residents on the island of Marlow said they saw a \"low flying jet\".")]
    [InlineData("On the day the plane went missing, residents on the small Harbour island of Marlow claimed to have seen a \"low flying jet\".")]
    public void A_group_before_a_phrase_of_place_that_names_its_place_after_of_speaks(string body)
        => Assert.Equal("residents", Assert.Single(Quotes(body)).Speaker, ignoreCase: true);

    [Theory]
    [InlineData("Residents of a housing estate in northern Marlow said they were \"living in a war zone\".", "Residents")]
    [InlineData("A neighbour on Parkside Avenue in Marlow said: \"We never think it is going to be next door.\"", "neighbour")]
    public void A_role_before_a_phrase_that_names_its_place_after_in_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"Flights will resume,\" said a spokesman for the budget airline Skyhop.", "Skyhop")]
    [InlineData("\"Flights will resume,\" said a spokesman for the airline Skyhop.", "Skyhop")]
    [InlineData("\"We are ready,\" said a spokesman for the Russian foreign ministry.", "Russian foreign ministry")]
    public void A_spokesperson_after_the_verb_speaks_for_the_body_after_its_descriptors(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Seven sailors died, according to a statement issued by President Tomas Brandt's office.\n\n\"The search goes on,\" the statement explained.", "Tomas Brandt")]
    [InlineData("Seven sailors died, according to a statement issued by the Harbour Agency.\n\n\"The search goes on,\" the statement said.", "Harbour Agency")]
    [InlineData("Parents came to hear a statement by Tidewater Council.\n\nThe governors said the statement issued tonight by Ms Duarte did not reflect the meeting.\n\nThe statement said a meeting will be held to \"have some more open dialogue\".", "Duarte")]
    public void The_statement_speaks_by_its_author_after_a_participle_of_making_it_public(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Her relatives confirmed her death.\n\n\"We are heartbroken,\" the family's statement read.\n\nIn Norway, she was known for the series \"The Harbour\".\n\nThe statement continued, \"Lina was a singer of rare gifts.\"", "family")]
    [InlineData("The airline gave an update.\n\n\"Ten travellers have gone home,\" Nordair's statement read.\n\nSeveral media reports said the travellers were taken to clinics.\n\nThe statement continued, \"The jet touched down safely.\"", "Nordair")]
    public void A_statement_its_owner_made_speaks_for_the_owner_again_two_paragraphs_on(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("In a statement to a magazine, Tomas Brandt's niece, Arla Penwright, said his death was a shock.\n\n\"My uncle was a kind man,\" the statement reads.")]
    [InlineData("Tomas Brandt's niece, Arla Penwright, issued a statement.\n\n\"My uncle was a kind man,\" the statement reads.")]
    public void A_statement_speaks_for_the_person_in_apposition_to_the_relation_who_made_it(string body)
        => Assert.Equal("Arla Penwright", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("This week the Harbour Agency released the 2012 Ferry Safety Report on Coastal Shipping.\n\nThe report notes that \"most ferries are old\".", "Harbour Agency")]
    [InlineData("On Friday, nine agencies within the government jointly issued the Ferry Safety Report.\n\nThe report notes, \"Most ferries are old.\"", "Ferry Safety Report")]
    [InlineData("The Harbour Agency report claims the port is unsafe.\n\nIt was written over a year.\n\nThe staff were not consulted.\n\nThe report advises \"an end to night shifts\".", "Harbour Agency")]
    [InlineData("This week the Harbour Agency released the 2012 Ferry Safety Report.\n\nIt was written over a year.\n\nThe staff were not consulted.\n\nThe report calls the port a \"success\".", "Harbour Agency")]
    public void The_report_the_text_named_speaks_by_its_author_or_by_its_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte died on Monday. Duarte's animal foundation said she had been in \"excellent health\".\n\nShe founded the Ines Duarte Animal Foundation in 1978.", "Ines Duarte Animal Foundation")]
    [InlineData("The party's youth wing met on Monday. \"The media are biased,\" the youth league said.", "youth league")]
    [InlineData("The Tidewater Rugby League fined the club. \"The decision is final,\" the league said.", "Tidewater Rugby League")]
    [InlineData("Ines Duarte died on Monday. Duarte's foundation said she had been in \"excellent health\".", "foundation")]
    [InlineData("The Tidewater Commission cancelled the debate. In a statement, the commission said, \"The debate is off.\"", "Tidewater Commission")]
    [InlineData("The Marlow Town Council met on Monday. \"The road will reopen,\" the council said.", "Marlow Town Council")]
    public void A_league_foundation_association_or_commission_speaks_as_the_body_the_text_names(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A doctor at the Tidewater Hospital said the patient was \"stable\".", "doctor")]
    [InlineData("Protesters from the Tidewater University chanted \"no more cuts\".", "Protesters")]
    [InlineData("An anonymous source at the Department of Harbour Security said the plan was \"dead\".", "source")]
    [InlineData("An official at the Tidewater Trust said the plan was \"dead\".", "Tidewater Trust")]
    [InlineData("A doctor at the Tidewater Resort said the patient was \"stable\".", "doctor")]
    [InlineData("A crowd at Marlow Park chanted \"no more cuts\".", "crowd")]
    [InlineData("An analyst at Tidewater Capital said the cut was \"bigger than feared\".", "analyst")]
    public void Someone_at_the_named_body_speaks_as_themselves_an_official_for_the_body(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Analysts at Tidewater Capital said in a note to clients that the cut was \"bigger than feared\".", "Tidewater Capital")]
    [InlineData("\"Laptops may move faster,\" analysts at Goldman Sachs wrote in a note to clients.", "Goldman Sachs")]
    [InlineData("\"Laptops may move faster,\" analysts at Marlow wrote in a note to clients.", "Marlow")]
    public void A_firm_s_analysts_speak_for_the_firm(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A police statement said the suspect was \"known to officers\".", "police")]
    [InlineData("The company statement described the delay as \"regrettable\".", "company")]
    [InlineData("According to a company statement, the delay was caused by \"technical issues\".", "company")]
    [InlineData("\"The delay was caused by technical issues,\" read a company statement.", "company")]
    [InlineData("\"He was known to officers,\" a police spokesman said.", "police spokesman")]
    public void A_group_noun_before_a_document_noun_owns_it_and_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Leeds City Council closed the library. \"We had no choice,\" a council spokesperson said.", "Leeds City Council")]
    [InlineData("Leeds City Council closed the library.\n\n\"We had no choice,\" said a council spokesman.", "Leeds City Council")]
    [InlineData("Wiltshire Police closed the road.\n\n\"He was known to officers,\" a police spokesman said.", "Wiltshire Police")]
    [InlineData("\"We had no choice,\" a council spokesperson said.", "council spokesperson")]
    [InlineData("No other car was involved, according to Wiltshire Police.\n\nA police spokesperson stated \"The road was closed.\"\n\nA spokesperson for the Tidewater Coach Company said the driver was well.", "Wiltshire Police")]
    [InlineData("A police spokesperson stated \"The road was closed.\"\n\nA spokesperson for the Tidewater Coach Company said the driver was well.", "police spokesperson")]
    public void A_spokesperson_after_a_body_noun_speaks_for_the_body_the_noun_stands_for(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("A BBC correspondent said that \"the best both sides can hope for is calm.\"", "BBC")]
    [InlineData("A BBC correspondent in Cairo said the announcement meant it \"now seems likely that the rule is ending.\"", "BBC")]
    [InlineData("\"The rule is ending,\" said a correspondent for the Tidewater Courier.", "Tidewater Courier")]
    public void A_news_outlet_s_correspondent_speaks_for_the_outlet(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The University of Cape Town suspended a professor. The university said it \"takes all allegations seriously\".", "University of Cape Town")]
    [InlineData("Calder and Ryburn Hospitals NHS Trust saw her late.\n\nThe trust said in a statement that it was \"deeply sorry\".", "Calder and Ryburn Hospitals NHS Trust")]
    [InlineData("Tidewater General Hospital treated six people. \"All are stable,\" the hospital said.", "Tidewater General Hospital")]
    [InlineData("\"All are stable,\" the hospital said.", "hospital")]
    public void An_institution_noun_after_the_stands_for_the_institution_named_before(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Hartley & Finch will close 11 shops.\n\nShoppers were sad. \"This is our hardest decision,\" the retailer said.", "Hartley & Finch")]
    [InlineData("Kestrel Logistics will cut 200 jobs.\n\nDrivers were told on Monday. \"We are sorry,\" the company said.", "Kestrel Logistics")]
    public void A_business_noun_stands_for_the_one_organisation_named_as_a_subject_before(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Kestrel Logistics will cut 200 jobs.\n\n\"We are sorry,\" the logistics company said.", "Kestrel Logistics")]
    [InlineData("The Tidewater Front said its fighters had taken the town. \"It was a victory,\" the militant group said.", "Tidewater Front")]
    [InlineData("The Tidewater Front said its fighters had taken the town. \"It was a victory,\" the Tidewater-based group said.", "Tidewater Front")]
    [InlineData("The Tidewater Front said its fighters had taken the town. \"It was a lie,\" the rival group said.", "rival group")]
    public void A_body_noun_after_the_and_describing_words_stands_for_the_body_named_before(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Software firm Tejas Cloudworks will cut 600 jobs.\n\nThe founder spoke on Monday.\n\nThe company said staff would get \"three months' salary\".", "Tejas Cloudworks")]
    [InlineData("Online lender Brightcap Loans was fined.\n\nThe founder spoke on Monday.\n\n\"We will appeal,\" the firm said.", "Brightcap Loans")]
    [InlineData("The band Kestrel Sound will tour.\n\nThe founder spoke on Monday.\n\n\"We will appeal,\" the company said.", "company")]
    [InlineData("The UCI said the rider had failed a test. His team, Solvane-Brix, said it had suspended him. \"We are shocked,\" the team said.", "Solvane-Brix")]
    public void A_company_firm_or_team_stands_for_the_body_the_text_introduced_with_a_business_noun(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The line was criticised by passenger group Rail Future. \"It was ignored,\" the group said.", "Rail Future")]
    [InlineData("Rights charity Safe Harbour Tidewater called for an inquiry.\n\n\"Lessons must be learnt,\" the charity said.", "Safe Harbour Tidewater")]
    [InlineData("Rail Future, a passenger group, criticised the line. \"It was ignored,\" the group said.", "Rail Future")]
    public void A_group_or_charity_stands_for_the_body_the_text_introduced_with_that_noun(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Folk band Tidewater Drift will tour Europe next spring.\n\n\"We cannot wait,\" the group said.", "Tidewater Drift")]
    [InlineData("Rights watchdog Tidewater Watch urged an inquiry on Friday.\n\nIt was prompted by footage on Al Jazeera.\n\nIn a report, the group alleged: \"Killings go unpunished.\"", "Tidewater Watch")]
    [InlineData("Tidewater Holdings recorded a loss this year.\n\n\"Vaccines are a choice,\" the group said.", "group")]
    public void A_groups_noun_stands_for_the_one_body_the_text_introduced_with_a_bodys_noun(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Shares in Dutch payments company Veldhoven Pay fell 14%.\n\n\"We are disappointed,\" the company said.", "Veldhoven Pay")]
    [InlineData("Brauhof Confectionery, the Swiss maker of chocolate bars, will raise prices.\n\n\"We have absorbed enough,\" the company said.", "Brauhof Confectionery")]
    [InlineData("Celtic have signed Chidi Okafor from Genk, the club announced.\n\n\"We are delighted,\" the club said.", "Celtic")]
    [InlineData("Fenwick Rovers have sacked their manager.\n\n\"We thank him for his work,\" the club said.", "Fenwick Rovers")]
    [InlineData("The regulator fined the social media company Glimmerly EUR 480 million.\n\n\"We will appeal,\" Glimmerly said.", "Glimmerly")]
    public void The_words_around_a_name_that_reads_as_a_persons_make_it_a_body(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Tomas Brandt and Coach Marcell Okafor are expected to arrive on Monday. Okafor said \"It is a whole new experience for me.\"", "Marcell Okafor")]
    [InlineData("Tomas Brandt and Goalkeeper Marcell Okafor were signed on Monday. Okafor said \"It is a whole new experience for me.\"", "Marcell Okafor")]
    [InlineData("Striker Tomas Brandt and Defender Marcell Okafor are expected to play. Okafor said \"It is a whole new experience for me.\"", "Marcell Okafor")]
    public void A_plural_verb_after_a_name_that_and_joins_over_its_title_to_another_leaves_it_a_person(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("\"We print poems now,\" Banahari Okafor, a small publisher on Camac Street, told UPI. \"My readers are happy,\" Okafor said.", "Banahari Okafor")]
    [InlineData("\"He never dated,\" former radio broadcaster Edsel Okafor said of him. \"He was kind,\" Okafor said.", "Edsel Okafor")]
    public void A_noun_of_a_trade_of_people_before_or_after_a_persons_name_leaves_it_a_person(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void An_operator_before_a_name_that_reads_as_a_persons_makes_it_a_body()
        => Assert.Equal(
            "Meridian Terminals",
            Quotes("Terminal operator Meridian Terminals tabled a new offer.\n\n\"This is final,\" the operator said.")[^1].Speaker);

    [Fact]
    public void A_name_in_the_plural_before_a_role_and_a_person_is_the_team_not_a_he()
        => Assert.Equal(
            "Park Ji-ho",
            Quotes("The league has suspended Harwick Ospreys pitcher Park Ji-ho for ten games after he hit a batter.\n\nPark, 29, known to Ospreys fans as \"the Iron Man\", apologised on Monday. \"I am sorry,\" he wrote.")[^1].Speaker);

    [Fact]
    public void The_municipality_is_the_municipality_named_before()
        => Assert.Equal("Drakenvlei Local Municipality", Quotes("The Drakenvlei Local Municipality evicted 40 families.\n\nIn a statement, the municipality said it \"respects the court\".")[^1].Speaker);

    [Theory]
    [InlineData("Thornbury Bank was fined by the Financial Conduct Authority.\n\n\"Its controls were weak,\" the regulator said.", "Financial Conduct Authority")]
    [InlineData("HM Coastguard sent a helicopter. The pair were \"cold but uninjured\", the coastguard said.", "HM Coastguard")]
    [InlineData("Western Isles Ferries cancelled all sailings. \"Safety comes first,\" a spokeswoman for the operator said.", "Western Isles Ferries")]
    public void A_regulator_a_coastguard_or_a_ferry_operator_is_the_body_named_before(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Astronomers have found a new planet.\n\n\"It is remarkable,\" the team said.", "team")]
    [InlineData("The company Jo Lee founded will close.\n\n\"We are sorry,\" Lee said.", "Jo Lee")]
    [InlineData("Harris and Lee have quit.\n\n\"We are sorry,\" the club said.", "club")]
    public void A_plural_common_noun_a_given_name_or_a_pair_gives_no_body(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Hartley & Finch and Tidewater Foods will merge.\n\nShoppers were sad. \"This is our hardest decision,\" the retailer said.", "retailer")]
    [InlineData("The Ministry of Health closed the clinic.\n\nPatients were sad. \"This is our hardest decision,\" the company said.", "company")]
    [InlineData("The BBC reported the closure.\n\nShoppers were sad. \"This is our hardest decision,\" the retailer said.", "retailer")]
    public void A_business_noun_takes_no_body_when_two_or_only_a_public_body_or_an_outlet_were_named(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The government of Tidewater said the president had died \"with great sorrow\".")]
    [InlineData("\"We are in mourning,\" said the government of Tidewater.")]
    [InlineData("The government of Tidewater closed schools on Monday.\n\n\"We are in mourning,\" the government said.")]
    [InlineData("The government of Tidewater closed schools on Monday. The government statement called the loss \"immense\".")]
    public void A_government_named_by_its_country_speaks_by_that_name_here_and_later(string body)
        => Assert.Equal("government of Tidewater", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_government_no_country_names_stays_the_role_noun()
        => Assert.Equal("government", Assert.Single(Quotes("\"We are in mourning,\" the government said.")).Speaker);

    [Theory]
    [InlineData("Ines Duarte, 29, won gold in the 400m. \"I can't believe it,\" the Olympic champion said.", "Ines Duarte")]
    [InlineData("Tomas Brandt won the title on Sunday. \"It's a dream,\" the champion told reporters.", "Tomas Brandt")]
    [InlineData("Tomas Brandt starred in the film. \"I loved it,\" the actress said.", "actress")]
    [InlineData("Police arrested Tomas Brandt on Monday. \"We found drugs,\" the officer said.", "officer")]
    [InlineData("Tomas Brandt won the title on Sunday. \"It's a dream,\" a champion told reporters.", "champion")]
    [InlineData("Ines Duarte found the moon on Tuesday. The astronomer also said, \"This is an unstable situation.\"", "Ines Duarte")]
    [InlineData("Tomas Brandt led the study. \"The sample was small,\" the economist said.", "Tomas Brandt")]
    [InlineData("Tomas Brandt scored twice. The Tidewater international said it was \"a dream\".", "Tomas Brandt")]
    [InlineData("Tomas Brandt scored twice. \"It was a dream,\" the forward said.", "Tomas Brandt")]
    [InlineData("England captain Tomas Brandt missed the match. \"It was a dream,\" said the all-rounder.", "Tomas Brandt")]
    [InlineData("Tomas Brandt took five wickets. \"It was a dream,\" the spinner said.", "Tomas Brandt")]
    [InlineData("Ines Duarte won in straight sets. \"It was a dream,\" said the golfer.", "Ines Duarte")]
    [InlineData("The show has brought Ines Duarte fame, and the kooky contestant has admitted it was \"horrendous\".", "Ines Duarte")]
    [InlineData("Ines Duarte posted the video in February. \"It made my life hard,\" the teenager said.", "Ines Duarte")]
    [InlineData("Ines Duarte looked out her window. \"That whole canyon was on fire,\" the nurse, 33, said.", "Ines Duarte")]
    [InlineData("Ines Duarte looked out her window. \"That whole canyon was on fire,\" the certified nursing assistant, 33, said.", "Ines Duarte")]
    [InlineData("Ines Duarte looked out her window. \"That whole canyon was on fire,\" the nursing assistant said.", "nursing assistant")]
    public void A_definite_epithet_that_names_no_one_stands_for_the_person_she_or_he_would(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Karl Berg visited one of the drivers in hospital.\n\nBerg said the driver had also told him: \"I did everything by the book.\"", "driver")]
    [InlineData("Tomas Brandt won the title on Sunday, and the champion told reporters: \"It's a dream.\"", "Tomas Brandt")]
    public void An_epithet_after_the_verb_of_the_one_who_reports_is_someone_else(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Paolo Benedetti admitted his side had been second best. \"We didn't win a tackle,\" the coach told BBC Radio Bristol.", "Paolo Benedetti")]
    [InlineData("Paolo Benedetti admitted his side had been second best. \"We didn't win a tackle,\" the manager said.", "Paolo Benedetti")]
    [InlineData("Paolo Benedetti thanked the team. \"This is a moment of sheer joy,\" the Badr-6 programme manager said.", "Badr-6 programme manager")]
    [InlineData("Paolo Benedetti thanked the team. \"This is a moment of sheer joy,\" the assistant coach said.", "assistant coach")]
    public void A_team_s_coach_or_manager_is_an_epithet_only_with_no_modifier(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tom Hale scored twice, and his coach was delighted. \"He was outstanding,\" the coach said.", "coach")]
    [InlineData("Ines Duarte won the title. Her mother wept in the stands. \"I am so proud,\" the mother said.", "mother")]
    public void An_epithet_written_before_after_his_or_her_is_someone_of_the_person_s_not_the_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The parish priest of Pichilemu said that \"the celebrations were quite stupendous\".", "parish priest of Pichilemu")]
    [InlineData("\"The celebrations were stupendous,\" the mayor of Tidewater said.", "mayor of Tidewater")]
    [InlineData("The governor of Tidewater said the storm was \"the worst in a century\".", "governor of Tidewater")]
    [InlineData("\"The whole town is ablaze,\" said a resident of Kinglake, a small township north of Melbourne.", "resident")]
    [InlineData("Protesters marched. The mayor of Tidewater, Ines Duarte, tweeted, \"Here in Tidewater, thousands have come.\"", "Ines Duarte")]
    public void One_person_named_by_an_office_and_its_place_speaks_named_with_the_place(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The family friend described Ines Duarte as \"mother of the year.\"", "family friend")]
    [InlineData("A friend said the boy was \"always smiling.\"", "friend")]
    [InlineData("\"He was a strong swimmer,\" his friends said.", "friends")]
    [InlineData("Her husband said a consultant had told the couple that \"someone should have caught this.\"", "consultant")]
    public void A_friend_or_a_consultant_unnamed_speaks_as_such(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("An Israeli spokesman said the plan was \"dead\".", "Israeli spokesman")]
    [InlineData("\"The plan is dead,\" a Russian spokesman said.", "Russian spokesman")]
    public void A_nationality_before_a_spokes_noun_describes_the_spokesperson(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The British mission said it would press for the resolution to be \"implemented in full.\"", "British mission")]
    [InlineData("The Tidewater consulate said the visas were \"under review.\"", "Tidewater consulate")]
    public void A_state_s_mission_or_consulate_speaks_as_a_body(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_role_noun_before_another_noun_is_no_speaker()
        => Assert.Null(Assert.Single(Quotes("According to an official mailing list post, the team was \"strong and organized\".")).Speaker);

    [Theory]
    [InlineData("\"It will take a week,\" officials in Tidewater said.", "officials")]
    [InlineData("\"It will take a week,\" police in Tidewater said.", "police")]
    [InlineData("\"It will take a week,\" residents of the Marlow Valley told reporters.", "residents")]
    [InlineData("\"It will take a week,\" said officials in Tidewater.", "officials")]
    [InlineData("The storm hit on Monday. Officials in Tidewater said \"the port is closed.\"", "Officials")]
    [InlineData("Police in Tidewater said \"the port is closed.\"", "Police")]
    [InlineData("Officials in southern Tidewater said the strike was \"a massacre\".", "Officials")]
    [InlineData("\"It will take a week,\" officials in north-eastern Tidewater said.", "officials")]
    [InlineData("The storm hit on Monday. Residents of Tidewater told the Courier \"the port is closed.\"", "Residents")]
    [InlineData("\"The site was safe,\" representatives of Tidewater said.", "representatives")]
    [InlineData("\"The site was safe,\" lawyers of Ines Duarte said.", "lawyers")]
    [InlineData("Lawyers for the state argued that the clinic was \"financially unsustainable.\"", "Lawyers")]
    [InlineData("Lawyers for Ines Duarte argued that the clinic was \"financially unsustainable.\"", "Lawyers")]
    [InlineData("\"The clinic is unsustainable,\" lawyers for the family said.", "lawyers")]
    [InlineData("\"He is deeply remorseful,\" solicitors for Tomas Brandt said.", "solicitors")]
    [InlineData("\"We are devastated,\" the family of Ines Duarte said.", "family")]
    public void People_named_by_their_place_or_the_person_they_serve_speak_as_the_group(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"It's over,\" one fan said.", "fan")]
    [InlineData("\"It's over,\" said a passer-by.", "passer-by")]
    [InlineData("\"It's over,\" another voter said.", "voter")]
    [InlineData("\"Get out!\" the crowd chanted.", "crowd")]
    [InlineData("\"The final lap was unbearable,\" one spectator said.", "spectator")]
    public void Onlookers_and_the_public_speak_by_their_noun(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_solicitor_speaks_as_a_role_noun()
        => Assert.Equal("solicitor", Assert.Single(Quotes("Tomas Brandt admitted the offence. His solicitor said he was \"deeply remorseful\".")).Speaker);

    [Theory]
    [InlineData("\"It was chaos,\" one of the protesters said.", "protester")]
    [InlineData("One of the victims said the men were \"cruel\".", "victim")]
    [InlineData("\"It's over,\" one of the fans told the Courier.", "fan")]
    public void One_of_a_group_speaks_as_one_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Eight citizens were turned back. One of them told reporters: \"They treated us like hostages.\"")]
    [InlineData("Eight citizens were turned back. \"They treated us like hostages,\" one of them said.")]
    [InlineData("Eight citizens were turned back. \"They treated us like hostages,\" said one of them.")]
    public void One_of_them_is_one_of_the_group_named_just_before(string body)
        => Assert.Equal("citizen", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void One_of_them_after_no_group_of_people_gives_no_speaker()
        => Assert.Null(Assert.Single(Quotes("The storm destroyed three houses. One of them said \"it was awful\".")).Speaker);

    [Theory]
    [InlineData("\"I am angry,\" one of the protestors said according to the newspaper Tidewater Courier.", "protestor")]
    [InlineData("According to the Tidewater Courier, protestors claim the plan is a \"disaster\".", "protestors")]
    [InlineData("Dock strikers marched past the gates. \"No pay, no port!\" the strikers chanted.", "strikers")]
    public void The_plural_of_a_person_s_role_noun_is_a_group_that_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The mother of one of the boys, who cannot be named, said her son had been \"groomed like a pet\".", "mother")]
    [InlineData("The family of one of the victims said it was \"a tragedy\".", "family")]
    [InlineData("The lawyer of one of the drivers said he was \"exhausted\".", "lawyer")]
    public void The_one_whose_relation_is_one_of_a_group_speaks_not_the_group(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"She was a loving daughter,\" said Ines Duarte's family.", "family")]
    [InlineData("Ines Duarte's family released a statement. \"She was a loving daughter,\" the statement said.", "family")]
    [InlineData("Ines Duarte's family released a statement. \"She was a loving daughter,\" they said.", "family")]
    public void A_group_of_a_named_person_speaks_not_the_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The club's statement described Tomas Brandt as \"a true legend\".", "club")]
    [InlineData("\"The plant is safe,\" the ministry's statement said.", "ministry")]
    [InlineData("Harbour Motors recalled 10,000 cars. The company's statement said the cars were \"safe\".", "Harbour Motors")]
    public void A_document_of_a_role_or_group_noun_speaks_for_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The River Agency issued a statement on Monday. \"The dam is safe,\" said the statement.", "River Agency")]
    [InlineData("The River Agency issued a statement on Monday. \"The dam is safe\", read the statement.", "River Agency")]
    [InlineData("\"The dam is safe,\" said the statement.", null)]
    public void A_statement_after_its_verb_speaks_for_who_issued_it(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("In an official release from Harbour Watch International put out Friday, the organization said the port was \"a prison\".", "Harbour Watch International")]
    [InlineData("In a statement by Harbour Watch International, the group said the port was \"a prison\".", "Harbour Watch International")]
    [InlineData("After talks with Harbour Watch International, the organization said the port was \"a prison\".", "organization")]
    public void A_body_s_noun_stands_for_the_author_of_a_document_its_sentence_names(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_relative_of_a_named_person_is_not_that_person()
        => Assert.Equal("mother", Assert.Single(Quotes("\"He was a gentle giant,\" said Tomas Brandt's mother.")).Speaker);

    [Theory]
    [InlineData("\"The patient is stable,\" officials at Tidewater Hospital said.", "Tidewater Hospital")]
    [InlineData("Officials at Tidewater Hospital said the patient was \"stable\".", "Tidewater Hospital")]
    [InlineData("\"The patient is stable,\" a spokesman from Tidewater University said.", "Tidewater University")]
    [InlineData("\"The patient is stable,\" doctors at Tidewater Hospital said.", "doctors")]
    [InlineData("Protesters from Tidewater University chanted \"Shame\".", "Protesters")]
    public void Officials_at_a_named_body_speak_for_it_and_other_people_there_as_themselves(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void People_of_a_named_body_speak_for_it()
        => Assert.Equal("Harbour Ministry", Assert.Single(Quotes("\"The site was safe,\" officials of the Harbour Ministry said.")).Speaker);

    [Fact]
    public void A_role_noun_links_to_the_person_the_article_named_with_that_role()
    {
        const string body = "AU commissioner Albert Muchanga announced the deal.\n\nThe commissioner said, \"We are not done.\"";
        Assert.Equal(("Albert Muchanga", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));
    }

    [Theory]
    [InlineData("The spokesperson said the pier would \"stay shut until spring\".\n\nMira Okafor, the spokesperson, took questions.", "Mira Okafor")]
    [InlineData("Mira Okafor, a spokesperson, met the press.\n\nThe spokesperson said the pier would \"stay shut until spring\".", "Mira Okafor")]
    [InlineData("The actress recalled her first season as \"a long, cold winter\".\n\nActress Mira Okafor left the show in 2001.", "Mira Okafor")]
    [InlineData("The mayor, Mira Okafor, was defiant. \"We have been through worse,\" the mayor said.", "Mira Okafor")]
    [InlineData("A spokeswoman, Mira Okafor, took questions.\n\nThe spokeswoman said the pier would \"stay shut until spring\".", "Mira Okafor")]
    public void A_role_noun_links_to_the_person_named_with_that_role_before_or_after(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Gov. Mira Okafor declared an emergency.\n\n\"If you are told to leave, leave,\" the governor said.")]
    [InlineData("Sen. Mira Okafor (D-Ore.) voted against.\n\n\"The bill is a giveaway,\" the senator told reporters.")]
    [InlineData("Prof. Mira Okafor leads the glacier survey.\n\nThe professor called the results \"alarming\".")]
    [InlineData("Det. Mira Okafor led the inquiry.\n\n\"We need witnesses,\" the detective said.")]
    [InlineData("Cr Mira Okafor revealed the increase at the council meeting.\n\n\"It is a shock,\" the councillor said.")]
    [InlineData("Sgt Mira Okafor found the car.\n\n\"It had been burnt out,\" the sergeant said.")]
    [InlineData("Supt. Mira Okafor leads the inquiry.\n\n\"We need witnesses,\" the superintendent said.")]
    [InlineData("Col Mira Okafor commands the base.\n\nThe colonel called the attack \"cowardly\".")]
    public void A_role_noun_links_to_the_person_named_with_its_abbreviated_title(string body)
        => Assert.Equal("Mira Okafor", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Prime Minister of Tidewater, Mira Okafor, spoke on Monday.\n\n\"We were cut off for weeks,\" the prime minister said.")]
    [InlineData("The mayor of Marlow, Mira Okafor, opened the bridge. \"It is a great day,\" the mayor said.")]
    [InlineData("A former commissioner criticised the road.\n\nThe Commissioner for Works, Engr. Mira Okafor, replied on Monday.\n\n\"The road is not abandoned,\" the commissioner said.")]
    public void A_role_noun_links_to_the_person_in_apposition_after_the_role_and_the_place_or_body_it_is_of_or_for(string body)
        => Assert.Equal("Mira Okafor", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Mira Okafor, mayor of Tidewater, spoke to reporters.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, the city's mayor, spoke to reporters.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, 45, a former mayor, spoke to reporters.\n\n\"We are not going anywhere,\" the former mayor said.")]
    [InlineData("Mira Okafor, who is the mayor of Tidewater, spoke to reporters.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor is the mayor of Tidewater.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor was elected mayor in 2010.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor has been mayor since 2010.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor has been the mayor since 2010.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, the company's chief executive, spoke.\n\n\"We are not going anywhere,\" the executive said.")]
    [InlineData("Mira Okafor, Tidewater's foreign minister, arrived.\n\n\"We are ready,\" the foreign minister said.")]
    [InlineData("Mira Okafor, the acting mayor, spoke to reporters.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, the newly elected mayor, spoke to reporters.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, the Tidewater striker, scored twice. \"We played well,\" the striker said.")]
    [InlineData("Mira Okafor, Tomas Brandt's lawyer, spoke.\n\n\"He is innocent,\" the lawyer said.")]
    public void A_role_noun_links_to_the_person_an_appositive_or_a_copula_gives_that_role(string body)
        => Assert.Equal("Mira Okafor", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Mira Okafor, who met the mayor on Monday, was hopeful.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, a friend of the mayor, was hopeful.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, the mayor's wife, was hopeful.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, whose father is the mayor, was hopeful.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor is suing the mayor.\n\n\"We are not going anywhere,\" the mayor said.")]
    [InlineData("Mira Okafor, who defeated the mayor, spoke to reporters.\n\n\"We are not going anywhere,\" the mayor said.")]
    public void A_role_noun_another_word_relates_to_the_person_stays_the_role(string body)
        => Assert.Equal("mayor", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_capitalised_role_in_a_list_of_titled_names_describes_no_one_before_it()
    {
        const string body = "Speakers included Mayor of Tidewater Ines Duarte, Labour MP (Member of Parliament) Tom Hale and others.\n\n"
            + "One MP told the BBC, \"We know that millions wanted to stay.\"";
        Assert.Equal("MP", Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void A_role_noun_named_with_no_person_stays_the_role()
    {
        const string body = "The spokesperson said the pier would \"stay shut until spring\".\n\nMira Okafor, a diver, swam anyway.";
        Assert.Equal("spokesperson", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("\"We won,\" wrote student protester Joshua Wong.", "Joshua Wong")]
    [InlineData("\"We won,\" said selection committee member Ulf Danielsson.", "Ulf Danielsson")]
    public void A_role_noun_before_a_name_is_a_descriptor(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A Harbour Police spokesman said \"We were called at noon.\"", "Harbour Police")]
    [InlineData("\"We were called at noon,\" a Tidewater Council spokeswoman said.", "Tidewater Council")]
    public void A_spokesperson_after_a_name_speaks_for_that_body(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void The_spokesperson_links_to_the_body_named_before_the_noun_earlier()
    {
        const string body = "The charter bans \"any intervention,\" a Marlow Guild spokesperson stated. The spokesperson added they \"would not consider it\".";
        Assert.Equal(["Marlow Guild", "Marlow Guild"], Quotes(body).Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("A spokesperson for Tidewater's Ministry of Foreign Affairs told reporters the ministers had met. \"The talks were candid,\" the spokesperson said.", "Ministry of Foreign Affairs")]
    [InlineData("A spokesperson for the Marlow Guild confirmed the figures.\n\n\"We will act,\" the spokesperson added.", "Marlow Guild")]
    public void The_spokesperson_links_to_the_body_named_after_for_earlier(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte, a spokeswoman for the Tidewater Port Authority, confirmed the closure.\n\n\"We will reopen soon,\" the spokeswoman said.")]
    [InlineData("Ines Duarte, a spokeswoman for the Tidewater Port Authority, confirmed the closure. \"We will reopen soon,\" the spokeswoman added.")]
    public void The_spokesperson_links_to_the_person_the_noun_described_before_its_body(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Holt campaign criticized the refusal, accusing the mayor of \"hiding from voters\".", "Holt campaign")]
    [InlineData("\"We will appeal,\" the Okafor administration said.", "Okafor administration")]
    [InlineData("\"We will appeal,\" said the Okafor administration.", "Okafor administration")]
    public void A_name_before_campaign_or_administration_is_that_body(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"The dam will hold,\" said the mayor of Tidewater, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"The dam will hold,\" Ines Duarte, River Agency spokesperson, told reporters.", "Ines Duarte")]
    [InlineData("\"The dam will hold,\" Ines Duarte, River Agency's spokesperson, told reporters.", "Ines Duarte")]
    public void A_person_in_apposition_to_a_role_is_the_speaker(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("A statement from Tidewater Council said the dam \"will hold\".", "Tidewater Council")]
    [InlineData("The office of Ines Duarte said the dam \"will hold\".", "Ines Duarte")]
    [InlineData("Ines Duarte's office said the dam \"will hold\".", "Ines Duarte")]
    [InlineData("Tomas Brandt of the county planning office said the dam \"will hold\".", "Tomas Brandt")]
    public void A_statement_or_an_office_speaks_for_its_author_or_holder(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" said the mayor's office.", "mayor's office")]
    [InlineData("\"The dam will hold,\" said the prime minister's office in a statement.", "prime minister's office")]
    [InlineData("\"The dam will hold,\" the prime minister's office said in a statement.", "prime minister's office")]
    [InlineData("The tournament referee's office said the umpire had been \"correct\".", "tournament referee's office")]
    [InlineData("\"The dam will hold,\" said the office of the Maldives President in a statement.", "office of the Maldives President")]
    [InlineData("\"The dam will hold,\" said the office of the prime minister.", "office of the prime minister")]
    [InlineData("The Prime Minister's office said the dam \"will hold\".", "Prime Minister's office")]
    [InlineData("A spokesperson for the President's office wrote: \"The dam will hold.\"", "President's office")]
    [InlineData("\"The dam will hold,\" said the Prime Minister's office.", "Prime Minister's office")]
    public void The_office_of_a_role_speaks_as_the_office(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void The_office_a_name_owns_speaks_for_the_name()
    {
        Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes("\"The dam will hold,\" said Ines Duarte's office.")));
        Assert.Equal(
            ("Ines Duarte", AttributionRule.AccordingTo, true),
            Assert.Single(Quotes("According to a statement released by Ines Duarte's office, \"the dam will hold\".")));
    }

    [Theory]
    [InlineData("The Harbour Ministry confirmed yesterday that the pier will close.\n\nThe statement said the closure was \"a matter of safety.\"", "Harbour Ministry")]
    [InlineData("The Harbour Ministry confirmed yesterday that the pier will close. \"It is a matter of safety,\" the statement continued.", "Harbour Ministry")]
    public void A_statement_no_sentence_introduced_speaks_for_the_last_named_speaker_before_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_statement_after_a_pronoun_s_words_names_no_issuer()
        => Assert.Null(Assert.Single(Quotes("She confirmed that the pier will close.\n\nThe statement said the closure was \"a matter of safety.\"")).Speaker);

    [Theory]
    [InlineData("The government of Tidewater Island issued a statement: \"we will wait.\"")]
    [InlineData("The government of Tidewater Island issued a statement agreeing the issue is for judges: \"we will wait.\"")]
    [InlineData("The government of Tidewater Island issued a statement on Monday saying \"we will wait.\"")]
    public void The_government_named_by_its_country_opening_the_sentence_speaks(string body)
        => Assert.Equal(("government of Tidewater Island", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Ines Duarte of the Food and Drug Administration said \"we are attempting to make contact.\"")]
    [InlineData("Ines Duarte of the Ministry of Trade and Industry said \"we are attempting to make contact.\"")]
    [InlineData("Ines Duarte of Tidewater Water and Land Information Management, the agency where Watson worked, told reporters: \"We are attempting to make contact.\"")]
    [InlineData("Ines Duarte of Entraide et Solidarité Marine said \"we are attempting to make contact.\"")]
    [InlineData("Ines Duarte of Ayuda y Rescate Costero said \"we are attempting to make contact.\"")]
    public void The_member_of_a_body_whose_name_and_joins_speaks(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void Someone_of_an_office_is_not_its_holder()
    {
        // The head of the office speaks, unnamed: not Ines Duarte.
        const string body = "The head of the office of Ines Duarte said the dam \"will hold\".";
        Assert.Null(Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("\"The president is resting,\" the White House said.", "White House")]
    [InlineData("\"The prime minister is resting,\" a Downing Street spokesperson said.", "Downing Street")]
    public void A_seat_of_government_speaks_for_the_government(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam will hold,\" the politician told reporters.", "politician")]
    [InlineData("\"The dam will hold,\" one firefighter said.", "firefighter")]
    [InlineData("\"The dam will hold,\" said the captain, Ines Duarte.", "Ines Duarte")]
    public void Common_news_roles_are_nominal_speakers_and_a_name_after_the_role_is_the_person(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_relation_of_a_person_speaks_for_itself_not_for_that_person()
        => Assert.Equal("neighbour", Assert.Single(Quotes("\"The dam will hold,\" said a neighbour of Ines Duarte.")).Speaker);

    [Theory]
    [InlineData("The River Agency issued a statement on Monday.\n\n\"The dam will hold,\" the statement said.", "River Agency")]
    [InlineData("In a statement, the River Agency apologised. The statement said the dam would \"hold\".", "River Agency")]
    [InlineData("Ines Duarte wrote a letter to the council. \"The dam will hold,\" the letter read.", "Ines Duarte")]
    [InlineData("The council received a letter from Ines Duarte. \"The dam will hold,\" the letter said.", "Ines Duarte")]
    [InlineData("Tidewater Council filed a lawsuit against the port on Monday.\n\nThe suit reads, in part: \"The port broke the lease.\"", "Tidewater Council")]
    [InlineData("The attorneys general of ten states filed a lawsuit on Monday. \"The rule is unlawful,\" the lawsuit says.", "attorneys general")]
    public void The_document_speaks_for_whoever_issued_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("The River Agency issued a statement on Monday.\n\nThe statement continued, concluding that \"the dam will hold.\"", "River Agency")]
    [InlineData("U.S. officials said in a statement that the dam was \"safe\".\n\nThe statement continued, adding that \"repairs will follow.\"", "U.S. officials")]
    public void A_document_before_a_verb_of_saying_and_a_participle_speaks_for_its_issuer(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Quotes(body).Last());

    [Fact]
    public void A_document_nobody_issued_names_no_speaker()
        => Assert.Null(Assert.Single(Quotes("\"The dam will hold,\" the statement said.")).Speaker);

    [Theory]
    [InlineData("Acme Corp said it would close the plant. \"This was a hard decision,\" the company said.", "Acme Corp")]
    [InlineData("The Health Ministry confirmed two cases. \"The risk is low,\" the ministry said.", "Health Ministry")]
    [InlineData("The U.S. Department of Agriculture confirmed two cases. \"The risk is low,\" the department said.", "U.S. Department of Agriculture")]
    [InlineData("The U.S. Department of Agriculture confirmed two cases. \"The risk is low,\" it said.", "U.S. Department of Agriculture")]
    [InlineData("The protest is legal, the High Court of Justice ruled. The High Court also lifted a limit. \"The law is a remnant,\" the court said.", "High Court of Justice")]
    [InlineData("Health Tidewater has received 2,452 shortage reports. A drug is in shortage when supply does not meet demand.\n\n\"Shortages have risen,\" the agency wrote in an email.", "Health Tidewater")]
    public void The_company_or_the_ministry_is_the_one_the_text_named_before(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Nordvik Shipping ASA will cut 1,200 jobs.\n\nThe company said it expected \"a large charge\" this year.", "Nordvik Shipping ASA")]
    [InlineData("Marlow Airlines cut 1,200 jobs.\n\n\"These decisions are painful,\" the company stated in a release.", "Marlow Airlines")]
    [InlineData("The Tidewater Health Organization said the outbreak was over, but the agency said testing remained \"patchy\".", "Tidewater Health Organization")]
    [InlineData("The Marlow Weather Service issued a warning. The agency said the storm would bring \"dangerous\" surf.", "Marlow Weather Service")]
    [InlineData("The Tidewater Rail Federation called a strike. The union said the offer was \"an insult\".", "Tidewater Rail Federation")]
    [InlineData("The Marlow Employment Tribunal heard the case. The court said the dismissal was \"unfair\".", "Marlow Employment Tribunal")]
    [InlineData("Tidewater Police arrested a man on Friday.\n\n\"We are grateful to the public,\" the force said.", "Tidewater Police")]
    [InlineData("Tidewater Police detained two men. Cash was found, according to the force, which called it \"a breakthrough\".", "Tidewater Police")]
    public void The_noun_of_a_kind_of_body_is_the_one_named_before_by_the_words_that_end_such_names(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void The_company_is_the_one_the_lead_named_paragraphs_before()
    {
        const string body = "Nordvik Shipping ASA will cut 1,200 jobs, the company said on Wednesday.\n\n"
            + "\"This is a painful step,\" Chief Executive Ines Duarte said.\n\n"
            + "Analysts expect more cuts in Norway and Singapore.\n\n"
            + "The company said it expected \"a large restructuring charge\" this year.";
        Assert.Equal(["Ines Duarte", "Nordvik Shipping ASA"], Quotes(body).Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("The campaign called the report \"absolutely false.\"", "campaign")]
    [InlineData("\"It is false,\" the administration said.", "administration")]
    [InlineData("\"It is false,\" the Holt campaign said.", "Holt campaign")]
    public void A_campaign_or_administration_speaks_as_a_body(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"It is sad,\" the family said.", "family")]
    [InlineData("Ines Duarte died on Monday. \"She was a giant of our time,\" her family said.", "family")]
    [InlineData("\"It is sad,\" a close ally said.", "close ally")]
    public void A_role_noun_in_ly_is_no_adverb(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"The dam is unsafe,\" said Ines Duarte's lawyer.", "lawyer")]
    [InlineData("According to Ines Duarte's longtime lawyer, the dam was \"unsafe.\"", "longtime lawyer")]
    [InlineData("\"The dam is unsafe,\" said Ines Duarte's spokesman.", "Ines Duarte")]
    public void Someone_in_a_role_for_a_named_person_speaks_as_the_role_a_spokesperson_as_the_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void The_company_with_no_company_named_stays_the_noun()
        => Assert.Equal("company", Assert.Single(Quotes("Workers met on Monday. \"This was a hard decision,\" the company said.")).Speaker);

    [Theory]
    [InlineData("\"It is a betrayal,\" said Unite general secretary Tom Hale.")]
    [InlineData("\"It is a betrayal,\" Unite's Tom Hale said.")]
    [InlineData("\"It is a betrayal,\" said Unite general secretary, Tom Hale.")]
    [InlineData("\"It is a betrayal,\" said Police spokesperson, Superintendent Tom Hale, on Monday.")]
    [InlineData("\"It is a betrayal,\" said Tidewater Gas and Electric spokesman, Tom Hale.")]
    [InlineData("\"It is a betrayal,\" said Tidewater Gas and Electric spokesman Tom Hale.")]
    [InlineData("\"It is a betrayal,\" said Tidewater Foods chief of operations, Tom Hale.")]
    [InlineData("\"It is a betrayal,\" said Tidewater Foods director of public relations, Tom Hale.")]
    [InlineData("\"It is a betrayal,\" said Bank of Tidewater governor Tom Hale.")]
    [InlineData("\"It is a betrayal,\" said Church of Tidewater spokesman Tom Hale, adding that talks would go on.")]
    public void A_person_after_an_organisation_and_its_role_or_possessive_is_the_speaker(string body)
        => Assert.Equal("Tom Hale", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"Our crews are exhausted,\" the fire service said.", "fire service")]
    [InlineData("\"Our crews are exhausted,\" the ambulance service said on Monday.", "ambulance service")]
    [InlineData("\"Our crews are exhausted,\" the fire brigade wrote on Facebook.", "fire brigade")]
    [InlineData("\"Our crews are exhausted,\" the Gard fire service wrote on Facebook.", "Gard fire service")]
    [InlineData("\"We reaffirm our commitment,\" the two delegations said.", "delegations")]
    [InlineData("In a joint statement, the delegations said:\n\n\"We reaffirm our commitment.\"", "delegations")]
    [InlineData("\"We are close to a deal,\" both sides said.", "sides")]
    [InlineData("\"We are close to a deal,\" the ministers said.", "ministers")]
    public void An_emergency_service_or_a_delegation_speaks_as_a_body(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We cannot fight our brothers,\" one policeman said.", "policeman")]
    [InlineData("\"That could spell its end,\" warned one devotee.", "devotee")]
    [InlineData("\"We will stay,\" a motorist told reporters.", "motorist")]
    [InlineData("The law passed on Monday. Human rights groups said it was \"a dark day for free speech.\"", "Human rights groups")]
    [InlineData("The storm hit on Monday. Aid agencies warned of \"a catastrophe in the making.\"", "Aid agencies")]
    [InlineData("The minister met the unions on Monday. The unions called the offer \"an insult.\"", "unions")]
    [InlineData("\"We are investing in the future,\" the companies said.", "companies")]
    [InlineData("\"Nobody listened to us,\" a charcoal seller said.", "charcoal seller")]
    [InlineData("\"Nobody listened to us,\" one stallholder told the Courier.", "stallholder")]
    [InlineData("\"I saw him run,\" said one juror.", "juror")]
    [InlineData("The Tidewater-led coalition said it was \"aware of the reports\".", "Tidewater-led coalition")]
    [InlineData("\"We lost everything,\" said a pensioner outside the hall.", "pensioner")]
    [InlineData("\"That is what this sport is about,\" said Promoter Frank Mulhearn.", "Frank Mulhearn")]
    [InlineData("Rookie Jalen Okoro spoke next. \"Dom set me up all night,\" he said.", "Jalen Okoro")]
    [InlineData("Veteran spinner Ana Ruiz took her 400th wicket as Sri Lanka won.\n\n\"I thought it was 350!\" the 38-year-old joked.", "Ana Ruiz")]
    [InlineData("Brazilian forward Thiaguinho has signed for Sporting.\n\n\"I was looking for this,\" the 21-year-old said.", "Thiaguinho")]
    [InlineData("\"I saw it late,\" said the keeper.", "keeper")]
    [InlineData("Runner-up Ana Ruiz called the new shoes \"a different sport\".", "Ana Ruiz")]
    [InlineData("Winner Ana Ruiz said the race was \"brutal\".", "Ana Ruiz")]
    [InlineData("Team-mate Ana Ruiz said the race was \"brutal\".", "Ana Ruiz")]
    [InlineData("\"It was brutal,\" said the winner.", "winner")]
    public void More_people_of_the_news_are_nominal_speakers(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We are tired,\" said a protester using the pseudonym Katya.")]
    [InlineData("\"We are tired,\" said a woman identified only as Katya.")]
    [InlineData("\"We are tired,\" said one protester, identified only as Katya.")]
    [InlineData("\"We are tired,\" said a protester who gave her name as Katya.")]
    [InlineData("A student known as Katya said \"we are tired.\"")]
    [InlineData("\"We are tired,\" said one woman, who gave her name only as Katya.")]
    [InlineData("\"We are tired,\" said one resident, who gave only her first name, Katya.")]
    [InlineData("A nurse, who gave only her first name as Katya, said \"we are tired.\"")]
    [InlineData("\"We are tired,\" said a student who asked to be identified only as Katya.")]
    [InlineData("\"We are tired,\" said a student, who asked to be identified only by her first name, Katya.")]
    public void A_role_noun_the_text_gives_a_name_or_pseudonym_is_that_name(string body)
        => Assert.Equal(("Katya", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("\"We are tired,\" said a protester named after his grandfather.")]
    [InlineData("\"We are tired,\" said a protester known for her banners.")]
    public void A_naming_word_that_gives_no_name_takes_no_word_after_it_for_one(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_naming_participle_that_gives_no_name_opens_a_phrase_about_the_role_noun()
        => Assert.Equal("protester", Assert.Single(Quotes("\"We are tired,\" said a protester using the back door.")).Speaker);

    [Theory]
    [InlineData("\"We are tired,\" said a protester who gave her name to the police.", "protester")]
    [InlineData("\"We are tired,\" said a student who asked to be moved, Katya.", "student")]
    [InlineData("A nurse, who gave her name to Jo Lee, said \"we are tired.\"", "nurse")]
    public void A_clause_that_gives_no_name_leaves_the_role_noun_the_speaker(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("President Ines Duarte arrived on Monday. \"We know,\" the President said.", "Ines Duarte")]
    [InlineData("Prime Minister Ines Duarte spoke. \"We know,\" the Prime Minister said.", "Ines Duarte")]
    [InlineData("Home Secretary Ines Duarte spoke. The Home Secretary said \"we know.\"", "Ines Duarte")]
    [InlineData("One MP told the BBC, \"We know.\"", "MP")]
    [InlineData("The mass was led by Pope Benedict XVI. The Pope called for a \"return to God\".", "Benedict XVI")]
    [InlineData("Queen Elizabeth II opened the session. \"We know,\" the Queen said.", "Elizabeth II")]
    [InlineData("\"We know,\" a CEO said.", "CEO")]
    [InlineData("The Minister said \"we know.\"", "Minister")]
    [InlineData("\"We are ready,\" the Health Secretary said.", "Health Secretary")]
    [InlineData("Striking nurses will \"clearly\" put patients at risk, the Transport Secretary has said.", "Transport Secretary")]
    [InlineData("\"We know,\" the Prime Minister told reporters.", "Prime Minister")]
    [InlineData("\"We know,\" the Prime\nMinister told reporters.", "Prime Minister")]
    [InlineData("\"We know,\" said the Minister for Health, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"We know,\" said the Secretary of the Treasury, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"We know,\" said the Head of Public Relations of the Ministry, Ines Duarte.", "Ines Duarte")]
    [InlineData("\"We know,\" said the Director of Communications at the Harbour Board, Ines Duarte.", "Ines Duarte")]
    [InlineData("A statement issued by the Head of Public Relations of the Ministry, Ines Duarte, came on Monday. \"We know,\" the statement said.", "Ines Duarte")]
    public void A_title_alone_after_a_determiner_is_a_role_linked_to_the_person_named_with_it(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Quotes(body)[^1]);

    [Theory]
    [InlineData("\"We know,\" President said.")]
    [InlineData("\"We know,\" said Former President.")]
    public void A_title_alone_with_no_determiner_names_no_one(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte was told by a doctor that the clinic was \"fully booked until the spring.\"", "doctor")]
    [InlineData("Ines Duarte was told by a midwife that the clinic was \"fully booked until the spring.\"", "midwife")]
    [InlineData("The blaze was described by one firefighter as \"apocalyptic\".", "firefighter")]
    [InlineData("The fire was described by police as \"apocalyptic\".", "police")]
    public void A_role_noun_after_by_and_its_determiner_is_the_passives_speaker(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.Passive, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_relative_clause_after_a_role_noun_opens_no_descriptor_chain()
        => Assert.Equal(("nurse", AttributionRule.SpeechVerb, true), Assert.Single(Quotes("\"It was bad,\" said a nurse who treated her.")));

    [Theory]
    [InlineData("\"We will not back down,\" said an official speaking on condition of anonymity.", "official")]
    [InlineData("\"Ladies and gentlemen, you are under arrest,\" stated a police officer speaking through a megaphone.", "police officer")]
    [InlineData("\"It all happened very quickly,\" said a witness standing near the gate.", "witness")]
    [InlineData("\"It was chaos,\" said a resident speaking anonymously.", "resident")]
    public void A_participle_phrase_after_a_role_noun_opens_no_descriptor_chain(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_noun_in_ing_between_role_nouns_is_a_descriptor_not_a_participle()
        => Assert.EndsWith("officer", Assert.Single(Quotes("\"It was bad,\" said a police training officer.")).Speaker);

    [Theory]
    [InlineData("A man who witnessed the crash said \"it was terrifying.\"", "man")]
    [InlineData("One resident who lives nearby told reporters \"it was terrifying.\"", "resident")]
    [InlineData("Supporters who gathered outside the court said \"justice was done.\"", "Supporters")]
    [InlineData("\"It was terrifying,\" a man who witnessed the crash said.", "man")]
    [InlineData("Police stopped a man who said \"it was terrifying.\"", "man")]
    [InlineData("Residents who spoke to Reuters said the scene was \"total chaos\".", "Residents")]
    [InlineData("Fans who talked with the Tidewater Courier described the team as \"lost\".", "Fans")]
    [InlineData("A councillor whose parish was cut off by storms said she was \"heartbroken\".", "councillor")]
    [InlineData("\"The damage is huge,\" said a councillor whose parish was cut off.", "councillor")]
    [InlineData("\"The damage is huge,\" a councillor whose parish was cut off said.", "councillor")]
    public void The_role_noun_a_relative_clause_describes_speaks_the_verb_after_the_clause(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Fact]
    public void A_relative_clause_set_off_by_a_comma_is_no_restrictive_one()
        => Assert.Equal("Tomas Brandt", Assert.Single(Quotes("Tomas Brandt, who met the witnesses, said \"it was terrifying.\"")).Speaker);

    [Theory]
    [InlineData("Harbourline cancelled 400 ferries. \"We apologise to our customers,\" the company said.", "Harbourline")]
    [InlineData("Marlow Trust cut 500 jobs on Monday. \"The decision was difficult,\" the bank said.", "Marlow Trust")]
    [InlineData("The Tidewater Bank cut 500 jobs on Monday. \"The decision was difficult,\" the bank said.", "Tidewater Bank")]
    [InlineData("Skyward fined the broadcaster. \"The breach was serious,\" the regulator said.", "Skyward")]
    [InlineData("Tidewater Airways cancelled 300 flights. The carrier blamed \"severe weather\".", "Tidewater Airways")]
    [InlineData("Harbour Motors recalled 10,000 cars. \"Safety comes first,\" the automaker said.", "Harbour Motors")]
    [InlineData("Marlow Pharma recalled the pills. \"Safety comes first,\" the drugmaker said.", "Marlow Pharma")]
    public void A_noun_of_a_kind_of_organisation_stands_for_the_body_named_as_the_subject_before(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Officials closed the port. \"It is unsafe,\" the group said.", "group")]
    [InlineData("Ines Duarte closed the port. \"It is unsafe,\" the group said.", "group")]
    [InlineData("Skyways and its union met on Monday. The union said the cuts were \"unacceptable.\"", "union")]
    [InlineData("The Marlow Regulator fined the bank. \"The fine is unfair,\" the bank said.", "bank")]
    [InlineData("The bomb was found in Plymouth. \"Evacuations are being carried out,\" said a spokesman for the police department.", "spokesman")]
    [InlineData("The workers moved to the Tidewater Hotel. \"It is unsafe,\" the company said.", "company")]
    public void A_noun_of_a_kind_of_organisation_takes_no_person_or_noun_for_its_body(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Flights operated by the regional carrier AerLinn were grounded. \"We are sorry,\" the airline wrote on X.", "AerLinn")]
    [InlineData("The plan was first reported by the weekly newspaper Tidewater Gazette. \"Planners are ready,\" the newspaper said.", "Tidewater Gazette")]
    public void A_noun_of_a_kind_of_organisation_stands_for_the_body_the_text_introduced_with_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tom Hale was shot at a funeral. An officer at the Nazimabad police station said \"the number of attackers is not clear.\"", "officer")]
    [InlineData("According to a story by Tom Hale, Lee's supervisor during the Tidewater program said, \"You stick out.\"", "supervisor")]
    [InlineData("Tom Hale led the raid. One witness of the Silea attack reported, \"An Antonov flew into the area.\"", "witness")]
    [InlineData("Residents of the city's old town said the plan was \"a disgrace to everyone.\"", "Residents")]
    [InlineData("Several members of Britain's parliament said the government must \"show compassion.\"", "members")]
    public void A_role_noun_before_a_phrase_of_place_or_time_with_a_name_in_it_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A spokesperson for a surfing resort said that they had \"lost everything\".")]
    [InlineData("A spokesperson for a surfing resort on the coast of the island said, \"We lost everything.\"")]
    public void A_role_noun_before_phrases_that_name_no_body_speaks(string body)
        => Assert.Equal("spokesperson", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_role_noun_before_a_phrase_that_names_its_person_leaves_the_person_to_speak()
        => Assert.Equal("Tom Hale", Assert.Single(Quotes("A lawyer at the firm, Tom Hale, said \"we will appeal.\"")).Speaker);

    [Theory]
    [InlineData("Ana Ruiz, prosecuting, told the jury the men had lied. The prosecutor said they \"beat him on the floor\".")]
    [InlineData("The prosecutor contended the men \"beat him on the floor\". \"He was submissive,\" Ana Ruiz, prosecuting, told the jury.")]
    public void Counsel_named_by_prosecuting_in_commas_is_the_prosecutor(string body)
        => Assert.Equal("Ana Ruiz", Quotes(body)[0].Speaker);

    [Fact]
    public void Prosecuting_as_a_verb_gives_its_object_no_role()
        => Assert.Equal(
            "prosecutor",
            Quotes("Police avoided prosecuting Ana Ruiz last year. The prosecutor said the case was \"closed for good\".").Single().Speaker);

    [Theory]
    [InlineData("Riverside manager Tomas Brandt called the winner a \"lucky goal\".\n\nBrandt, however, was not impressed. \"We started well,\" the former Nurnberg coach said.")]
    [InlineData("Tomas Brandt was not impressed. \"We started well,\" the former Labour minister said.")]
    public void The_former_holder_of_a_role_where_the_text_says_is_the_one_just_written_of(string body)
        => Assert.Equal("Tomas Brandt", Quotes(body)[^1].Speaker);
}
