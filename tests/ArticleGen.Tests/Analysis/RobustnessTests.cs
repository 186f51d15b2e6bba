using System;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Model;
using ArticleGen.Tests.Corpus;
using Xunit;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis;

// The generator\'s kind, not the runtime\'s ArticleGen.EntityKind that the enclosing namespace would find first.
using EntityKind = ArticleGen.Generator.Model.EntityKind;

public sealed class RobustnessTests
{
    private const string Alphabet = "ab AZ.,;:!?\"“”‘’'`()[]—-\n\n  \t\u00A0SaidHeShe19";

    [Fact]
    public void Random_text_never_throws_and_results_are_well_formed()
    {
        var random = new Random(12345);
        var entities = new[] { Entity("a", EntityKind.Person, "Said He", "He"), Entity("b", EntityKind.Organization, "Z", "Z.") };
        for (int round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 120);
            for (int i = 0; i < length; i++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            string body = builder.ToString();
            AssertWellFormed(body, BodyAnalyzer.Analyze(body, round % 2 == 0 ? entities : [], CancellationToken.None));
        }
    }

    /// <summary>
    /// Words that drive the attribution stages (speech verbs and participles, titles, honorifics, possessives, acronyms in
    /// parentheses, relative and clause words, role nouns, quote marks, paragraph breaks), strung at random: every stage's
    /// look-around meets the start and end of a sentence, a paragraph and the body.
    /// </summary>
    private static readonly string[] NewsWords =
    [
        "said", "Saying", "saying", "added", "called", "labeled", "declaring", "announced", "was", "previously", "by", "as",
        "The", "the", "a", "and", "of", "for", "which", "in", "he", "she", "they", "I'm", "President", "president", "Swami",
        "Trump", "Donald", "Trump's", "Biden", "campaign", "spokesperson", "Interpol", "statement", "Recording", "Industry",
        "Association", "America", "(RIAA)", "(", ")", "Fourteen-year-old", "Immunologist", "IM", "Erdoğan", "Erdogan", "La",
        "Riva", "Gloria", "High", "Court", "England", "Wales", "Whereas", "Afterwards", "Except", "speaking", "to", "’s",
        "quoted", "put", "it", "As", "Writing", "on", "Twitter", "office", "from", "54", "54-year-old", "mayor", "White",
        "House", "Q", "letter", "issued", "who", "critics", "spoke", "Monday",
        ",", ".", ":", "—", "\"", "“", "”", "\n\n",
        "‘", "’", "'", "''", "``", "'90s", "workers’", "’em", ": ‘", "\n\n‘",
    ];

    [Fact]
    public void Random_news_shaped_text_never_throws_and_results_are_well_formed()
    {
        var random = new Random(2026);
        for (int round = 0; round < 20000; round++)
        {
            var builder = new StringBuilder();
            int words = random.Next(1, 40);
            for (int i = 0; i < words; i++)
            {
                builder.Append(NewsWords[random.Next(NewsWords.Length)]).Append(random.Next(4) == 0 ? string.Empty : " ");
            }

            string body = builder.ToString();
            AssertWellFormed(body, BodyAnalyzer.Analyze(body, [], CancellationToken.None));
        }
    }

    [Theory]
    [InlineData("and saying \"We won.\"")]
    [InlineData("declaring \"We won.\"")]
    public void A_speech_verb_opening_the_body_is_analysed(string body)
        => Assert.Null(Assert.Single(BodyAnalyzer.Analyze(body, [], CancellationToken.None).Quotes).SpeakerName);

    [Theory]
    [InlineData(", Tidewater Trust, said \"We won.\"")]
    [InlineData(", the rights organisation, Tidewater Trust, said \"We won.\"")]
    [InlineData("of the Tidewater Trust said \"We won.\"")]
    [InlineData("the Senate saying \"We won.\"")]
    [InlineData("'s professor Ines Duarte, it is \"a win\".")]
    [InlineData("according to Ines Duarte, it is \"a win\".")]
    [InlineData("((")]
    [InlineData("((Ines")]
    [InlineData("((Ines Duarte)")]
    [InlineData("((Ines Duarte))")]
    [InlineData("((Ines Duarte))\"I said\"")]
    [InlineData("(( ))  I said, \"We won.\"")]
    [InlineData("((\"x\"))  I said, \"We won.\"")]
    [InlineData("((WN))\n\n((\n\nI said, \"We won.\"")]
    public void A_clause_cut_at_the_start_of_the_body_is_analysed(string body)
        => AssertWellFormed(body, BodyAnalyzer.Analyze(body, [], CancellationToken.None));

    [Theory]
    [InlineData("Local mayor spoke on Monday.\n\n\"We will rebuild,\" the mayor said.")]
    [InlineData("Tidewater's mayor spoke on Monday.\n\n\"We will rebuild,\" the mayor said.")]
    [InlineData("Former acting mayor spoke.\n\n\"We will rebuild,\" the mayor said.")]
    public void A_role_noun_with_only_modifiers_before_it_at_the_start_of_the_body_is_analysed(string body)
    {
        var analysis = BodyAnalyzer.Analyze(body, [], CancellationToken.None);
        AssertWellFormed(body, analysis);
        Assert.Equal("mayor", Assert.Single(analysis.Quotes).SpeakerName);
    }

