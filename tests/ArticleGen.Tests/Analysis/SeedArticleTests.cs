using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using Xunit.Abstractions;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis;

/// <summary>The seed article (seeds/original/000_f280014935800b08.txt), its body read as the generator reads it.</summary>
public sealed class SeedArticleTests
{
    private static readonly string[] QuotePrefixes =
    [
        "great ship",
        "but negative factors",
        "And the relationship is facing",
        "active diplomacy",
        "There’s no substitute",
        "we’re as clear as possible",
        "have been largely talking past each other",
        "On the conflict in Ukraine",
    ];

    private readonly ITestOutputHelper _output;

    public SeedArticleTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void With_declared_entities_all_eight_quotes_get_their_speakers()
    {
        string body = SeedBody();
        var entities = SeedEntities();
        var analysis = Analyze(body, entities);
        _output.WriteLine(Describe(body, analysis));

        Assert.Equal(QuotePrefixes.Length, analysis.Quotes.Length);
        string[] expected = ["Wang Yi", "Wang Yi", "Wang Yi", "Antony Blinken", "Antony Blinken", "Antony Blinken", "China Daily", "China Daily"];
        for (int i = 0; i < QuotePrefixes.Length; i++)
        {
            var quote = analysis.Quotes[i];
            Assert.StartsWith(QuotePrefixes[i], QuoteText(body, quote), System.StringComparison.Ordinal);
            Assert.Equal(expected[i], quote.SpeakerName);
            Assert.Equal(expected[i], entities[quote.Speaker].Name);
        }

        Assert.Equal(AttributionRule.Pronoun, analysis.Quotes[2].Rule);
        Assert.Equal(AttributionRule.Pronoun, analysis.Quotes[7].Rule);
        Assert.Empty(analysis.UnbalancedMarks);
    }

    [Fact]
    public void Without_entities_speakers_are_names_from_the_text()
    {
        string body = SeedBody();
        var analysis = Analyze(body);
        _output.WriteLine(Describe(body, analysis));

        string?[] expected = ["Wang Yi", "Wang Yi", "Wang Yi", "Antony Blinken", "Antony Blinken", "Antony Blinken", "China Daily", "China Daily"];
        Assert.Equal(expected, analysis.Quotes.Select(q => q.SpeakerName).ToArray());
        Assert.All(analysis.Quotes, q => Assert.Equal(-1, q.Speaker));
    }
}
