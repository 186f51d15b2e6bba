using System.Linq;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Model;
using Xunit;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis;

// The generator\'s kind, not the runtime\'s ArticleGen.EntityKind that the enclosing namespace would find first.
using EntityKind = ArticleGen.Generator.Model.EntityKind;

public sealed class AttributionTests
{
    private static (string? Name, AttributionRule Rule)[] Speakers(string body, params EntitySurface[] entities)
        => Analyze(body, entities).Quotes.Select(q => (q.SpeakerName, q.Rule)).ToArray();

    [Theory]
    [InlineData("“We are ready,” Blinken said.", "Blinken")]
    [InlineData("“We are ready,” Blinken told reporters.", "Blinken")]
    [InlineData("\"We are ready,\" Blinken added on Friday.", "Blinken")]
    [InlineData("\"We are ready,\" Blinken said in a statement.", "Blinken")]
    [InlineData("\"We are ready,\" said Santa Barbara County Sheriff Bill Brown.", "Bill Brown")]
    [InlineData("\"We are ready,\" said study co-author Professor Carl Lipo of Binghamton University.", "Carl Lipo")]
    [InlineData("\"We are ready,\" Deputy Emergency Situations Minister Alexander Chupriyan told TASS.", "Alexander Chupriyan")]
    [InlineData("“We are ready,” 1st Fleet Command's Navy Information Agency head Arba Agung told The Jakarta Post.", "Arba Agung")]
    [InlineData("Wang told Blinken that the “great ship” had stabilised.", "Wang")]
    [InlineData("Blinken replied that “active diplomacy” was needed.", "Blinken")]
    [InlineData("Blinken says “active diplomacy” is needed.", "Blinken")]
    [InlineData("Smith tweeted, \"We are ready.\"", "Smith")]
    [InlineData("Cruz, in remarks to ABC, said, \"We are ready.\"", "Cruz")]
    [InlineData("Nancy Pelosi, the Speaker of the House, said on Friday \"We are ready.\"", "Nancy Pelosi")]
    [InlineData("The Vice President, Mike Pence, said the country is \"in a crisis.\"", "Mike Pence")]
    [InlineData("Tomasz Kubiak, a fire service spokesman, told AFP the victim has \"severe burns\".", "Tomasz Kubiak")]
    [InlineData("President Donald Trump congratulated Pelosi, saying, \"we can get things done.\"", "Donald Trump")]
    [InlineData("Jo Smith of the Labour Party added, \"We are ready.\"", "Jo Smith")]
    [InlineData("Another eyewitness, Nicole Towarek, described \"insane\" heat.", "Nicole Towarek")]
    [InlineData("\"You have to work,\" quipped Valiant Entertainment editor Heather Antos.", "Heather Antos")]
    [InlineData("President Erdogan said — as reported by Hurriyet Daily News — \"We will change it.\"", "Erdogan")]
    [InlineData("Ann Lee talked of her \"deep gratitude\" to the staff.", "Ann Lee")]
    [InlineData("Ann Lee specified that the fee is \"not negotiable.\"", "Ann Lee")]
    [InlineData("Jo Smith also reacted on Twitter, \"Sad news.\"", "Jo Smith")]
    [InlineData("Ann Lee characterized the call with Bob Hale as \"a friendly chat.\"", "Ann Lee")]
    [InlineData("Ann Lee said the call was \"a friendly chat.\"", "Ann Lee")]
    [InlineData("Jo Smith of the City Health Service (CHS) told the press the plan was only part of the answer: \"We need staff.\"", "Jo Smith")]
    [InlineData("Another was tour guide Ben Cole, 24, who cited his army training: \"I just reacted.\"", "Ben Cole")]
    [InlineData("Governor of Ohio Anna Pratt said on Friday, \"We need more staff.\"", "Anna Pratt")]
    [InlineData("President of the Philippines Rodrigo Duterte said \"No.\"", "Rodrigo Duterte")]
    [InlineData("Senator Ben Cole of Kansas said on Friday, \"We need more staff.\"", "Ben Cole")]
    [InlineData("Jo Smith of The Blue Notes also reacted on Twitter, \"Sad news.\"", "Jo Smith")]
    [InlineData("\"He was brilliant,\" said University of Leeds, Bradford's vice-chancellor, Ann Lee.", "Ann Lee")]
    [InlineData("\"He was brilliant,\" said Leeds University's head of history, Ann Lee.", "Ann Lee")]
    public void A_speech_verb_with_a_named_subject_attributes_the_quote(string body, string speaker)
        => Assert.Equal((speaker, AttributionRule.SpeechVerb), Assert.Single(Speakers(body)));