    private static void AssertWellFormed(string body, BodyAnalysis analysis)
    {
        foreach (var quote in analysis.Quotes)
        {
            Assert.InRange(quote.Start, 0, body.Length);
            Assert.InRange(quote.Start + quote.Length, quote.Start + 1, body.Length);
            Assert.InRange(quote.SentenceStart, 0, quote.Start);
            Assert.InRange(quote.SentenceStart + quote.SentenceLength, quote.Start + quote.Length, body.Length);
            Assert.True(quote.SpeakerName is null || quote.SpeakerName.Length > 0);
        }

        Assert.All(analysis.Mentions, m => Assert.InRange(m.Start + m.Length, m.Start + 1, body.Length));
    }

    [Fact]
    public void A_long_chain_of_documents_each_read_through_the_one_before_nests_no_deep_recursion()
    {
        // Each "which" stands for the report before it, whose author is looked for in the sentence before: 4,000 links, which a
        // recursive reading would follow down to a stack overflow (the whole compiler process would die).
        string body = string.Join(" ", Enumerable.Repeat("The report, which released the Tidewater Report, said \"it is fine.\"", 4_000));

        var analysis = BodyAnalyzer.Analyze(body, [], CancellationToken.None);

        AssertWellFormed(body, analysis);
        Assert.Equal(4_000, analysis.Quotes.Length);
    }

    [Fact]
    public void Null_arguments_are_treated_as_empty()
    {
        var analysis = BodyAnalyzer.Analyze(null!, null!, CancellationToken.None);

        Assert.Empty(analysis.Paragraphs);
        Assert.Empty(analysis.Quotes);
    }

    [Fact]
    public void Entities_with_empty_or_default_forms_are_ignored()
    {
        var entities = new[] { new EntitySurface("x", EntityKind.Other, string.Empty, default), new EntitySurface("y", EntityKind.Other, "  ", [string.Empty, "-"]) };

        Assert.Empty(BodyAnalyzer.Analyze("Some text - here.", entities, CancellationToken.None).Mentions);
    }

    [Fact]
    public void A_ten_megabyte_body_is_analysed_in_linear_time()
    {
        string article = string.Join("\n\n", WikinewsCorpus.Articles.Take(40).Select(a => a.Text));
        var builder = new StringBuilder();
        while (builder.Length < 10_000_000)
        {
            builder.Append(article).Append("\n\n");
        }

        // One huge paragraph full of quotes, and an unbalanced mark at the start of another.
        builder.Append("\"open ").Append(string.Concat(Enumerable.Repeat("“a,” he said. ", 20_000)));
        string body = builder.ToString();
        var entities = new[] { Entity("trump", EntityKind.Person, "Donald Trump", "Trump"), Entity("us", EntityKind.Place, "United States", "U.S.", "US") };

        var analysis = BodyAnalyzer.Analyze(body, entities, CancellationToken.None);

        Assert.True(analysis.Quotes.Length > 20_000);
        Assert.True(analysis.Mentions.Length > 1_000);
    }

    [Theory]
    [InlineData("......")]
    [InlineData("\"a\" ")]
    [InlineData("“a” said ")]
    [InlineData("A ")]
    [InlineData("Said He, ")]
    [InlineData("he said \"")]
    [InlineData("according to ")]
    [InlineData("\n\n \n")]
    [InlineData("((A))  I said, \"b\"\n\n")]
    [InlineData("I said \"a\"\n\n")]
    [InlineData("Ines \"Ina\" ")]
    [InlineData("1,")]
    [InlineData("in the words of In A's words ")]
    [InlineData("The President said the Minister for A, ")]
    [InlineData("said a woman identified only as ")]
    [InlineData("Commisioner ")]
    [InlineData("They said. ")]
    [InlineData("Pope A ")]
    [InlineData("one resident, 34-year-old ")]
    [InlineData("\"a,\" A, head of the B's legal team, said. ")]
    [InlineData("said a statement from a statement by ")]
    [InlineData("her statement said their statement ")]
    [InlineData("on Twitter ")]
    [InlineData("Duarte, who described ")]
    [InlineData("The mayor, ")]
    [InlineData("A federal judge, ")]
    [InlineData("added her husband, ")]
    [InlineData("Lawyers for the ")]
    [InlineData("One woman said. \"a,\" she told ")]
    [InlineData("two people familiar with ")]
    [InlineData("a man who ")]
    [InlineData("He said: ‘a ")]
    [InlineData("\n‘a’ b’ ")]
    [InlineData("'a ‘b workers’ c ")]
    [InlineData("''a`` ")]
    public void Pathological_repetitions_are_analysed_with_sound_results(string unit)
    {
        // 200,000 characters: linear work is instant, quadratic work would not finish in the test run's time.
        // Speed itself is measured in the benchmarks, never asserted here (the machines are noisy).
        string body = new StringBuilder().Insert(0, unit, 200_000 / unit.Length).ToString();
        var entities = new[] { Entity("a", EntityKind.Person, "Said He", "He", "A") };

        foreach (var analysis in new[] { BodyAnalyzer.Analyze(body, entities, CancellationToken.None), BodyAnalyzer.Analyze(body, [], CancellationToken.None) })
        {
            for (int i = 0; i < analysis.Quotes.Length; i++)
            {
                var quote = analysis.Quotes[i];
                Assert.True(quote.Start > 0 && quote.Start + quote.Length <= body.Length);
                Assert.True(i == 0 || analysis.Quotes[i - 1].Start < quote.Start);
            }
        }
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => BodyAnalyzer.Analyze("“Quote,” he said.", [], source.Token));
    }
}
