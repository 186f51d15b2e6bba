using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>The speech classifier: titles, terms and scare quotes are no quotes; a quote a speech clause introduces is speech.</summary>
public sealed class SpeechClassifierTests
{
    [Theory]
    [InlineData("\"We have a tree on top of our house,\" he said. \"It is insane.\"")]
    [InlineData("\"We have a tree on top of our house,\" he said. \"Insane!\"")]
    public void A_quote_that_is_a_whole_sentence_of_its_own_is_speech(string body)
        => Assert.True(Quotes(body).Last().IsSpeech);

    [Fact]
    public void A_short_quote_inside_the_writer_s_sentence_stays_a_term()
        => Assert.False(Assert.Single(Quotes("The weather was \"a little breezy.\"")).IsSpeech);

    [Theory]
    [InlineData("He denied using the word \"lackey\" instead of \"dignity\".")]
    [InlineData("She preferred the term \"riots\" rather than \"protests\" in the report.")]
    public void A_quote_set_against_a_word_named_as_one_is_a_word_too(string body)
        => Assert.All(Quotes(body), quote => Assert.False(quote.IsSpeech));

    [Theory]
    [InlineData("The winning photo is to be published on the cover of \"Puppy and dog basics\" magazine.", false)]
    [InlineData("Ines Duarte told the \"Today\" programme that the dam would hold.", false)]
    [InlineData("Ines Duarte said she would defend herself against what she termed an \"unjust\" campaign.", true)]
    public void A_quote_that_opens_in_capitals_before_the_noun_of_a_work_names_it(string body, bool speech)
        => Assert.Equal(speech, Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("Ines Duarte, who has called for jihad or \"holy war\", is concerned about the spraying.", false)]
    [InlineData("Ines Duarte said she would resign or \"go down fighting\".", true)]
    public void A_short_quote_after_a_noun_and_or_is_another_name_of_the_noun(string body, bool speech)
        => Assert.Equal(speech, Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("Protesters' placards declared \"No Bush visit\" and \"No APEC\", demanding a revision of labour laws.")]
    [InlineData("The marchers' banners declared \"Not in our name\", \"Stop the War\" and \"Troops Out Now\".")]
    public void Every_quote_of_a_list_after_a_speech_verb_is_speech_whatever_its_capitals(string body)
        => Assert.All(Quotes(body), quote => Assert.True(quote.IsSpeech));

    [Theory]
    [InlineData("Ines Duarte, 44, is best known for her chart-topping hits \"One Day in Your Life,\" \"I'm Outta Love\" and \"Left Outside Alone.\"")]
    [InlineData("The band played its hits \"Harbour Lights\", \"Salt Road\" or \"The Long Tide\" every night.")]
    public void Every_quote_of_a_list_whose_first_names_a_work_names_one(string body)
        => Assert.All(Quotes(body), quote => Assert.False(quote.IsSpeech));

    [Theory]
    [InlineData("In an interview with \"60 Minutes\", Ines Duarte said the dam would hold.", false)]
    [InlineData("Speaking on \"Good Morning Tidewater\", Ines Duarte said the dam would hold.", false)]
    [InlineData("Ines Duarte told \"The Tidewater Times\" the dam would hold.", false)]
    [InlineData("\"It will hold,\" said Ines Duarte, author of \"The Long Road\".", false)]
    [InlineData("Ines Duarte urged residents to \"Stay Calm\".", true)]
    [InlineData("Ines Duarte said the dam was in \"good shape\".", true)]
    [InlineData("\"It will hold,\" Ines Duarte told TBC's \"Meet the Region.\"", false)]
    [InlineData("\"It will hold,\" Ines Duarte said on Tidewater News' \"This Week\".", false)]
    [InlineData("\"It will hold,\" Ines Duarte said on TBS' \"Face the Region\".", false)]
    public void A_quote_capitalised_as_a_title_after_a_preposition_or_told_names_a_work_or_an_outlet(string body, bool speech)
        => Assert.Equal(speech, Quotes(body).Last().IsSpeech);