    [Fact]
    public void A_passive_speech_verb_names_its_agent()
        => Assert.Equal(
            ("Yevgeny Zinichev", AttributionRule.Passive),
            Assert.Single(Speakers("He was told by Emergencies Minister Yevgeny Zinichev of \"40 people under the rubble\".")));

    [Fact]
    public void According_to_names_the_speaker()
        => Assert.Equal(
            ("Vinnie DeVita", AttributionRule.AccordingTo),
            Assert.Single(Speakers("According to eyewitness Vinnie DeVita, \"it exploded.\"")));

    [Fact]
    public void An_organisation_speaking_through_an_editorial_is_the_speaker()
        => Assert.Equal(
            ("China Daily", AttributionRule.SpeechVerb),
            Assert.Single(Speakers("Officials doubted it, with a China Daily editorial saying that both sides “talk past each other”.")));

    [Fact]
    public void He_resolves_to_the_previous_speaker_rather_than_to_the_listener()
    {
        const string body = "Foreign Minister Wang Yi met Antony Blinken. Wang told Blinken that the “great ship” had stabilised.\n\n“And there are disruptions,” he said.";
        Assert.Equal([("Wang Yi", AttributionRule.SpeechVerb), ("Wang Yi", AttributionRule.Pronoun)], Speakers(body));
    }

    [Fact]
    public void He_resolves_to_the_nearest_person_named_as_a_subject()
    {
        const string body = "Florida official Troy Roberts said the road will be examined. He said \"Guardrails can only take so much.\"";
        Assert.Equal(("Troy Roberts", AttributionRule.Pronoun), Assert.Single(Speakers(body)));
    }

    [Fact]
    public void It_resolves_to_the_nearest_organisation()
    {
        const string body = "A Reuters report said talks stalled.\n\n“The world can see it clearly,” it said.";
        Assert.Equal(("Reuters", AttributionRule.Pronoun), Assert.Single(Speakers(body)));
    }

    [Fact]
    public void A_pronoun_with_no_antecedent_gives_no_speaker()
        => Assert.Equal((null, AttributionRule.None), Assert.Single(Speakers("“It is over,” she said.")));

    [Theory]
    [InlineData("Ines Duarte told the Courier that the flood was \"the worst in memory\". Therefore, since the dam was so old, \"it could fail at any time.\"")]
    [InlineData("Ines Duarte told the Courier that the flood was \"the worst in memory\". Since the dam was so old, the town was \"lucky to be standing\".")]
    public void A_quote_in_the_next_sentence_with_no_source_of_its_own_continues_the_previous_one(string body)
        => Assert.Equal([("Ines Duarte", AttributionRule.SpeechVerb), ("Ines Duarte", AttributionRule.Continuation)], Speakers(body));

    [Fact]
    public void A_quote_in_the_next_sentence_that_names_only_the_previous_speaker_continues_it()
    {
        const string body = "The Tidewater Flood Agency (TFA) advised \"residents to leave the valley\". The TFA also informed residents to stay off the roads, citing that \"even shallow water can sweep a car away.\"";
        Assert.Equal([("Tidewater Flood Agency", AttributionRule.SpeechVerb), ("Tidewater Flood Agency", AttributionRule.Continuation)], Speakers(body));
    }

