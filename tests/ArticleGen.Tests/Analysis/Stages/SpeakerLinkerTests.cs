using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>Linking a speaker's name in the text to the fullest name the article gave before.</summary>
public sealed class SpeakerLinkerTests
{
    [Theory]
    [InlineData("The President said the plan was \"dead\". Ines Duarte, the President, was elected in May.")]
    [InlineData("\"The vote was a sham,\" the Foreign Minister told reporters. Ines Duarte became Foreign Minister in May.")]
    [InlineData("Ines Duarte is the Foreign Minister. \"The vote was a sham,\" the minister told reporters.")]
    public void A_capitalised_role_after_a_determiner_or_a_verb_that_gives_it_links_to_its_holder(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Former President Tomas Brandt was arrested. Vice President Ines Brandt left for Amsterdam.\n\nVice President Brandt said it was \"persecution\".", "Ines Brandt")]
    [InlineData("Former President Tomas Brandt was arrested. Vice President Ines Brandt left for Amsterdam.\n\nPresident Brandt said it was \"persecution\".", "Tomas Brandt")]
    [InlineData("Health Minister Ines Brandt met Prime Minister Tomas Brandt.\n\nPrime Minister Brandt said the talks were \"useful\".", "Tomas Brandt")]
    [InlineData("Former President Tomas Brandt was arrested. Ines Brandt left for Amsterdam.\n\nPresident Brandt said it was \"persecution\".", "Tomas Brandt")]
    public void A_surname_after_title_words_is_the_namesake_introduced_under_them(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Law Minister Ines Tong slammed Leader of the Opposition Tomas Singh's comment that \"the court of public opinion is bigger\".")]
    [InlineData("Ines Tong rejected the Speaker of the House Tomas Singh's claim that the vote was \"rigged\".")]
    public void A_possessive_owner_after_a_title_of_a_body_is_the_person_named_after_the_body(string body)
        => Assert.Equal("Tomas Singh", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Heat records fell across the region, with Norland's National Weather and Climate Administration (NWCA) now officially declaring it a \"record heatwave\".")]
    [InlineData("Norland's National Weather and Climate Administration said it was a \"record heatwave\".")]
    public void A_countrys_possessive_before_a_body_whose_name_runs_on_over_and_is_the_body(string body)
        => Assert.Equal("National Weather and Climate Administration", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Peter Hall said \"I had two pints.\"", "Peter Hall")]
    [InlineData("\"It was a great night,\" said Peter Hall, 34.", "Peter Hall")]
    [InlineData("\"She is a superstar,\" says Peter Hall.", "Peter Hall")]
    [InlineData("\"She is a superstar,\" says Peter Hall, who recalls a brief disagreement.", "Peter Hall")]
    [InlineData("Sarah Park, a nurse, said the ward was \"overwhelmed\".", "Sarah Park")]
    [InlineData("Peter Hall testified on Monday. \"I had two pints,\" Hall said.", "Peter Hall")]
    [InlineData("Michael Lake testified on Monday. \"I had two pints,\" Lake said.", "Michael Lake")]
    [InlineData("Actor Nathan Lane testified on Monday. \"I had two pints,\" Lane said.", "Nathan Lane")]
    [InlineData("Rolf Kessling died on Friday, his publicist, Jeffrey Lane, confirmed. \"He died this morning,\" Lane said.", "Jeffrey Lane")]
    [InlineData("Mark Bridge, 52, said the road was \"a death trap\".", "Mark Bridge")]
    [InlineData("Linda Park, Mr. Park's mother, said, \"That is not something he would do.\"", "Linda Park")]
    [InlineData("Linda Park, the suspect's mother, said, \"That is not something he would do.\"", "Linda Park")]
    [InlineData("Linda Park, his mother, said, \"That is not something he would do.\"", "Linda Park")]
    [InlineData("Hughes and Fiona Hall, Lib Dem MEP, suggested a fund. Hall said \"we will fight.\"", "Fiona Hall")]
    [InlineData("Julian Beach, MHRA interim executive director, healthcare quality and access, said: \"We have prioritised it.\"", "Julian Beach")]
    [InlineData("Peter Beach, director of quality at the agency, said: \"We have prioritised it.\"", "Peter Beach")]
    [InlineData("The lawyer cross-examined the witness, Peter Hall. Hall admitted he had been drinking.\n\n\"I had two pints,\" he said.", "Peter Hall")]
    public void A_given_name_and_a_place_surname_that_speaks_or_has_an_age_or_a_role_is_a_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We will talk,\" Sun Yuxi said.", "Sun Yuxi")]
    [InlineData("Moon Tae-Ho, the band's singer, explained the song. \"It was for local fans,\" Moon Tae-Ho said.", "Moon Tae-Ho")]
    [InlineData("\"We will talk,\" said Park Minseo, 34.", "Park Minseo")]
    public void A_place_surname_written_first_that_speaks_or_has_an_age_is_a_person(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void A_lane_is_a_place_no_pronoun_stands_for()
    {
        const string body = "Mara Fenwick said nobody had warned her before her cottage on Ashby Lane filled with water.\n\n\"The kitchen is gone,\" she said.";
        Assert.Equal("Mara Fenwick", Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void A_capital_whose_first_word_is_a_given_name_is_a_place_no_pronoun_stands_for()
        => Assert.Null(Assert.Single(Quotes("His wife is visiting Abu Dhabi this week.\n\n\"We will eat together,\" he said.")).Speaker);

    [Theory]
    [InlineData("A group calling itself \"Night Lotus\" claimed responsibility, where it posted a message: \"Pay or we publish.\"", "Night Lotus")]
    [InlineData("A group of lesbians called \"Get the L Out\" protested with signs reading \"Lesbian Not Queer\".", "Get the L Out")]
    [InlineData("A group known as Tidewater Harbour Watch marched with banners reading \"Save the pier\".", "Tidewater Harbour Watch")]
    [InlineData("A group called for calm, saying \"we need peace\".", "group")]
    public void A_body_s_noun_is_the_name_given_to_it_right_after(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("The Marlow Tower Inquiry published its report on Monday.\n\n\"It was avoidable,\" the inquiry said.", "Marlow Tower Inquiry")]
    [InlineData("Marlow Counter Terrorism Unit made two arrests.\n\n\"The threat remains,\" it said.", "Marlow Counter Terrorism Unit")]
    [InlineData("Marlow Peace Corps withdrew its volunteers.\n\n\"They are safe,\" it said.", "Marlow Peace Corps")]
    public void Inquiries_units_and_corps_are_bodies_their_noun_or_it_stands_for(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Fact]
    public void A_delegation_is_a_body_no_he_stands_for()
        => Assert.Null(Assert.Single(Quotes("The Tidewater Freedom Delegation declared independence.\n\n\"It was three people,\" he said.")).Speaker);

    [Theory]
    [InlineData("The Federal Reserve said inflation remained \"somewhat elevated\".", "Federal Reserve")]
    [InlineData("\"We will hold,\" the Reserve Bank of Tidewater said.", "Reserve Bank of Tidewater")]
    public void A_reserve_marks_a_bodys_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_place_surname_before_a_place_word_stays_a_place()
        => Assert.Null(Assert.Single(Quotes("\"We will talk,\" Sun Valley said.")).Speaker);

    [Theory]
    [InlineData("The Defence Ministry said the troops were \"ready\". Later the Russian Defence Ministry confirmed the move.", "Russian Defence Ministry")]
    [InlineData("Russia's Defence Ministry spokesman said the troops were \"ready\". The Russian Defence Ministry's spokesman later confirmed it.", "Russian Defence Ministry")]
    [InlineData("The Defence Ministry said the troops were \"ready\". The Russian Defence Ministry and the Georgian Defence Ministry disagreed.", "Defence Ministry")]
    public void A_body_takes_the_one_fuller_name_after_a_nationality_the_text_writes_anywhere(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_given_name_and_a_place_word_that_nothing_shows_to_be_a_person_stays_a_place()
        => Assert.Equal("organisers", Assert.Single(Quotes("The concert at the Albert Hall was cancelled. \"We are sorry,\" organisers said.")).Speaker);

    [Theory]
    [InlineData("Justice Ines Duarte said the addiction explained the offending. \"The families deserved better,\" the judge said.")]
    [InlineData("Prime Minister Ines Duarte lauded the minister. \"He is doing a great job,\" the PM said.")]
    [InlineData("PM Ines Duarte lauded the minister. \"He is doing a great job,\" the prime minister said.")]
    [InlineData("Tidewater CM Ines Duarte spoke on Monday. \"We will deliver,\" the CM said.")]
    [InlineData("The Bishop of Carlisle, the Rt Rev Ines Duarte, criticised the cuts. \"A village begins to die,\" the bishop said.")]
    [InlineData("Mayor of Tidewater Ines Duarte visited the site. \"We have made progress,\" the mayor said.")]
    [InlineData("The inquest was led by the senior coroner for Tidewater, Marlow and Hale, Ines Duarte who read the report.\n\nThe senior coroner said: \"A post-mortem was conducted.\"")]
    public void A_role_noun_links_to_the_person_its_title_named_on_the_bench_in_apposition_or_after_its_place(string body)
        => Assert.Equal("Ines Duarte", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Buenos Aires developer Matias Roldan wrote that he was stepping down. \"Cook. Walk the dog,\" Roldan said.", "Matias Roldan")]
    [InlineData("Film producer Ines Okafor-Lund praised the cast. \"It is a fine film,\" Okafor-Lund said.", "Ines Okafor-Lund")]
    [InlineData("Property developer Castlegate Homes won approval on Monday. \"We are delighted,\" it said.", "Castlegate Homes")]
    public void A_name_after_a_trade_of_people_is_a_person_s_unless_a_body_s_word_ends_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Carmaker Tidewater Motors described the ruling as \"unfair\".", "Tidewater Motors")]
    [InlineData("Startup Lumora described the ruling as \"unfair\".", "Lumora")]
    [InlineData("Airline Skyhop said the strike was \"unjustified\".", "Skyhop")]
    [InlineData("Bank Leumi said the strike was \"unjustified\".", "Bank Leumi")]
    [InlineData("Publisher Ines Duarte praised the book. \"It is a triumph,\" she said.", "Ines Duarte")]
    public void A_noun_of_a_kind_of_business_opening_a_sentence_describes_the_body_named_after_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Critic Yoon Seo-yeon described the row as \"a misreading\".", "Yoon Seo-yeon")]
    [InlineData("Frontman Batbayar Enkhtaivan described the tour as \"a dream\".", "Batbayar Enkhtaivan")]
    [InlineData("District Collector Anjali Menon said the teams were \"not giving up\".", "Anjali Menon")]
    [InlineData("Chef Tomas Brandt called the review \"unfair\".", "Tomas Brandt")]
    public void A_role_word_opening_a_sentence_before_a_person_s_name_is_no_part_of_the_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The European Union Election Observation Mission said the vote had been \"marred by failures\".", "European Union Election Observation Mission")]
    [InlineData("The African Union Monitoring Secretariat said the ceasefire was \"holding\".", "African Union Monitoring Secretariat")]
    [InlineData("The European Union Harbour Forum said the port was \"safe\".", "European Union Harbour Forum")]
    public void A_body_s_head_noun_after_an_organisation_s_name_ends_one_body_s_name_not_a_person_s(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Commission for Communications Regulation said in a statement: \"The results will support coverage.\"", "Commission for Communications Regulation")]
    [InlineData("The Council for Harbour Affairs said the port was \"safe\".", "Council for Harbour Affairs")]
    [InlineData("The Ministry of Defence said the drill was \"routine\".", "Ministry of Defence")]
    public void A_name_that_goes_on_over_a_preposition_after_a_body_s_head_is_the_whole_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Putin's administration described the deployment as \"a threat\".", "Putin's administration")]
    [InlineData("The Biden campaign described the advert as \"a lie\".", "Biden campaign")]
    [InlineData("\"No plane was seen on radar,\" said Tidewater's transport ministry on Monday.", "Tidewater's transport ministry")]
    [InlineData("The UN's relief agency described the situation as a \"profound crisis\".", "UN's relief agency")]
    [InlineData("\"No plane was seen on radar,\" South Tidewater's transport ministry said.", "South Tidewater's transport ministry")]
    public void A_body_named_by_its_owner_is_named_as_written(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Colin Penrose died in jail. He listed himself as single. \"I hate football and I hate the police\", his profile reads.", "Colin Penrose")]
    [InlineData("Colin Penrose died in jail. \"I hate the police\", Penrose's profile reads.", "Colin Penrose")]
    [InlineData("Colin Penrose died in jail. His profile said \"I hate the police\".", "Colin Penrose")]
    public void A_profile_speaks_for_its_owner(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("During the debate, Labor MK Eitan Cabel reacted to the motion, \"Why stop there?\"", "Eitan Cabel")]
    [InlineData("The Neo Democrats' Kwan Wing-yip said it was a \"difficult decision\".", "Kwan Wing-yip")]
    [InlineData("On February 12, the Sunday Telegraph claimed that planners are \"drawing up plans\".", "Sunday Telegraph")]
    [InlineData("The Sunday Times reported that planners are \"drawing up plans\".", "Sunday Times")]
    [InlineData("On Sunday Tom Hale said the plans were \"ready\".", "Tom Hale")]
    [InlineData("The All India Chess Federation congratulated her, writing: \"A historic day for Indian chess.\"", "All India Chess Federation")]
    public void A_speaker_s_name_keeps_a_paper_s_day_and_leaves_out_an_owner_and_a_title(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Hamas official Nasser al-Shaer met Tom Hale.\n\n\"We talked for hours,\" Shaer said.", "Nasser al-Shaer")]
    [InlineData("President Abdel Fattah el-Sisi met Tom Hale.\n\n\"We talked for hours,\" Sisi said.", "Abdel Fattah el-Sisi")]
    public void A_name_after_an_arabic_article_stands_for_the_person_alone(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Hugo Chávez spoke in New York. Later, Hugo Chavez said, \"We are ready.\"", "Hugo Chávez")]
    [InlineData("Hugo Chavez spoke in New York. Later, Hugo Chávez said, \"We are ready.\"", "Hugo Chavez")]
    public void A_name_spelt_with_other_accents_is_the_person_as_first_named(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Foreign Minister Julie Bishop spoke on Monday. Tom Hale spoke too. \"We are ready,\" Bishop said.", "Julie Bishop")]
    [InlineData("Former prime minister John Major spoke on Monday. Tom Hale spoke too. \"We are ready,\" Major said.", "John Major")]
    [InlineData("Civil rights leader Martin Luther King III spoke. Tom Hale spoke too. \"We are ready,\" King told the crowd.", "Martin Luther King III")]
    [InlineData("Coach Ana Marshal spoke. Tom Hale spoke too. \"We are ready,\" Marshal told reporters.", "Ana Marshal")]
    public void A_title_that_is_also_a_surname_links_to_the_person_introduced_under_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Foreign Minister Julie Bishop spoke on Monday. \"We are ready,\" the Bishop said.")]
    [InlineData("Tom Hale spoke on Monday. Ana Ruiz spoke too. \"We are ready,\" Bishop said.")]
    public void A_surname_title_after_a_determiner_or_with_no_one_introduced_under_it_stays_as_written(string body)
        => Assert.Equal("Bishop", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The UN Harbour Council met on Monday.\n\n\"We are alarmed,\" the UN said.", "UN")]
    [InlineData("The EU Harbour Commission proposed rules.\n\n\"They are needed,\" the EU said.", "EU")]
    public void An_acronym_that_opens_a_longer_name_is_no_short_form_of_it(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Tidewater Platinum Holdings, or Tideplat, said 63 miners came up.\n\nTideplat warned it would \"act decisively\".", "Tidewater Platinum Holdings")]
    [InlineData("Marlow Mining Corporation, or Marmin, said the strike was over. \"We are relieved,\" Marmin said.", "Marlow Mining Corporation")]
    public void A_body_s_other_name_after_or_between_commas_links_to_it(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The Syrian Democratic Forces (SDF) held the town.\n\n\"We agreed,\" SDF said.", "Syrian Democratic Forces")]
    [InlineData("The NSW Harbour Pilot Service closed the port.\n\n\"Offenders face fines,\" the HPS said.", "NSW Harbour Pilot Service")]
    [InlineData("NSW Harbour Pilot Service Commissioner Jo Lee closed the port.\n\n\"Offenders face fines,\" the HPS said.", "NSW Harbour Pilot Service")]
    [InlineData("The Rebel-led Northern Harbour Guards (NHG) held the town.\n\n\"We agreed,\" the NHG said.", "Northern Harbour Guards")]
    [InlineData("Ford Motor Company opened an inquiry.\n\n\"We cooperate,\" Ford said.", "Ford Motor Company")]
    [InlineData("President Recep Tayyip Erdoğan spoke.\n\n\"We will act,\" Erdogan said.", "Recep Tayyip Erdoğan")]
    [InlineData("Tolga Sahin was detained. Minister Mehmet Ali Şahin spoke.\n\n\"We will act,\" Şahin said.", "Mehmet Ali Şahin")]
    [InlineData("The Harbour Court of Tidewater and Marlow ruled on Monday.\n\n\"The order is void,\" the Harbour Court said.", "Harbour Court of Tidewater and Marlow")]
    [InlineData("The Guild of Harbour Pilots (GHP) objected.\n\n\"We cooperate,\" GHP said.", "Guild of Harbour Pilots")]
    [InlineData("The International Cycling Union (UCI) suspended the rider.\n\n\"He may appeal,\" the UCI said.", "International Cycling Union")]
    [InlineData("The National Disaster Mitigation Agency (BNPB) moved 2,100 people.\n\n\"We are ready,\" the BNPB said.", "National Disaster Mitigation Agency")]
    [InlineData("The Indian Bureau of Harbour Affairs (BHA) objected.\n\n\"We cooperate,\" the BHA said.", "Indian Bureau of Harbour Affairs")]
    [InlineData("The Bureau of Harbour Affairs (BOHA) objected.\n\n\"We cooperate,\" the BOHA said.", "Bureau of Harbour Affairs")]
    [InlineData("The Guild of Harbour Pilots (GHP) objected. GHP's take-down notice claimed \"the code was designed to copy\".", "Guild of Harbour Pilots")]
    [InlineData("The Guild of Harbour Pilots (GHP) objected. GHP's DMCA notice alleged the code could \"copy every song\".", "Guild of Harbour Pilots")]
    [InlineData("Governor Ricardo Rosselló Nevares resigned.\n\n\"I leave,\" Rosselló said.", "Ricardo Rosselló Nevares")]
    [InlineData("Prosecutor Kama Melly QC said they were \"vulnerable\".", "Kama Melly")]
    [InlineData("President Abdel Fattah el-Sisi of Egypt said, \"We are ready.\"", "Abdel Fattah el-Sisi")]
    [InlineData("Jo Lee wrestled for TEW (Tidewater Elite Wrestling) until 2020. \"She was loved,\" reads a TEW press release.", "Tidewater Elite Wrestling")]
    [InlineData("The U.S. Department of Agriculture confirmed two cases. \"The risk is low,\" said the U.S. Department of Agriculture.", "U.S. Department of Agriculture")]
    [InlineData("Inspectors of the Ministry of Mining's (MOM) safety unit arrived. MOM stated, \"Investigations are ongoing.\"", "Ministry of Mining")]
    [InlineData("The Ministry of Harbours (MOH) arrived. \"Investigations are ongoing,\" MOH said.", "Ministry of Harbours")]
    [InlineData("Docteurs sans Frontieres (DSF) said the system was \"falling apart\".", "Docteurs sans Frontieres")]
    [InlineData("On Friday, USA Fencing (USAF) issued a statement.\n\n\"We have new rules,\" USAF said.", "USA Fencing")]
    [InlineData("The UN Harbour Programme (UNHP) sent a ship.\n\n\"We are staying,\" the UNHP said.", "UN Harbour Programme")]
    [InlineData("Pier operator Haw Par Corporation hired him. Haw Par has pledged his family \"all possible support\".", "Haw Par Corporation")]
    public void A_short_form_links_to_the_full_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Harbour Nations Union sent a mission.\n\n\"We are staying,\" the H.N.U. said.", "Harbour Nations Union")]
    [InlineData("The European Union sent a mission. The E.U. said \"we are staying.\"", "European Union")]
    [InlineData("Transport for Tidewater said it was disappointed. \"We urge the union to return to talks,\" a TfT spokesperson said.", "Transport for Tidewater")]
    [InlineData("The Ministry of Harbours confirmed the move.\n\n\"The ships are ready,\" an MoH spokesman said.", "Ministry of Harbours")]
    public void Initials_written_with_dots_or_a_lower_case_letter_link_to_the_organisation_they_spell(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The U.S. Harbour and Dock Administration approved the plan. \"It is safe,\" the HDA said.", "U.S. Harbour and Dock Administration")]
    [InlineData("Tidewater's Office for Harbour Safety published data. \"Tides rose,\" the OHS said.", "Tidewater's Office for Harbour Safety")]
    [InlineData("The Inter-Services Harbour Relations office replied. \"We will respond,\" the ISHR said.", "Inter-Services Harbour Relations")]
    public void An_acronym_links_to_a_name_whose_owner_it_leaves_out_or_whose_hyphenated_words_it_spells(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);


    [Theory]
    [InlineData("Minister Pieter van der Linden spoke.\n\nVan der Linden said the state would pay. \"That is for the negotiators,\" he said.", "Pieter van der Linden")]
    [InlineData("Mayor Jan-Willem van Oosterhout died on Monday.\n\n\"I kept my promises,\" Van Oosterhout once said.", "Jan-Willem van Oosterhout")]
    [InlineData("Foreign Secretary Alicia del Valle Ibarra met her counterpart.\n\nDel Valle said Tidewater was \"nobody's backyard\".", "Alicia del Valle Ibarra")]
    public void A_particle_capitalised_at_a_sentence_start_still_ends_the_full_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_surname_named_in_full_only_inside_a_quote_takes_that_name()
    {
        const string body = "\"I want to thank my coach, Daniel Kiprono, who believed in me,\" Jo Lee said.\n\nKiprono described her as \"the most disciplined athlete I have coached\".";
        Assert.Equal("Daniel Kiprono", Quotes(body)[^1].Speaker);
    }

    [Fact]
    public void A_capital_opening_a_sentence_in_a_quote_is_no_given_name()
    {
        const string body = "\"Thanks Kiprono, you were great,\" Jo Lee said.\n\nKiprono described her as \"the most disciplined athlete I have coached\".";
        Assert.Equal("Kiprono", Quotes(body)[^1].Speaker);
    }

    [Theory]
    [InlineData("The error was spotted by candidate Nurul Aina Rashid.\n\nNurul Aina said the ballot was \"simply wrong\".", "Nurul Aina Rashid")]
    [InlineData("Minister Maria Luisa Ortega Vidal spoke.\n\n\"We will pay,\" Maria Luisa said.", "Maria Luisa Ortega Vidal")]
    [InlineData("The fine was raised, said Minister Ahmad Rizal Hashim.\n\nAhmad Rizal said it was overdue.\n\n\"Traders will face action,\" he said.", "Ahmad Rizal Hashim")]
    public void The_first_words_of_a_fuller_name_stand_for_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We heard it from a WhatsApp group,\" said Nurul Aini binti Hassan, whose son was sent home.", "Nurul Aini binti Hassan")]
    [InlineData("The novelist A.J. Kettering won the prize. \"I wrote it in a caravan,\" Kettering said.", "A.J. Kettering")]
    [InlineData("Plaid's Rhun ap Tudur spoke first.\n\nMr ap Tudur said: \"The people have lost faith.\"", "Rhun ap Tudur")]
    [InlineData("The captain, Tadhg \u00d3 S\u00failleabh\u00e1in, praised Evan Byrne. \"Ice in his veins,\" he said.", "Tadhg \u00d3 S\u00failleabh\u00e1in")]
    [InlineData("The novelist J.R.R. Kettering won the prize. \"I wrote it in a caravan,\" Kettering said.", "J.R.R. Kettering")]
    [InlineData("U.S. officials met Jo Lee. \"We agreed,\" Lee said.", "Jo Lee")]
    public void A_patronymic_particle_and_joined_initials_belong_to_the_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A spokesperson for Save the Children said the camp was \"overwhelmed\".", "Save the Children")]
    [InlineData("\"The camp is overwhelmed,\" Save the Children said in a statement.", "Save the Children")]
    [InlineData("The Stop the War Coalition said the march was \"the biggest yet\".", "Stop the War Coalition")]
    public void A_campaign_s_name_goes_on_over_the_the_after_its_verb(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Harbour Workers' Federation, which backed the case, hailed the ruling as \"a victory.\"", "Harbour Workers' Federation")]
    [InlineData("The Property Investors\u2019 Federation said the bill \"punishes good landlords.\"", "Property Investors\u2019 Federation")]
    public void A_plural_possessive_inside_an_organisations_name_is_part_of_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"This Bill is taxing bread,\" Hon. Jared Ochieng' Opiyo said.", "Jared Ochieng' Opiyo")]
    [InlineData("\"This Bill is taxing bread,\" said Jared Ochieng\u2019 Opiyo.", "Jared Ochieng\u2019 Opiyo")]
    public void The_apostrophe_that_ends_a_luo_name_is_part_of_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tidewater's Ministry of Health said it had \"confirmed 14 cases\".", "Ministry of Health")]
    [InlineData("Tidewater's Ministry of Health confirmed 14 cases. The ministry urged residents to \"boil all water\".", "Ministry of Health")]
    [InlineData("Marlow\u2019s Federal Constitutional Court wrote that the law was \"void\".", "Federal Constitutional Court")]
    [InlineData("Moody's Investors Service said the outlook was \"negative\".", "Moody's Investors Service")]
    [InlineData("Saudi Arabia's Ministry of Foreign Affairs said it \"welcomes the commitment\".", "Ministry of Foreign Affairs")]
    [InlineData("Tidewater's Cabinet Office said no deal was \"better than a bad deal\".", "Cabinet Office")]
    [InlineData("Four officers of Marlow's Metropolitan Police were cleared. The police said it had been a \"prolonged\" assault.", "Metropolitan Police")]
    [InlineData("Tidewater's City Council said the plan was \"unaffordable\".", "City Council")]
    [InlineData("Marlow's Royal Navy said the ship had been \"shadowed for hours\".", "Royal Navy")]
    public void A_countrys_or_a_citys_possessive_before_a_body_of_its_state_is_no_part_of_the_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"The book is finished,\" Stephen King said on Monday.", "Stephen King")]
    [InlineData("\"We have the votes,\" Foreign Minister Julie Bishop said.", "Julie Bishop")]
    [InlineData("\"It was a long campaign,\" former prime minister John Major told the BBC.", "John Major")]
    [InlineData("\"I have a dream,\" said Martin Luther King Jr. in his speech.", "Martin Luther King Jr.")]
    [InlineData("\"Peace is possible,\" Pope John Paul II said during the visit.", "John Paul II")]
    public void A_title_that_is_a_surname_and_a_generational_suffix_belong_to_the_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Mayor Ramon Castillo, Jr. on Monday said the plan was \"working\".\n\n\"We met this morning,\" Castillo said.", "Ramon Castillo, Jr.")]
    [InlineData("Former senator Robert Hale, Sr. told reporters the bill was \"dead\".\n\n\"It cannot pass,\" Hale said.", "Robert Hale, Sr.")]
    public void A_generational_suffix_after_a_comma_ends_the_name_that_its_surname_stands_for(string body, string speaker)
        => Assert.All(Quotes(body), q => Assert.Equal(speaker, q.Speaker));

    [Theory]
    [InlineData("President Michael D Hanley has led tributes to the singer.\n\n\"He was a genius,\" Mr Hanley said.", "Michael D Hanley")]
    [InlineData("Former president George W Bosch said the war was \"necessary\".\n\n\"It was the right call,\" Bosch said.", "George W Bosch")]
    public void A_capital_letter_alone_between_a_given_name_and_a_surname_is_a_middle_initial(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Dean Winter has confirmed Labor won't back the motion.\n\n\"We move our own,\" he said.", "Dean Winter")]
    [InlineData("\"We will win,\" said Dean Smith, the manager.", "Dean Smith")]
    [InlineData("Dean of Students Jo Lee said the rules were \"clear\".", "Jo Lee")]
    public void A_title_that_is_a_given_name_opening_two_words_is_the_given_name(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("\"It was a rush,\" said April Orgill. \"I was in bed.\"\n\n\"Our backyard is a mess,\" Orgill added.", "April Orgill")]
    [InlineData("\"It was bad,\" said June Carter, a neighbour.\n\n\"We lost the roof,\" Carter added.", "June Carter")]
    public void A_month_that_is_a_given_name_after_a_verb_of_saying_opens_the_name(string body, string speaker)
        => Assert.All(Quotes(body), q => Assert.Equal(speaker, q.Speaker));

    [Fact]
    public void A_month_before_a_name_that_no_verb_of_saying_precedes_is_a_date()
        => Assert.Equal("Smith", Assert.Single(Quotes("In April Smith said the firm was \"doing well\".")).Speaker);

    [Theory]
    [InlineData("Her friend Malcolm Prince said she was \"full of life\".", "Malcolm Prince")]
    [InlineData("\"She was so proud,\" Alexander Pope told the BBC.", "Alexander Pope")]
    [InlineData("Malcolm Prince met her often. Mr Prince said: \"I'm devastated.\"", "Malcolm Prince")]
    [InlineData("Julia King chairs the trust. Mrs King said: \"We are ready.\"", "Julia King")]
    public void A_royal_title_that_is_a_surname_ends_a_name_and_follows_a_form_of_address(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Susan and Bob Ryall run the farm. Mrs Ryall said: \"We love it here.\"", "Susan Ryall")]
    [InlineData("Bob and Susan Ryall run the farm. Mr Ryall said: \"We love it here.\"", "Bob Ryall")]
    [InlineData("Susan and Bob Ryall run the farm. Mr Ryall said: \"We love it here.\"", "Bob Ryall")]
    public void A_given_name_coupled_by_and_to_a_full_name_shares_its_surname(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void Mr_before_a_shared_surname_names_the_man_a_familiar_given_name_shows()
        => Assert.Equal("Josh Porter", Assert.Single(Quotes("Nurse Rita Porter spoke first. Her husband Josh Porter spoke too. \"We need ratios,\" Mr Porter said.")).Speaker);

    [Theory]
    [InlineData("\"I am proud,\" said Bishop Ines Duarte.", "Ines Duarte")]
    [InlineData("\"The deal is done,\" Crown Prince Ali bin Saud said.", "Ali bin Saud")]
    [InlineData("\"The bill is a pretence,\" Lord Alli said.", "Alli")]
    [InlineData("\"The bill is a pretence,\" said the Lord Mayor of Tidewater, Ines Duarte.", "Ines Duarte")]
    [InlineData("Det Insp Ines Duarte added: \"We want to hear from anyone who filmed it.\"", "Ines Duarte")]
    [InlineData("Pc Tomas Brandt-Hale described the force used as \"ferocious\".", "Tomas Brandt-Hale")]
    [InlineData("\"We want to hear from anyone who filmed it,\" PC Ines Duarte said.", "Ines Duarte")]
    [InlineData("\"We have learnt from the past,\" said Datuk Seri Rosli bin Ismail.", "Rosli bin Ismail")]
    [InlineData("The head of the village, Pak Sumarno, spoke first. \"We have lived with the volcano all our lives,\" Pak Sumarno said.", "Sumarno")]
    [InlineData("\"The river is rising,\" said Ibu Wahyuni Rahman.", "Wahyuni Rahman")]
    [InlineData("His opponent, Dutchman Jesse van den Heuvel, said the champion had been \"unplayable\".", "Jesse van den Heuvel")]
    [InlineData("\"With a heavy heart,\" said Portuguese MEP Ana Lucia Ferreira dos Santos.", "Ana Lucia Ferreira dos Santos")]
    [InlineData("Detective Inspector Sarah Whitlock led the appeal. \"Any information could be vital,\" DI Whitlock said.", "Sarah Whitlock")]
    [InlineData("\"Uncle Tan was so calm,\" said Madam Nur Aisyah Rahman.", "Nur Aisyah Rahman")]
    [InlineData("The minister, Alhaji Lai Bello, said the state \"will not negotiate.\"", "Lai Bello")]
    [InlineData("\"The dam is safe,\" said Thiru M. K. Selvan.", "M. K. Selvan")]
    [InlineData("Health CS Ines Wanjiru said: \"We all found a place in our hearts to agree.\"", "Ines Wanjiru")]
    [InlineData("Tidewater County Supervisor Ines Duarte dissented.\n\n\"There is no other bus line like it,\" Duarte said.", "Ines Duarte")]
    [InlineData("Cr Ines Duarte said ratepayers would get \"a shock\".", "Ines Duarte")]
    [InlineData("Rockstar Tomas Brandt has described the singer as an \"unmatched showman\".", "Tomas Brandt")]
    [InlineData("Comedian Ines Duarte said the tour was \"the best of my life\".", "Ines Duarte")]
    [InlineData("\"The road will be ready,\" Engr. Musa Bello told reporters.", "Musa Bello")]
    [InlineData("\"It is a shame we are not in the cup,\" said Tidewater Rovers Striker Tomas Brandt.", "Tomas Brandt")]
    [InlineData("\"We will be ready,\" said Tidewater Rovers Goalkeeper Tomas Brandt.", "Tomas Brandt")]
    [InlineData("\"He was a lamp that never went out,\" said Oba Mutiu Oladele Akinyemi.", "Mutiu Oladele Akinyemi")]
    [InlineData("Deputy Minister YB Lim Chee Keong replied on Sunday.\n\n\"The minister could have called me,\" Lim wrote.", "Lim Chee Keong")]
    [InlineData("Lt Ines Duarte, of the county sheriff's department, said the man \"said nothing\".", "Ines Duarte")]
    [InlineData("\"We saw the ship go down,\" said Capt Tomas Brandt.", "Tomas Brandt")]
    [InlineData("\"We saw the ship go down,\" Cdr Tomas Brandt told the inquiry.", "Tomas Brandt")]
    [InlineData("\"We believe our decision was right,\" Tomas Brandt, VP of Global Affairs, said in the statement.", "Tomas Brandt")]
    [InlineData("\"We believe our decision was right,\" Tomas Brandt, Northlight's VP of Global Affairs, said.", "Tomas Brandt")]
    [InlineData("\"We will appeal,\" Tomas Brandt, Northlight Media's Chief Executive, said.", "Tomas Brandt")]
    [InlineData("Editor-in-Chief Ines Duarte said the paper was \"proud\".", "Ines Duarte")]
    [InlineData("\"We will hold the line,\" said Commander-in-Chief Tomas Brandt.", "Tomas Brandt")]
    [InlineData("Tomas Brandt, Man-of-the-Series, said, \"I really enjoyed this tour.\"", "Tomas Brandt")]
    [InlineData("\"I really enjoyed this tour,\" said Player of the Match Tomas Brandt.", "Tomas Brandt")]
    [InlineData("Commodore Tomas Brandt said the vote was \"fair\".", "Tomas Brandt")]
    [InlineData("\"It's all over,\" said PM Okonkwo.", "Okonkwo")]
    [InlineData("\"We played well,\" AB van der Holt said.", "AB van der Holt")]
    [InlineData("\"We will appeal,\" Tomas Brandt, Northlight's Chief Executive Officer, said.", "Tomas Brandt")]
    [InlineData("Professor Tomas Brandt disagreed. \"It is too soon,\" Prof Brandt said.", "Tomas Brandt")]
    [InlineData("Tidewater High School Principal Tomas Brandt welcomed the pupils. \"It is a great day,\" Brandt said.", "Tomas Brandt")]
    [InlineData("Chief International Correspondent Ines Duarte asked the question. \"Do you regret it?\" Duarte asked.", "Ines Duarte")]
    public void A_title_before_a_name_is_still_no_part_of_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Tomas Long organised a protest. When Duarte cut him off, Long said, \"You are in the pocket of big business.\"", "Tomas Long")]
    [InlineData("Tomas Long organised a protest. \"You are in the pocket of big business,\" Long said.", "Tomas Long")]
    public void A_surname_that_is_also_an_adverb_names_the_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Foreign Minister Prince Khalid al-Tamimi answered his critics. \"We have nothing to hide,\" Prince Khalid said.", "Khalid al-Tamimi")]
    [InlineData("Prince Khalid bin Faisal bin Tamim welcomed the decision. \"We prefer action,\" Prince Khalid said.", "Khalid bin Faisal bin Tamim")]
    [InlineData("Prime Minister Sheikh Nadira spoke at the rally. \"We will not bow,\" Nadira said.", "Sheikh Nadira")]
    [InlineData("Ruler Sheikh Khalid bin Tamim Al Nahar opened the show. \"We are open,\" Sheikh Khalid said.", "Khalid bin Tamim Al Nahar")]
    public void A_regnal_title_and_a_given_name_link_to_the_person_the_text_introduced_with_them(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Scottish Liberal Democrat Tomas Brandt MSP said: \"This is a betrayal.\"")]
    [InlineData("Labour's Tomas Brandt MP said: \"This is a betrayal.\"")]
    [InlineData("\"This is a betrayal,\" said Tomas Brandt MLA.")]
    [InlineData("Counsel for the family, Tomas Brandt BL, said: \"This is a betrayal.\"")]
    public void Letters_after_a_name_of_a_seat_or_a_call_to_the_bar_are_no_part_of_it(string body)
        => Assert.Equal("Tomas Brandt", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("High-profile Fine Gael TD Tomas Brandt said \"anything can happen\".")]
    [InlineData("Fine Gael TD Tomas Brandt said \"anything can happen\".")]
    public void A_seats_letters_before_a_name_are_a_title_no_part_of_it(string body)
        => Assert.Equal("Tomas Brandt", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_seats_letters_after_a_place_name_its_holder_not_the_place()
        => Assert.NotEqual("Tidewater", Assert.Single(Quotes("The debate was heated, with a Tidewater TD accusing the Government of leaving parishes \"without a squad car\".")).Speaker);

    [Theory]
    [InlineData("Prime Minister KJ Tamang Rai addressed the House. \"We will not bow,\" Rai said.", "KJ Tamang Rai")]
    [InlineData("Prime Minister KJ Rai addressed the House. \"We will not bow,\" Rai said.", "KJ Rai")]
    [InlineData("KJ Tamang Rai said \"we will not bow\".", "KJ Tamang Rai")]
    [InlineData("Chief Minister R Vasudeva Naidu spoke at the rally. \"The city is ours,\" Naidu said.", "R Vasudeva Naidu")]
    [InlineData("\"The city is ours,\" said R T Vasudeva Naidu.", "R T Vasudeva Naidu")]
    [InlineData("\"We are not asking people to stay home,\" said CP Tunde Olawale Bakare.", "Tunde Olawale Bakare")]
    [InlineData("\"We played well,\" said GM Ana Costa Reyes.", "Ana Costa Reyes")]
    public void Undotted_initials_before_a_given_name_and_a_surname_open_the_name(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("\"We urge calm,\" said KP Yugandhar. Yugandhar also said the media were \"irresponsible\".")]
    [InlineData("KP Yugandhar said the media must \"refrain\". Yugandhar also said they were \"irresponsible\".")]
    [InlineData("Federation president KP Yugandhar urged calm. Yugandhar also said the media were \"irresponsible\".")]
    [InlineData("The crash was caused by a \"mismatch\", KP Yugandhar, General Manager of Southern Railways, told reporters. \"Something went wrong,\" Mr Yugandhar said.")]
    public void Undotted_initials_and_a_surname_that_speak_or_hold_an_office_name_a_person_the_surname_alone_stands_for(string body)
        => Assert.Equal("KP Yugandhar", Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("\"We will appeal,\" AC Tidewater said in a statement.", "AC Tidewater")]
    [InlineData("\"We will appeal,\" the US Tidewater Fund said.", "US Tidewater Fund")]
    public void Capitals_before_one_name_word_or_a_bodys_name_are_no_initials(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void A_newspaper_whose_name_ends_in_a_players_position_speaks_as_itself()
        => Assert.Equal("Chicago Defender", Assert.Single(Quotes("\"The film is a triumph,\" The Chicago Defender said.")).Speaker);

    [Theory]
    [InlineData("\"I am proud,\" said King Ines.", "King Ines")]
    [InlineData("Pope Tomas spoke on Monday. \"This is a defeat for humanity,\" Tomas said.", "Pope Tomas")]
    [InlineData("Pope Tomas spoke on Monday. The Pope said the war was \"a defeat for humanity.\"", "Pope Tomas")]
    [InlineData("Pope Tomas called the war \"a defeat for humanity.\"", "Pope Tomas")]
    public void A_regnal_title_before_a_single_given_name_is_part_of_the_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"This is a defeat for humanity,\" Queen Elizabeth II said.", "Elizabeth II")]
    [InlineData("Jordanian King Tomas III has condemned the bombings and announced that \"justice will pursue the criminals\".", "Tomas III")]
    public void A_regnal_title_before_a_name_and_its_ordinal_is_left_out_as_any_title(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Spokesman Yahya Harun spoke on Monday. \"We will strike back,\" Haroun said.", "Yahya Harun")]
    [InlineData("Researcher Sally Wasef spoke on Monday. \"The lake was sacred,\" Wasif said.", "Sally Wasef")]
    public void A_surname_spelt_one_letter_differently_links_to_the_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Jo Lee spoke on Monday. \"We will strike back,\" Lees said.", "Lees")]
    [InlineData("Tom Haron met Ann Harun on Monday. \"We will strike back,\" Haroun said.", "Haroun")]
    public void A_short_or_ambiguous_variant_stays_as_written(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte spoke on Monday. The next day on Twitter Duarte accused her rival of attempting to \"steal the election.\"", "Ines Duarte")]
    [InlineData("On Facebook Ines Duarte wrote that the vote was \"a farce.\"", "Ines Duarte")]
    [InlineData("The singer Tom West spoke at a rally. The next day on Twitter West accused his wife of trying to \"lock me up\".", "Tom West")]
    public void A_platform_before_a_name_is_no_part_of_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Ines Duarte held two rallies on Monday. At a rally in Marlow Duarte said: \"We will win.\"", "Ines Duarte")]
    [InlineData("Tomas Brandt flew out on Sunday. On Monday in Tidewater Brandt said \"talks will resume.\"", "Tomas Brandt")]
    [InlineData("Ines Duarte arrived in Marlow. In Marlow Duarte told reporters \"the deal is done.\"", "Ines Duarte")]
    public void A_place_ending_an_opening_phrase_without_its_comma_is_no_part_of_the_known_name_after_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Dr. Tomas Brandt at Saint Francis said, \"We received a mass casualty alert.\"", "Tomas Brandt")]
    [InlineData("Protesters carried signs. At Marlow Duarte Hall they chanted \"No more cuts!\"", "Protesters")]
    public void A_name_after_a_place_preposition_that_no_earlier_text_introduced_is_not_split(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("An official government Twitter account made the announcement: \"Cases are rising.\"")]
    [InlineData("\"Cases are rising,\" Twitter said.")]
    public void A_platform_is_never_the_speaker(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A spokesperson for Facebook said \"limiting access is a concern.\"")]
    [InlineData("A spokesperson for the social networking website Facebook said \"limiting access is a concern.\"")]
    public void The_company_of_a_platform_speaks_by_its_spokesperson(string body)
        => Assert.Equal("Facebook", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Facebook has announced that it is referring the ban to its board. \"We believe our decision was right,\" the company said in a blog post.", "Facebook")]
    [InlineData("Twitter said on Monday it would ban political ads. \"Reach should be earned,\" the company said.", "Twitter")]
    public void A_platform_named_as_the_subject_before_a_company_s_noun_is_the_company(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Senator Dana Holt met voters. Her son Miles Holt joined her.\n\n\"We will win,\" Holt said.", "Dana Holt")]
    [InlineData("Amos Tembo spoke first. Later, Amos Kenneth Tembo added a word.\n\n\"Only the people will remove me,\" Tembo said.", "Amos Kenneth Tembo")]
    public void A_surname_links_to_the_first_person_introduced_with_it_in_the_fullest_form(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("President Kwabena Holt signed the bill. His wife, Mary Holt, opened the garden.\n\n\"Let us hear it for vegetables,\" said Mrs. Holt.", "Mary Holt")]
    [InlineData("President Peter Holt signed the bill. His wife, Mary Holt, opened the garden.\n\n\"Let us hear it for vegetables,\" Mrs Holt said.", "Mary Holt")]
    [InlineData("Mary Holt opened the garden. Her husband, Peter Holt, signed the bill.\n\n\"We will win,\" Mr. Holt said.", "Peter Holt")]
    [InlineData("Senator Dana Holt met voters. Her son Miles Holt joined her.\n\n\"We will win,\" Mrs. Holt said.", "Dana Holt")]
    public void An_honorific_before_a_surname_picks_the_person_of_its_gender_among_those_of_that_surname(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We will win,\" Holt said on Monday.\n\nDana Holt, the mayor, lost the vote last week.", "Dana Holt")]
    [InlineData("Dana Holt is the mayor. \"We will win,\" Holt said. Her son Miles Holt agreed.", "Dana Holt")]
    public void A_surname_the_text_introduces_only_later_links_to_that_later_person(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[0].Speaker);

    [Theory]
    [InlineData("Transport for Tidewater said it was \"disappointed\" by the decision.", "Transport for Tidewater")]
    [InlineData("Health for All said on Monday that the cuts were \"reckless\".", "Health for All")]
    public void A_title_that_a_connector_joins_to_a_name_opens_a_body_s_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Treasury said it would appeal, calling the ruling \"regrettable\".", "Treasury")]
    [InlineData("A National Treasury spokesperson said the balances were \"healthy\".", "National Treasury")]
    [InlineData("\"We will appeal,\" said Treasury Secretary Ines Duarte.", "Ines Duarte")]
    public void The_treasury_is_a_body_and_before_a_title_part_of_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Friends of Tidewater Moor said on Facebook that the fight was \"far from over\".")]
    [InlineData("The Friends of Tidewater Moor, which campaigned against the turbines, said that the fight was \"far from over\".")]
    public void A_campaign_group_named_friends_of_a_place_speaks_as_that_group(string body)
        => Assert.Equal("Friends of Tidewater Moor", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Gloria La Cruz is a candidate. La Cruz described the war as \"horrible\".", "Gloria La Cruz")]
    [InlineData("Swami Vidyananda spoke on Monday. \"We will pray,\" said Swami Vidyananda.", "Vidyananda")]
    [InlineData("Dana Holt is the mayor. Holt's Harbour Department said the pier is \"closed for now\".", "Harbour Department")]
    [InlineData("Dana Holt is the mayor. A tweet from Holt's Twitter account repeated the pledge, saying \"We are closed\".", "Dana Holt")]
    [InlineData("Dana Holt's Twitter account posted: \"We are closed.\"", "Dana Holt")]
    [InlineData("A post on Dana Holt's Facebook page read: \"We are closed.\"", "Dana Holt")]
    [InlineData("\"Heartbroken,\" writes Holt's longtime tag team partner Amos Tembo on Instagram.", "Amos Tembo")]
    [InlineData("Ines von der Holt said the deal was \"historic\".", "Ines von der Holt")]
    [InlineData("\"The deal is historic,\" said Ines van der Holt.", "Ines van der Holt")]
    [InlineData("Ines von der Holt met reporters. \"The deal is historic,\" von der Holt said.", "Ines von der Holt")]
    [InlineData("The Rev Andrew Okwuosa, the chaplain, says \"they tell her things\".", "Andrew Okwuosa")]
    [InlineData("\"They tell her things,\" said the Rt Rev Andrew Okwuosa.", "Andrew Okwuosa")]
    [InlineData("\"They tell her things,\" said Fr Andrew Okwuosa.", "Andrew Okwuosa")]
    [InlineData("Canon Andrew Okwuosa said \"they tell her things\".", "Andrew Okwuosa")]
    public void Names_with_honorifics_particles_and_possessives_link_to_who_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Crowds of supporters of Mir-Hossein Rahimi marched on Monday. Rahimi said the count was \"a fraud\".", "Mir-Hossein Rahimi")]
    [InlineData("A brother of Tsegaye Okonkwo spoke first. Okonkwo later said the trial was \"long overdue\".", "Tsegaye Okonkwo")]
    public void A_name_after_a_relation_s_noun_and_of_is_a_person_the_text_introduces(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[0].Speaker);

    [Fact]
    public void A_role_with_a_surname_links_to_the_person_the_text_introduced()
    {
        const string body = "Donald Trump met Joe Biden, the former vice president.\n\nPresident Trump spoke first. The president called the plan a \"waste of time\".";
        Assert.Equal("Donald Trump", Assert.Single(Quotes(body)).Speaker);
    }

    [Fact]
    public void A_head_shared_by_two_longer_names_stays_as_written()
    {
        const string body = "The Harbour Ministry of Tidewater and the Harbour Ministry of Marlow met.\n\n\"We agree,\" the Harbour Ministry said.";
        Assert.Equal("Harbour Ministry", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("Dana Holt, 54, was arrested on Monday. \"I am innocent,\" the 54-year-old told reporters.", "Dana Holt")]
    [InlineData("Police arrested 54-year-old Dana Holt. \"I am innocent,\" said the 54-year-old.", "Dana Holt")]
    [InlineData("Police arrested Dana Holt, 54, and Amos Tembo, 31. \"I am innocent,\" the 31-year-old told reporters.", "Amos Tembo")]
    public void An_age_noun_links_to_the_person_introduced_with_that_age(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Manchester United said the player had been \"suspended indefinitely\".", "Manchester United")]
    [InlineData("\"We are shocked,\" Tidewater United said in a statement.", "Tidewater United")]
    [InlineData("The United States said the strike was \"unjustified\".", "United States")]
    [InlineData("\"The strike was unjustified,\" South Korea said.", "South Korea")]
    [InlineData("Buckingham Palace said the king had \"passed away peacefully\".", "Buckingham Palace")]
    public void A_club_a_state_and_a_royal_household_named_in_place_words_speak(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Tomas Brandt and his wife Ana have lived on the street for 30 years.\n\n\"We have never seen flooding like this,\" Brandt said. His wife added: \"We lost everything.\"", "Ana")]
    [InlineData("Tomas Brandt was killed on Monday. His wife, Ines Duarte, was at home.\n\n\"He was my world,\" his wife said.", "Ines Duarte")]
    [InlineData("Tomas Brandt and his son Luis run the farm. \"It's hard work,\" his son said.", "Luis")]
    [InlineData("Tomas Brandt is survived by his wife, Ines, and two sons.\n\n\"He was my rock,\" his wife said.", "Ines")]
    [InlineData("Tomas Brandt is survived by his wife, Ines. \"He was my rock,\" she said.", "Ines")]
    [InlineData("Tomas Brandt and his wife Ana have lived on the street for 30 years.\n\n\"We lost everything,\" said his wife.", "Ana")]
    [InlineData("Tomas Brandt died on Monday.\n\n\"He was my rock,\" said his wife, Ines Duarte.", "Ines Duarte")]
    public void A_kin_noun_after_a_possessive_pronoun_is_the_person_the_text_named_with_it(string body, string? speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("Mark O'Brien was in the courtroom. Reporter O'Brien said the talk was \"not factual\".")]
    [InlineData("Mark O'Brien was in the courtroom. \"It was not factual,\" Correspondent O'Brien said.")]
    public void A_capitalised_role_noun_before_a_surname_the_text_introduced_is_that_person(string body)
        => Assert.Equal("Mark O'Brien", Assert.Single(Quotes(body)).Speaker);

    // The gold sets write the kin noun for a relative the text never names ("his daughter reported" → daughter), as they
    // do after a role noun's possessive ("the victim's father said" → father).
    [Theory]
    [InlineData("\"He was my world,\" his wife said.", "wife")]
    [InlineData("Tomas Brandt died on Monday. \"He was a good boy,\" said his mother.", "mother")]
    [InlineData("Tomas Brandt vanished on Thursday. His daughter told police he had \"left home four hours ago\".", "daughter")]
    [InlineData("Tomas Brandt vanished on Thursday. His daughter said he \"left home four hours ago\".", "daughter")]
    public void A_kin_noun_after_a_possessive_pronoun_that_the_text_names_no_one_with_is_the_relative_unnamed(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body).Last().Speaker);

    [Theory]
    [InlineData("The Tidewater State Department of Harbours reported 20 wrecks. \"Tides are rising,\" the Department of Harbours said.", "Tidewater State Department of Harbours")]
    [InlineData("The Marlow Ministry of Defence said the strike was over. \"All targets were hit,\" the Defence Ministry said.", "Marlow Ministry of Defence")]
    [InlineData("The Ministry of Foreign Affairs of Marlow protested. \"We object,\" the Foreign Ministry said.", "Ministry of Foreign Affairs of Marlow")]
    [InlineData("The Tidewater Police Service arrested two men. \"Enquiries continue,\" the Tidewater Police said.", "Tidewater Police Service")]
    public void A_body_s_noun_inside_its_name_opens_a_short_name_for_the_whole(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_short_name_that_two_longer_names_hold_stands_for_neither()
        => Assert.Equal("Department of Harbours", Assert.Single(Quotes("The Tidewater State Department of Harbours and the Marlow State Department of Harbours met. \"Tides are rising,\" the Department of Harbours said.")).Speaker);

    [Theory]
    [InlineData("\"The economy will recover,\" said Bank of Tidewater Governor Andrew Okonkwo.", "Andrew Okonkwo")]
    [InlineData("\"The economy will recover,\" said Bank of the Tidewater Islands Governor Ines Duarte.", "Ines Duarte")]
    public void A_title_and_a_person_s_name_end_the_body_s_name_before_them(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The order came at Andrew Okonkwo's request. \"We will get through this,\" Okonkwo said.", "Andrew Okonkwo")]
    [InlineData("Reporters gathered in Ines Duarte's office. \"We will get through this,\" Duarte said.", "Ines Duarte")]
    [InlineData("The Andrew Okonkwo administration acted quickly. \"We will get through this,\" Okonkwo said.", "Andrew Okonkwo")]
    public void A_name_after_in_at_or_the_that_owns_a_thing_or_an_administration_is_a_person_s(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Governors Andrew Okonkwo and Ines Duarte met on Monday. \"We will get through this,\" Okonkwo said.", "Andrew Okonkwo")]
    [InlineData("\"This is a disgrace,\" said Senators Andrew Okonkwo and Ines Duarte in a statement.", "Andrew Okonkwo")]
    public void A_title_s_plural_before_names_is_no_part_of_the_first_name(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[0].Speaker);

    [Theory]
    [InlineData("Ines Maria Duarte met Tomas Brandt in Lisbon. In Havana Maria said the fish were \"small\".")]
    [InlineData("Ines Maria Duarte met Tomas Brandt in Lisbon. On Monday in Havana Maria said the fish were \"small\".")]
    public void A_place_and_a_name_after_in_make_no_new_person_for_the_name_to_stand_for(string body)
        => Assert.Equal("Ines Maria Duarte", Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_given_name_after_a_kin_noun_takes_the_fuller_name_the_text_gives_later()
    {
        const string body = "Brandt's father Luis said the verdict would \"let Tomas rest\".\n\n\"We want answers,\" Luis Brandt said.";
        Assert.All(Quotes(body), q => Assert.Equal("Luis Brandt", q.Speaker));
    }

    [Fact]
    public void A_verb_of_speech_capitalised_after_a_noun_names_no_one()
        => Assert.Null(Assert.Single(Quotes("Another passenger Tweeted: \"Got straight on the train, loads of seats.\"")).Speaker);

    [Fact]
    public void A_place_named_in_place_words_does_not_speak()
        => Assert.Null(Assert.Single(Quotes("\"The strike was unjustified,\" North Tidewater said.")).Speaker);

    [Theory]
    [InlineData("Ines Duarte won her third world title on Sunday. \"I'm over the moon,\" the 28-year-old said.")]
    [InlineData("Ines Duarte won her third world title on Sunday. Speaking after the race, the 28-year-old said she was \"over the moon\".")]
    [InlineData("Ines Duarte won her third world title on Sunday. The 28-year-old paused, saying she was \"over the moon\".")]
    [InlineData("Ines Duarte, 28, won her third world title. The 28-year-old paused for several seconds before answering that she was \"over the moon\".")]
    [InlineData("Ines Duarte said the strikes meant she arrived late. The 28-year-old pipe fitter said: \"I normally leave the house at 5:30am.\"")]
    [InlineData("Ines Duarte said the strikes meant she arrived late. The 28-year-old nurse told reporters: \"I normally leave the house at 5:30am.\"")]
    public void An_age_noun_that_no_one_was_introduced_with_stands_for_the_person_named_before(string body)
        => Assert.Equal(("Ines Duarte", AttributionRule.SpeechVerb, true), Assert.Single(Quotes(body)));

    [Theory]
    [InlineData("Police arrested a man. \"I am innocent,\" the 54-year-old told reporters.")]
    [InlineData("Police arrested Dana Holt, 54. \"I am innocent,\" the 31-year-old told reporters.")]
    public void An_age_noun_with_no_person_of_that_age_names_no_speaker(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_name_without_its_middle_initial_links_to_the_fuller_name()
    {
        const string body = "Crowds waited as Tom J. Hale landed. Tom Hale said he would help. He made it clear by saying \"I will help,\" after the talks.";
        Assert.Equal("Tom J. Hale", Assert.Single(Quotes(body)).Speaker);
    }

    [Theory]
    [InlineData("Regarding the next steps, the joint statement said: \"We will meet every week.\"")]
    [InlineData("U.S.-Turkish relations worsened after a resolution passed, labelling the killings as \"genocide\".")]
    public void An_opening_participle_or_a_nationality_adjective_is_no_speaker(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("President Moon Jae-in said \"We will talk.\"", "Moon Jae-in")]
    [InlineData("\"We will talk,\" said Park Geun-hye.", "Park Geun-hye")]
    [InlineData("Jae-won Park, an analyst at Sorensen, said the fall was \"overdone\".", "Jae-won Park")]
    [InlineData("\"We will talk,\" said Soo-jin Hall.", "Soo-jin Hall")]
    [InlineData("Judge Ines Hall QC said they \"showed no respect\".", "Ines Hall")]
    [InlineData("\"We will talk,\" said Mayor Jo Street.", "Jo Street")]
    [InlineData("\"We will talk,\" Chinese Ambassador Sun Yuxi said.", "Sun Yuxi")]
    public void A_surname_that_is_a_place_word_names_a_person_after_a_title_or_beside_a_hyphenated_given_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Prime Minister Tomas Reinholt's Social Democrats won the most seats.\n\n\"We got a mandate,\" Reinholt told supporters.", "Tomas Reinholt")]
    [InlineData("The Alachua Sheriff's Office searched the lake.\n\n\"We are ready,\" the office said.", "Alachua Sheriff's Office")]
    public void A_person_s_name_in_the_possessive_before_what_they_own_is_introduced(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We will appeal,\" said Maria dela Cruz.", "Maria dela Cruz")]
    [InlineData("\"We will appeal,\" said Jose delos Santos.", "Jose delos Santos")]
    [InlineData("\"We will appeal,\" said Siti Aminah bt Yusof.", "Siti Aminah bt Yusof")]
    [InlineData("Majority Leader Kipkemboi arap Rotich rose. \"Is it in order?\" he asked.", "Kipkemboi arap Rotich")]
    [InlineData("Counsel Rajendran s/o Muthusamy said his client was \"drowning in debts\".", "Rajendran s/o Muthusamy")]
    [InlineData("Counsel Rajendran s/o Muthusamy spoke.\n\n\"He is not a mastermind,\" Mr Rajendran said.", "Rajendran s/o Muthusamy")]
    public void A_lower_case_particle_of_a_name_stays_inside_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Police searched the area. The eThekwini Municipality said in a statement that it would \"work closely with SAPS\".", "eThekwini Municipality")]
    [InlineData("Police searched the area. eBay said the listing had been \"removed in error\".", "eBay")]
    public void A_name_may_open_with_a_lower_case_letter_before_a_capital(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Mayor Oh Se-hoon visited Tidewater.\n\n\"We will talk,\" Oh said.", "Oh Se-hoon")]
    [InlineData("\"We will talk,\" said Seoul mayor Oh Se-hoon.", "Oh Se-hoon")]
    [InlineData("\"Oh, we will talk,\" said Ines Duarte.", "Ines Duarte")]
    public void Oh_is_a_korean_surname_and_an_interjection_in_a_quote_takes_nothing(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Tom French said of the vote: \"This is a historic day.\"", "Tom French")]
    [InlineData("\"It was a joy,\" said Anna West.", "Anna West")]
    [InlineData("Tom French from the Harbour Network said: \"This is a historic day.\"", "Tom French")]
    public void A_place_surname_that_names_no_kind_of_place_names_a_person_after_a_given_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Minister Ines Duarte spoke. She said bands in Laventille, San Fernando and Tobago would get more money.\n\n\"Carnival belongs to every child,\" she said.", "Ines Duarte")]
    [InlineData("Minister Ines Duarte spoke. She said flights to Santa Cruz and São Paulo would resume.\n\n\"We are ready,\" she said.", "Ines Duarte")]
    [InlineData("\"We are ready,\" said Aung San Suu Kyi.", "Aung San Suu Kyi")]
    public void A_saint_s_title_opening_a_name_names_a_place(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Fact]
    public void A_place_word_after_a_word_that_is_no_given_name_stays_a_place()
        => Assert.Null(Assert.Single(Quotes("\"We will talk,\" Carnegie West said.")).Speaker);

    [Theory]
    [InlineData("\"We will talk,\" Albert Hall said.", "Albert Hall")]
    [InlineData("\"We will talk,\" George Street said.", "George Street")]
    public void A_given_name_and_a_place_word_that_speak_are_the_speaker_a_person_or_a_venue_alike(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We will talk,\" Downing Street said.", "Downing Street")]
    [InlineData("New Delhi said the flooding had been caused by \"extraordinary rainfall\".", "New Delhi")]
    [InlineData("\"We will talk,\" Mexico City said.", "Mexico City")]
    [InlineData("Papua New Guinea said the claim was \"baseless\".", "Papua New Guinea")]
    [InlineData("\"We will talk,\" Tidewater Hall said.", null)]
    public void A_place_word_after_a_name_with_no_title_stays_a_place_unless_it_names_a_seat_of_government_or_a_state(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Supreme Council of the Tidewater Forces met on Monday.\n\n\"We accept the resignation,\" the Council said.", "Supreme Council of the Tidewater Forces")]
    [InlineData("The Tidewater Commission fined the port on Monday.\n\n\"The fine is final,\" the Commission said.", "Tidewater Commission")]
    public void The_noun_that_ends_an_organisations_name_stands_for_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void A_noun_that_ends_two_organisations_names_stands_for_neither()
        => Assert.Equal(
            "Commission",
            Assert.Single(Quotes("The Tidewater Commission and the Harbour Commission met.\n\n\"The fine is final,\" the Commission said.")).Speaker);

    [Theory]
    [InlineData("Judge Ines Hall opened the hearing on Monday.\n\n\"The court will sit until Friday,\" Hall said.", "Ines Hall")]
    [InlineData("President Moon Jae-in visited Tidewater.\n\n\"We will talk,\" Moon said.", "Moon Jae-in")]
    [InlineData("The hearing moved to Carnegie Hall.\n\n\"We will talk,\" Hall said.", null)]
    [InlineData("The label signed rapper Ines West in July.\n\nWest held a rally in Tidewater, screaming \"I almost lost my daughter!\"", "Ines West")]
    [InlineData("The march reached Marlow West in July.\n\n\"We will talk,\" West said.", null)]
    public void A_place_word_is_the_surname_of_a_person_introduced_under_it(string body, string? speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Irish Rail said the service would \"resume on Monday\".", "Irish Rail")]
    [InlineData("The Scottish Greens labelled her decision \"deeply disappointing\".", "Scottish Greens")]
    [InlineData("New Zealand First is calling for gangs to \"be outlawed\" after the raids.", "New Zealand First")]
    [InlineData("The party South Sudan Unity said the vote was \"a farce\".", "South Sudan Unity")]
    public void A_nationality_or_a_states_name_opening_a_body_s_name_is_no_place(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("United States and British diplomats were stopped. \"It was outrageous,\" the US said.", "United States")]
    [InlineData("United States and British diplomats were stopped. \"It was outrageous,\" the U.S. said.", "United States")]
    [InlineData("The talks included the United States. The U.S. said \"we are staying.\"", "United States")]
    [InlineData("Médecins Sans Frontières runs the clinic. \"Hospitals are not targets,\" MSF said.", "Médecins Sans Frontières")]
    [InlineData("British diplomats were stopped. \"It was outrageous,\" the US said.", "US")]
    [InlineData("United States Army diplomats were stopped. \"It was outrageous,\" the US said.", "US")]
    [InlineData("The Ministry of Housing, Communities and Local Government wrote to councils. \"Every council has a role to play,\" MHCLG said.", "Ministry of Housing, Communities and Local Government")]
    public void An_acronym_stands_for_the_name_the_text_writes_whose_initials_it_spells(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("On Saturday evening South West Water said it was \"working around the clock\".", "South West Water")]
    [InlineData("North East Water said supplies would \"resume on Monday\".", "North East Water")]
    public void A_water_utility_named_with_compass_words_speaks(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("A Department for Moving Up, Housing and Families spokesman said: \"The benefit will rise in April.\"", "Department for Moving Up, Housing and Families")]
    [InlineData("A Department for Work, Pensions and Families spokesman said: \"The benefit will rise in April.\"", "Department for Work, Pensions and Families")]
    public void A_body_s_name_over_a_comma_is_written_as_the_text_writes_it(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Independent Commission of Investigations (INDECOM) is under fire.\n\nAccording to INDECOM, the officers \"provided no excuse\".", "Independent Commission of Investigations")]
    [InlineData("The International Criminal Police Organization (INTERPOL) met. \"We are ready,\" INTERPOL said.", "International Criminal Police Organization")]
    [InlineData("Tomas Hale (THAL) met the press. \"We are ready,\" THAL said.", "THAL")]
    public void An_acronym_of_the_beginnings_of_a_body_s_words_stands_for_its_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Sergey M\u2024 said the team \"won't give any comments at this time.\"")]
    [InlineData("Wikinews reached out to Sergey M\u2024, one of the maintainers, however Sergey said he \"won't give any comments at this time\".")]
    public void An_initial_dotted_with_a_one_dot_leader_ends_a_name_and_no_sentence(string body)
        => Assert.Equal("Sergey M\u2024", Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Director of the Scottish Council of Jewish Communities Ines Duarte testified. \"It was offensive,\" said Duarte.", "Ines Duarte")]
    [InlineData("Director of the Scottish Council of Jewish Communities Ines Duarte testified. \"It was offensive,\" Duarte said.", "Ines Duarte")]
    [InlineData("Trustees of the Tidewater Council of Harbour Communities met Ines Duarte. \"It was offensive,\" said Duarte.", "Ines Duarte")]
    public void A_title_before_a_chain_of_bodies_introduces_the_person_after_them(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Ministry of Science and ICT said data protection rules \"apply in full\" to home devices.", "Ministry of Science and ICT")]
    [InlineData("China's Ministry of Industry and Information Technology warned against \"disorderly competition\".", "Ministry of Industry and Information Technology")]
    [InlineData("The Ministry of Education and Culture said the government \"welcomes the museum's decision\".", "Ministry of Education and Culture")]
    [InlineData("The Harbour Ministry and Ines Duarte said the plan was \"sound\".", "Ines Duarte")]
    public void The_tail_of_a_body_s_name_after_of_and_and_speaks_as_the_whole_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);
}