    [Theory]
    [InlineData("A different kind of \"robocall\" was reported in Iowa, where three candidates were targeted.", false)]
    [InlineData("The ban is a form of \"soft censorship\", Ines Duarte argued.", true)]
    [InlineData("Ines Duarte said the ban was a form of \"soft censorship\".", true)]
    public void A_short_quote_named_as_a_kind_of_thing_is_a_term_unless_a_speech_clause_introduces_it(string body, bool speech)
        => Assert.Equal(speech, Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("\"Seven bushfires near the coast, Western Australia\" \u2014 Wikinews, February 4, 2007")]
    [InlineData("Ines Duarte. \"Bridge closed after floods, council says\" \u2014 Tidewater Herald, 1/7/2005 5:23 PM")]
    [InlineData("Staff. \"Tax Relief Approved\" \u2014 CBS/AP, Jan. 7, 2005")]
    [InlineData("Tomas Brandt. \"Ferry strike ends as both sides sign\" \u2013 Coast Radio News, Thursday, June 2, 2011")]
    public void A_headline_cited_with_its_publisher_and_date_is_no_speech(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("Tom Hale, who was branded a \"criminal in uniform\" by commission chair Ines Duarte, was jailed.")]
    [InlineData("Tom Hale was called a \"disgrace to the force\" by Ines Duarte.")]
    public void A_person_named_as_the_agent_of_a_passive_calling_speaks_the_words(string body)
    {
        var quote = Assert.Single(Quotes(body));
        Assert.True(quote.IsSpeech);
        Assert.Equal("Ines Duarte", quote.Speaker);
    }

    [Theory]
    [InlineData("He said he had got threats of violence, and was called a \"God-hater\".", true)]
    [InlineData("He found it curious he was called a \"Democratic socialist\" in one publication.", true)]
    [InlineData("The president sent in more troops in what was called a \"surge.\" Losses followed.", false)]
    public void A_person_called_something_in_the_passive_is_characterised_in_someones_words(string body, bool speech)
        => Assert.Equal(speech, Assert.Single(Quotes(body)).IsSpeech);

    [Fact]
    public void A_name_something_is_called_by_a_group_stays_a_name()
        => Assert.False(Assert.Single(Quotes("The scandal was dubbed \"Bigotgate\" by some media outlets.")).IsSpeech);

    [Fact]
    public void A_persons_motto_is_their_words()
        => Assert.True(Assert.Single(Quotes("Ines Duarte died on Monday. Duarte's motto was \"Why not?\" said her son.")).IsSpeech);

    [Fact]
    public void A_pull_quote_whose_dash_gives_a_name_and_role_stays_speech()
        => Assert.True(Assert.Single(Quotes("\"We will rebuild every bridge\" \u2014 Ines Duarte, mayor of Tidewater")).IsSpeech);

    [Fact]
    public void Every_name_of_a_list_after_a_naming_noun_is_a_name_with_the_lists_commas_inside_the_marks()
        => Assert.All(
            Quotes("The worm, which also goes by the monikers \"BlackWorm,\" \"Blackmal,\" \"Mywife.E\" and \"Nyxem,\" spread quickly, researchers said."),
            quote => Assert.False(quote.IsSpeech));

    [Fact]
    public void A_title_given_again_with_no_speaker_names_the_same_thing()
    {
        const string body = "The music video for \"Gangnam Style\", a song by Tomas Brandt, has become the most viewed video.\n\nShould its daily views continue, \"Gangnam Style\" could pass one billion views.";
        Assert.All(Quotes(body), quote => Assert.False(quote.IsSpeech));
    }

    [Theory]
    [InlineData("The board kept the novel \"The Salt Line\" on its shelves.\n\nInes Duarte, a student, said she had read \"The Salt Line\" in a single night.")]
    [InlineData("The music video for \"Gangnam Style\" passed a billion views.\n\nTomas Brandt said \"Gangnam Style\" - a satire of his district - was made for local fans.")]
    public void A_title_given_again_after_a_speakers_verb_names_the_same_thing(string body)
        => Assert.All(Quotes(body), quote => Assert.False(quote.IsSpeech));

    [Fact]
    public void A_title_said_again_by_someone_stays_their_words()
    {
        const string body = "The song \"Never Again\" topped the charts.\n\nInes Duarte said: \"Never Again\".";
        Assert.Equal([false, true], Quotes(body).Select(quote => quote.IsSpeech));
    }