    [Theory]
    [InlineData("Ines Duarte told the Courier that the flood was \"the worst in memory\". The army then began \"Operation Dry Feet\" in the town.")]
    [InlineData("Ines Duarte told the Courier that the flood was \"the worst in memory\". Later Tom Hale called the plan \"hopeless\" in a letter.")]
    public void A_title_or_a_quote_after_another_name_in_the_next_sentence_is_not_continued(string body)
        => Assert.NotEqual(("Ines Duarte", AttributionRule.Continuation), Speakers(body)[1]);

    [Fact]
    public void A_second_quote_without_attribution_continues_the_first()
    {
        const string body = "“The next hours will decide,” Myers said. “We hope for the best.”";
        Assert.Equal([("Myers", AttributionRule.SpeechVerb), ("Myers", AttributionRule.Continuation)], Speakers(body));
    }

    [Fact]
    public void A_quote_after_a_sentence_with_another_subject_is_not_continued()
    {
        const string body = "Tom Hale said the budget would cut \"a trillion dollars\". Ines Duarte accused Hale of living in the past. \"We also have fewer horses.\"";
        Assert.Equal([("Tom Hale", AttributionRule.SpeechVerb), ("Ines Duarte", AttributionRule.PreviousSentence)], Speakers(body));
    }

    [Fact]
    public void A_quote_after_a_sentence_about_the_same_speaker_is_continued()
    {
        const string body = "Tom Hale said the budget would cut \"a trillion dollars\". Hale has long opposed the plan. \"We cannot afford it.\"";
        Assert.Equal([("Tom Hale", AttributionRule.SpeechVerb), ("Tom Hale", AttributionRule.Continuation)], Speakers(body));
    }

    [Fact]
    public void A_quote_in_a_new_paragraph_without_attribution_has_no_speaker()
    {
        const string body = "“The next hours will decide,” Myers said.\n\nThe weapon was a “sharp tool”.";
        Assert.Equal([("Myers", AttributionRule.SpeechVerb), (null, AttributionRule.None)], Speakers(body));
    }

    [Fact]
    public void A_quote_in_a_new_paragraph_is_not_the_last_speakers_when_its_own_sentence_has_a_source()
    {
        // The report's author is not named: the report speaks, not Myers.
        const string body = "“The next hours will decide,” Myers said.\n\nThe report noted a “sharp tool”.";
        Assert.Equal([("Myers", AttributionRule.SpeechVerb), ("report", AttributionRule.SpeechVerb)], Speakers(body));
    }

    [Fact]
    public void A_scare_quote_without_speech_verb_has_no_speaker()
        => Assert.Equal((null, AttributionRule.None), Assert.Single(Speakers("Reports vary between a knife and a \"sharp tool\".")));

    [Fact]
    public void A_verb_of_another_clause_after_the_quote_does_not_attribute_it()
    {
        const string body = "Duda said it was an \"appalling tragedy\" while Interior Minister Joachim Brudziński wrote he had ordered checks.";
        Assert.Equal(("Duda", AttributionRule.SpeechVerb), Assert.Single(Speakers(body)));
    }

    [Fact]
    public void A_new_sentence_after_a_closed_quote_does_not_attribute_it()
    {
        const string body = "“We are with him.” President Andrzej Duda remarked, “Today I am with him.”";
        Assert.Equal([(null, AttributionRule.None), ("Andrzej Duda", AttributionRule.SpeechVerb)], Speakers(body));
    }

    [Theory]
    [InlineData("\"He was brilliant,\" said University of Leeds, Bradford's new hall, Ward Hall.")]
    [InlineData("Ben Cole cited the Ann Lee quote that \"luck is work.\"")]
    [InlineData("Spielberg directed \"Jaws\" in 1975.")]
    [InlineData("According to the Daily Star, a spokesman for the mayor expressed regret; \"We will appeal.\"")]
    [InlineData("Protesters carried a banner from People's Vote saying \"put it to the people\".")]
    [InlineData("The program at Fishmongers' Hall called \"Learning Together\" ended.")]
    public void Unclear_subjects_give_no_speaker_rather_than_a_wrong_one(string body)
        => Assert.Equal((null, AttributionRule.None), Assert.Single(Speakers(body)));

