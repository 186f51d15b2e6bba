using System;
using System.Linq;
using ArticleGen.Generator.Analysis;
using ArticleGen.Tests.Corpus;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Analysis;

/// <summary>Runs the analyzer over every article of the Wikinews corpus, as plain text with no declared entities.</summary>
public sealed class WikinewsCorpusTests
{
    private readonly ITestOutputHelper _output;

    public WikinewsCorpusTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void The_corpus_reader_yields_all_171_articles_with_lf_line_endings()
    {
        var articles = WikinewsCorpus.Articles;

        Assert.Equal(171, articles.Count);
        Assert.All(articles, a =>
        {
            Assert.StartsWith("https://en.wikinews.org/", a.Url, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(a.Title));
            Assert.DoesNotContain('\r', a.Text);
        });
    }

    [Fact]
    public void The_csv_reader_handles_quotes_commas_and_newlines_in_fields()
    {
        var rows = WikinewsCorpus.ParseCsv("a,b\r\n\"x, \"\"y\"\"\",\"line1\r\nline2\"\n,last");

        Assert.Equal(3, rows.Count);
        Assert.Equal(["x, \"y\"", "line1\nline2"], rows[1]);
        Assert.Equal(["", "last"], rows[2]);
    }

    [Fact]
    public void Every_article_is_analysed_and_most_quotes_get_a_speaker()
    {
        int quotes = 0;
        int attributed = 0;
        int unbalanced = 0;
        foreach (var article in WikinewsCorpus.Articles)
        {
            var analysis = BodyAnalyzer.Analyze(article.Text, Array.Empty<EntitySurface>(), default);
            quotes += analysis.Quotes.Length;
            attributed += analysis.Quotes.Count(q => q.SpeakerName is not null);
            unbalanced += analysis.UnbalancedMarks.Length;

            Assert.NotEmpty(analysis.Paragraphs);
            for (int i = 0; i < analysis.Quotes.Length; i++)
            {
                var quote = analysis.Quotes[i];
                Assert.True(quote.Length > 0 && quote.Start > 0 && quote.Start + quote.Length <= article.Text.Length);
                Assert.True(quote.SentenceStart < quote.Start && quote.Start + quote.Length <= quote.SentenceStart + quote.SentenceLength);
                Assert.True(i == 0 || analysis.Quotes[i - 1].Start + analysis.Quotes[i - 1].Length < quote.Start);
                // With no entity declared, a speaker is a name the text gives, whole: it stands in the article.
                Assert.True(quote.SpeakerName is null || article.Text.Contains(quote.SpeakerName, StringComparison.Ordinal), $"'{quote.SpeakerName}' is not in {article.Title}");
            }
        }

        _output.WriteLine($"articles: {WikinewsCorpus.Articles.Count}, quotes: {quotes}, with a speaker: {attributed} ({(double)attributed / quotes:P1}), unbalanced marks: {unbalanced}");
        Assert.True(quotes >= MinimumQuotes, $"quotes found: {quotes}");
        Assert.True(attributed >= MinimumAttributed, $"quotes attributed: {attributed}");
    }

    // A little under the measured values (606 quoted spans, 454 with a speaker after the fourth round of rules; see
    // docs/quote-attribution.md).
    private const int MinimumQuotes = 590;
    private const int MinimumAttributed = 440;
}