    [Theory]
    [InlineData("Tom Hale was asked about the navy's controversial \"don't ask, don't tell\" policy, which the minister pledged to end.")]
    [InlineData("Diniz is accused of negotiating with \"bicheiros\" (illegal gambling enterprises) and extortion.")]
    [InlineData("\"Pro-life\" is the umbrella term of choice of the movement.")]
    [InlineData("\"Valetudo\" is the name proposed for the moon, after a Roman goddess.")]
    public void A_modifier_after_adjectives_a_word_glossed_in_brackets_or_named_as_a_word_is_no_speech(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("They used a technique called \"exfiltration.\"")]
    [InlineData("The events were nicknamed \"the Canadian Caper\" by the press.")]
    [InlineData("Her characters are known as \"fursonas\" in the community.")]
    [InlineData("He marched against Brexit (\"British exit\") on Saturday.")]
    [InlineData("Attendees could catch \"Pokemon Biology\" on the first night.")]
    [InlineData("Many offered \"furry\" versions of traditional products.")]
    [InlineData("He named it \"Operation Peace Spring\" and moved on.")]
    [InlineData("The island is governed under the \"one country, two systems\" model.")]
    [InlineData("Her \"stop the war, save the children\" campaign began on Monday.")]
    [InlineData("The hashtag \"#we want free speech#\" spread quickly.")]
    [InlineData("Police arrested a suspect identified only as \"a local man in his forties\" on Monday.")]
    [InlineData("The boxer Tomas Brandt, known to fans as \"The Tidewater Tornado,\" has died aged 78, his family said.")]
    [InlineData("The boxer Tomas Brandt, known to his fans simply as \"Tornado\", has died aged 78, his family said.")]
    [InlineData("Police said they were tracking a gang known along the corridor as \"the forest boys.\"")]
    [InlineData("The driver, known to fellow drivers on the Monumento-Divisoria route as \"Mang Digoy,\" said he was asked for money.")]
    [InlineData("The bowler, known on the domestic circuit as \"the Kanpur Express,\" will miss the game, the captain said.")]
    [InlineData("The flagship accounting product \"LedgerLite\" makes most of its revenue, the company said.")]
    [InlineData("Ogunlesi, who wrote the textbook \"Foundations of Mathematics for West Africa,\" has died, his family said.")]
    [InlineData("More than 180,000 people fled as Typhoon \"Marites\" intensified, the weather bureau said.")]
    [InlineData("The team said in a paper published on Wednesday under the title \"A Merovingian-period boat from Lake Marlow\".")]
    [InlineData("\"The Herring Seller's Daughter\", by the Flemish painter Jan van Aalst, was found in a flat, police said.")]
    [InlineData("The singer, whose 1974 hit \"Hold On to the Morning\" is played at weddings, has died, his family said.")]
    [InlineData("The arrests followed an inquiry code-named Operation \"Black Needle\", prosecutors said.")]
    [InlineData("The regulator said that Lumio, designated a \"gatekeeper\" under the law, had broken the rules.")]
    [InlineData("He also referred to an unofficial company slogan, \"launches speak louder than words\", on Monday.")]
    [InlineData("It is like the saying \"failure is the first step to success\". Be confident.")]
    [InlineData("Hackers took over a site popular with the open vigilante group \"Anonymous\" on Monday, police said.")]
    [InlineData("Tom Hale said the band \"Kestrel Sound\" would tour in May.")]
    [InlineData("The club said its members do not know the pro-government organisation \"Tidewater Community Action Network\" named in the article.")]
    [InlineData("This year's theme was \"A diamond night in Emerald City\" and the bridge was lit.")]
    [InlineData("The city unveiled a new slogan - \"Power in me!\" - and started the countdown.")]
    [InlineData("The family visited the coast in \"Bart vs. Tidewater\" and the hills in another episode.")]
    public void A_title_term_or_scare_quote_is_no_quote(string body)
    {
        var quote = Assert.Single(Quotes(body));
        Assert.False(quote.IsSpeech);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Words_given_as_examples_are_terms_along_their_list()
        => Assert.All(Quotes("He trained the dog to respond to words such as \"sit down\", \"roll over\" and \"stay put\"."),
            quote => Assert.False(quote.IsSpeech));

    [Theory]
    [InlineData("The ministry issued a statement saying, \"the dam is safe and will hold.\"")]
    [InlineData("Protesters chanted slogans, \"we want justice for all of them\", outside.")]
    public void A_participle_saying_or_a_plural_noun_before_a_comma_still_introduces_speech(string body)
        => Assert.True(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("The agency announced the name of the disease: \"COVID-19\" is to replace the designation.")]
    [InlineData("The agency announced the new name of the disease, \"H5N1\".")]
    [InlineData("Sometimes you call the \"A\" which is the most massive one.")]
    [InlineData("The club said its website, \"tidewaterclub.org\", had been hacked.")]
    [InlineData("Supporters said the campaign \"#HarbourForAll\" had spread fast.")]
    [InlineData("The group said \"marlow.co.uk\" was down.")]
    public void A_single_letter_a_code_a_hashtag_or_a_web_address_is_a_name_even_after_a_speech_verb(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("She said: \"Stop.Now.\"")]
    [InlineData("She said: \"No.\"")]
    [InlineData("She said: \"We won #1.\"")]
    public void Initials_or_words_with_a_dot_are_no_web_address(string body)
        => Assert.True(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("\"No,\" she said.")]
    [InlineData("\"Never again,\" she said.")]
    public void A_word_of_letters_alone_after_a_speech_verb_stays_speech(string body)
        => Assert.True(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("Seven people were arrested over a murder police called \"barbaric\".", "police")]
    [InlineData("Diplomats were stopped in an incident the Harbour Board called \"outrageous\".", "Harbour Board")]
    [InlineData("It was a move Ines Duarte called \"reckless\".", "Ines Duarte")]
    public void A_relative_clause_with_no_relative_word_characterises_in_its_subject_s_words(string body, string speaker)
        => Assert.Equal((speaker, true), (Assert.Single(Quotes(body)).Speaker, Assert.Single(Quotes(body)).IsSpeech));

    [Theory]
    [InlineData("Protesters formed a group called \"Citizens for Truth\".")]
    [InlineData("The firm launched a scheme called \"fair pay\".")]
    public void A_noun_named_by_a_participle_stays_a_name(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("Trump called the debate a \"waste of time\".", "Trump")]
    [InlineData("\"Pokemon Biology\", Smith said.", "Smith")]
    [InlineData("Smith said the plan was a \"big mistake\".", "Smith")]
    [InlineData("Holt labeled the report as \"fake news\" and left.", "Holt")]
    [InlineData("Holt lauded the coach as a \"powerful voice of reason\".", "Holt")]
    [InlineData("Holt referred to the riots as acts of \"domestic terror\".", "Holt")]
    [InlineData("Holt denounced the claims as a \"national embarrassment\".", "Holt")]
    [InlineData("The outbreak was previously announced to be a \"pandemic\" by the Harbour Health Board.", "Harbour Health Board")]
    [InlineData("Holt expressed a desire to work with the council to \"build a fairer city\".", "Holt")]
    [InlineData("Holt held a rally, screaming \"I almost lost everything!\"", "Holt")]
    [InlineData("The Courier regarded the debate as \"markedly more civil\".", "Courier")]
    [InlineData("Holt professed himself \"deeply concerned\" about the port.", "Holt")]
    [InlineData("Tom Holt spoke on Monday. He said officers remain at the \"incredibly large\" scene.", "Tom Holt")]
    [InlineData("Tom Holt said he would fight what he called an \"unjust\" campaign.", "Tom Holt")]
    [InlineData("Holt branded the plan \"reckless\".", "Holt")]
    [InlineData("Holt derided the plan as \"a fantasy\".", "Holt")]
    [InlineData("Holt lambasted the council for its \"reckless\" plan.", "Holt")]
    [InlineData("Holt mocked the proposal as \"dead on arrival\".", "Holt")]
    [InlineData("Holt commended the crew for their \"extraordinary courage\".", "Holt")]
    public void A_quote_a_speech_clause_introduces_is_speech(string body, string speaker)
    {
        var quote = Assert.Single(Quotes(body));
        Assert.True(quote.IsSpeech);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_name_right_after_the_noun_of_a_work_is_a_title()
        => Assert.False(Assert.Single(Quotes("The Tidewater programme \"Nightwatch\" reported the story.")).IsSpeech);

    [Theory]
    [InlineData("Ines Duarte said the film \"A Quiet Place\" was the best of the year.")]
    [InlineData("Ines Duarte praised her album, \"Songs of the Sea\", as her finest work.")]
    [InlineData("Writing in the weekly \"Stagecraft\", critic Ines Duarte praised the lead.")]
    [InlineData("The local newspaper, \"La Gazzetta della Murgia\", put the story on its front page.")]
    [InlineData("Ines Duarte said a review would be published under the title \"Lessons from the Outage\".")]
    public void A_title_after_the_noun_of_a_work_is_a_title_inside_a_speech_clause_too(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("Ines Duarte said she had moved her savings into the app's \"Stable Vault,\" a product marketed as safe.")]
    [InlineData("The White House said it would veto the \"Rural Broadband Fairness Act\", a bill backed by Republicans.")]
    [InlineData("Parallax makes \"Quill,\" a chatbot aimed at lawyers, the company said.")]
    public void A_title_cased_quote_that_an_appositive_glosses_is_a_title(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("Nabi Robotics says its companion robot, the \"Dasom 2\", will go on sale in September.")]
    [InlineData("Tor Haugland said he still works from his old fishing boat, the \"Sjoesproeyt\".")]
    [InlineData("Ines Duarte said the law was part of reforms the government has branded the \"New Covenant\".")]
    public void A_title_cased_quote_right_after_the_is_a_name_inside_a_speech_clause_too(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("Ines Duarte said the chain's loyalty scheme, \"Finch Circle\", now had 4.1 million members.")]
    [InlineData("The books, \"The Salt Line\" by Marisa Okafor and another novel, were challenged, Jo Lee said.")]
    [InlineData("Ines Duarte said the award, \"Golden Lantern\", was presented by the jury.")]
    public void A_title_cased_quote_after_a_noun_and_a_comma_is_its_name_inside_a_speech_clause_too(string body)
        => Assert.False(Quotes(body)[0].IsSpeech);

    [Theory]
    [InlineData("Rhodri Pugh posted a photograph with a single word, \"Diolch\".")]
    [InlineData("One group held a banner reading \"My Life, My Choice\"; the other, \"Assist Living, Not Dying\".")]
    [InlineData("Ines Duarte told the minister, \"Never Again\".")]
    public void A_title_cased_quote_after_a_noun_of_words_or_a_person_and_a_comma_stays_speech(string body)
        => Assert.True(Quotes(body)[^1].IsSpeech);

    [Theory]
    [InlineData("Lumora said its \"Halo\" glasses would go on sale in May.")]
    [InlineData("Zielinski said demand for the company's best-selling \"Atlas\" desk had fallen.")]
    [InlineData("Daon says its new \"Pulse 5\" smartwatch can warn wearers.")]
    [InlineData("Brauhof, the Swiss maker of \"Alpenstern\" chocolate bars, said it would raise prices.")]
    public void A_title_cased_quote_before_a_noun_names_a_product_inside_a_speech_clause_too(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("The teams won at \"Drift Kings - Carbon\", \"Castle Siege\", and \"Star Harbour\" Groups.")]
    [InlineData("The troupe staged \"Harbour Nights \u2013 The Opera\" in May.")]
    public void A_dash_between_the_words_of_a_title_is_no_word_of_it(string body)
        => Assert.All(Quotes(body), q => Assert.False(q.IsSpeech));

    [Fact]
    public void Two_title_cased_quotes_joined_by_and_before_a_noun_name_products()
        => Assert.All(Quotes("Bellingham Foods said production of its \"Golden Crunch\" and \"Oaty Rounds\" ranges would move."), q => Assert.False(q.IsSpeech));

    [Theory]
    [InlineData("Workers chanted \"Zostajemy!\", Polish for \"we're staying\".")]
    [InlineData("Rhodri Pugh posted a single word, \"Diolch\", Welsh for \"thank you\".")]
    [InlineData("Deshmukh stood beneath a banner reading \"Badlaav\", meaning \"change\".")]
    [InlineData("Away fans chanted \"Gelin de gorun\", roughly \"come and see\".")]
    [InlineData("The word, usually translated as \"involution\", describes fierce competition, Jo Lee said.")]
    [InlineData("The film's title \"Pehli Baarish\", which means \"the first rain\", refers to the monsoon, Mathur said.")]
    [InlineData("People have a phrase for storms like this one: \"bagyong walang awa\", or \"the storm without mercy\", Cabansag said.")]
    public void A_quote_that_translates_the_one_before_is_a_gloss(string body)
        => Assert.False(Quotes(body)[^1].IsSpeech);

    [Theory]
    [InlineData("The heat is driven by what meteorologists call a \"heat dome\", the forecaster said.")]
    [InlineData("The carrier's unit revenue, what the industry calls \"RASK\", rose 6 per cent, the chief executive said.")]
    [InlineData("Regulators cleared a feature the company calls \"HeartGuard\", Daon said.")]
    [InlineData("The league said it would use a format known in the industry as the \"Swiss model\".")]
    public void A_name_a_trade_or_body_gives_a_thing_in_the_present_is_a_term(string body)
        => Assert.False(Quotes(body)[^1].IsSpeech);

    [Theory]
    [InlineData("He wants to try methods that his father calls \"fine in theory\".")]
    [InlineData("She treats what she calls \"the illnesses of stress\".")]
    [InlineData("Protesters call the plan \"a land grab\".")]
    [InlineData("Tomas Brandt, whom Ines Duarte called \"a liar\", denied it.")]
    [InlineData("The minister, who Ines Duarte called \"a liar\", denied it.")]
    public void One_persons_name_for_a_thing_or_a_clause_of_its_own_stays_speech(string body)
        => Assert.True(Quotes(body)[^1].IsSpeech);

    [Fact]
    public void Quotes_joined_by_or_in_a_list_of_things_said_stay_speech()
        => Assert.All(
            Quotes("Zara Kay said the answer would be \"Don't question God\", or \"You're interpreting it wrong\", or \"Ask a scholar\"."),
            q => Assert.True(q.IsSpeech));

    [Theory]
    [InlineData("Ines Duarte called the plan \"Reckless\" yesterday.")]
    [InlineData("The minister said \"Never Again\" would be the motto.")]
    [InlineData("Protesters chanted \"Free Palestine\" outside.")]
    public void A_title_cased_quote_after_a_verb_or_before_no_noun_stays_speech(string body)
        => Assert.True(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("\"Absolutely,\" the minister said.")]
    [InlineData("After what was described as a \"specific terrorist threat\", the team withdrew.")]
    [InlineData("Ines Duarte called the plan \"reckless\", a charge the minister denied.")]
    public void A_quote_before_its_attribution_or_a_clause_stays_speech(string body)
        => Assert.True(Assert.Single(Quotes(body)).IsSpeech);

    [Fact]
    public void A_whole_sentence_after_the_noun_of_a_work_stays_speech()
        => Assert.True(Assert.Single(Quotes("Ines Duarte said on the radio programme \"It is a great loss to the people of Tidewater, because he never gave up.\"")).IsSpeech);

    [Theory]
    [InlineData("The storm passed at noon. \"We will rebuild.\"")]
    [InlineData("\"I'm sorry,\" was all that came.")]
    public void A_short_quote_in_the_first_person_is_speech(string body)
        => Assert.True(Assert.Single(Quotes(body)).IsSpeech);

    [Fact]
    public void A_short_quote_in_a_sentence_with_a_speech_verb_stays_speech()
        => Assert.True(Assert.Single(Quotes("Officials said the storm was \"very dangerous\" on Monday.")).IsSpeech);

    [Theory]
    [InlineData("Ines Duarte rejected the charges, which she called \"a witch hunt\".", "Ines Duarte")]
    [InlineData("Ines Duarte rejected the charges, which she has called \"a witch hunt\".", "Ines Duarte")]
    [InlineData("Ines Duarte rejected the report, which Tomas Brandt called \"a witch hunt\".", "Tomas Brandt")]
    [InlineData("The plan, which critics called a \"disaster\", was rejected.", "critics")]
    [InlineData("The plan, which the critics called a \"disaster\", was rejected.", "critics")]
    [InlineData("Ines Duarte wrote the novel, which the Tidewater Times called \"the steamiest book of the year\".", "Tidewater Times")]
    [InlineData("Tomas Brandt criticised the vote, which Brandt has referred to as \"gamesmanship\".", "Tomas Brandt")]
    [InlineData("The Chilean Foreign Ministry summoned the ambassador over what it called \"unacceptable remarks\".", "Chilean Foreign Ministry")]
    [InlineData("Drewnex will close two factories, in what chief executive Pawel Zielinski called \"a necessary right-sizing\".", "Pawel Zielinski")]
    [InlineData("Police broke up what the Tidewater Bureau of Investigation (TBI) called a \"long term, deep cover\" spy ring.", "Tidewater Bureau of Investigation")]
    public void A_naming_verb_with_a_subject_of_its_own_characterises_in_that_subjects_words(string body, string speaker)
        => Assert.Equal((speaker, true), Assert.Single(Quotes(body)) is var quote ? (quote.Speaker, quote.IsSpeech) : default);

    [Theory]
    [InlineData("Engineers used a process called \"exfiltration\" to drain the dam.")]
    [InlineData("Police arrested members of a clandestine organisation referred to as \"Ergenekon\".")]
    [InlineData("Two workers, who were part of a workers' group called \"Harbour Hands\" discussed the strike.")]
    public void A_naming_participle_after_a_noun_still_names_a_term(string body)
        => Assert.False(Assert.Single(Quotes(body)).IsSpeech);

    [Theory]
    [InlineData("The group calls itself \"Citizens for Truth\".", false)]
    [InlineData("The militia, which calls itself the \"Free Army of the North\", claimed the attack.", false)]
    [InlineData("They call themselves \"The Watchers\".", false)]
    [InlineData("Ines Duarte called herself \"a failure\" in the interview.", true)]
    public void A_name_a_subject_gives_itself_is_a_term_but_a_description_stays_speech(string body, bool speech)
        => Assert.Equal(speech, Assert.Single(Quotes(body)).IsSpeech);

    [Fact]
    public void A_quote_right_after_a_speech_verb_is_speech_whatever_its_capitals()
    {
        const string body = "Ines Duarte spoke to the voters. To the undecided, I say, \"Be Bold. Vote Gold.\"";
        Assert.True(Assert.Single(Quotes(body)).IsSpeech);
    }

    [Theory]
    [InlineData("I asked them about the dam. And they're like, \"Yeah, but...\"")]
    [InlineData("Some people went like \"no way\" when they saw it.")]
    public void A_quotative_like_introduces_speech(string body)
        => Assert.True(Assert.Single(Quotes(body)).IsSpeech);

    [Fact]
    public void Like_after_a_noun_is_no_quotative()
        => Assert.False(Assert.Single(Quotes("They built a dam like \"the Beast\" upstream.")).IsSpeech);

    [Theory]
    [InlineData("Edward \"Eddie\" Van Halen said \"we will win.\"", "Van Halen")]
    [InlineData("Ines \"Ina\" Duarte spoke on Monday. \"We will win,\" Duarte said.", "Duarte")]
    public void A_nickname_between_given_name_and_surname_is_no_quote_even_before_a_speech_verb(string body, string surname)
    {
        var quotes = Quotes(body);
        Assert.Equal(2, quotes.Length);
        Assert.Equal((null, AttributionRule.None, false), quotes[0]);
        Assert.True(quotes[1].IsSpeech);
        Assert.EndsWith(surname, quotes[1].Speaker);
    }

    [Theory]
    [InlineData("Ines Duarte said \"Yes\" Monday.")]
    [InlineData("\"Yes\" Duarte said.")]
    public void A_capitalised_quote_after_a_verb_or_opening_the_sentence_is_no_nickname(string body)
        => Assert.True(Assert.Single(Quotes(body)).IsSpeech);
}