    [Fact]
    public void A_relative_clause_verb_is_skipped()
    {
        const string body = "Speaker John Bercow commented on the matter — which the BBC noted as unusual — \"It is obvious.\"";
        Assert.Equal(("John Bercow", AttributionRule.SpeechVerb), Assert.Single(Speakers(body)));
    }

    [Fact]
    public void A_bare_surname_resolves_to_the_full_name_introduced_earlier()
    {
        const string body = "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi.\n\n“Diplomacy matters,” Blinken said. Wang told him “no”.";
        Assert.Equal([("Antony Blinken", AttributionRule.SpeechVerb), ("Wang Yi", AttributionRule.SpeechVerb)], Speakers(body));
    }

    [Fact]
    public void A_surname_shared_by_a_person_introduced_later_is_not_captured()
    {
        const string body = "Foreign Minister Wang Yi spoke.\n\n“We agree,” Wang said.\n\nHe later met minister Wang Xiaohong.";
        Assert.Equal(("Wang Yi", AttributionRule.SpeechVerb), Assert.Single(Speakers(body)));
    }

    [Fact]
    public void Declared_entities_resolve_by_mention_alias_and_surname()
    {
        const string body = "“We are ready,” Blinken said. “Fine,” said Treasury Secretary Janet Yellen. “Yes,” Yellen added. “No,” said Xi.";
        var entities = new[]
        {
            Entity("antony-blinken", EntityKind.Person, "Antony Blinken", "Blinken"),
            Entity("janet-yellen", EntityKind.Person, "Janet Yellen"),
        };
        var quotes = Analyze(body, entities).Quotes;

        Assert.Equal([0, 1, 1, -1], quotes.Select(q => q.Speaker).ToArray());
        string?[] names = ["Antony Blinken", "Janet Yellen", "Janet Yellen", "Xi"];
        Assert.Equal(names, quotes.Select(q => q.SpeakerName).ToArray());
    }

    [Fact]
    public void A_directive_verb_quotes_its_words_after_to()
    {
        const string body = "Ann Lee met the press. She was directing the board to \"act at once\".";
        Assert.Equal(("Ann Lee", AttributionRule.Pronoun), Assert.Single(Speakers(body)));
    }

    [Fact]
    public void A_titled_name_after_the_place_of_its_title_is_the_speaker_and_its_follow_on_quote_continues()
    {
        const string body = "\"We need more staff,\" wrote Mayor of Leeds Anna Pratt (no relation). \"Now.\"";
        Assert.Equal([("Anna Pratt", AttributionRule.SpeechVerb), ("Anna Pratt", AttributionRule.Continuation)], Speakers(body));
    }

    [Fact]
    public void He_after_according_to_resolves_to_the_source_rather_than_the_previous_speaker()
    {
        const string body = "\"Now they will go,\" Jo Smith of the WHO said.\n\nAccording to Ann Lee, few people come back. \"Now they will come,\" she told the press, \"and stay.\"";
        Assert.Equal(
            [("Jo Smith", AttributionRule.SpeechVerb), ("Ann Lee", AttributionRule.Pronoun), ("Ann Lee", AttributionRule.Pronoun)],
            Speakers(body));
    }

    [Fact]
    public void A_pronoun_resolves_to_a_declared_person_entity()
    {
        const string body = "Joe Biden met the press.\n\n“We will act,” he said.";
        var quote = Assert.Single(Analyze(body, Entity("joe-biden", EntityKind.Person, "Joe Biden")).Quotes);

        Assert.Equal((0, "Joe Biden", AttributionRule.Pronoun), (quote.Speaker, quote.SpeakerName, quote.Rule));
    }
}
