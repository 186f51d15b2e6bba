using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleGen.Tests.Corpus;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Generator;

/// <summary>
/// Quotes and speakers found by the generator itself, end to end: from article files to compiled, loaded objects.
/// </summary>
public sealed class InferenceEndToEndTests(ITestOutputHelper output)
{
    private static readonly string[] AnnotatedSpeakers =
        ["wang-yi", "wang-yi", "wang-yi", "antony-blinken", "antony-blinken", "antony-blinken", "china-daily", "china-daily"];

    [Fact]
    public void The_annotated_seed_without_its_quotes_section_gets_the_same_eight_speakers()
    {
        string annotated = TestFiles.SeedText("blinken-meets-wang-yi.md");
        int quotesStart = annotated.IndexOf("\nquotes:\n", StringComparison.Ordinal);
        int frontMatterEnd = annotated.IndexOf("\n---\n", quotesStart, StringComparison.Ordinal);
        string withoutQuotes = annotated.Remove(quotesStart, frontMatterEnd - quotesStart);
        Assert.DoesNotContain("speaker:", withoutQuotes, StringComparison.Ordinal);

        GeneratorRun run = GeneratorHarness.Run(
            [("seeds/blinken-meets-wang-yi.md", withoutQuotes), ("seeds/world.entities.yml", TestFiles.SeedText("world.entities.yml"))],
            string.Empty);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Article article = LoadArticle(run, "BlinkenMeetsWangYi");
        Assert.Equal(AnnotatedSpeakers, article.Quotes.Select(q => q.Speaker?.Id));
    }

    [Fact]
    public void The_raw_seed_text_becomes_a_typed_article_with_speakers_named_from_the_text()
    {
        GeneratorRun run = GeneratorHarness.Run(
            [("seeds/original/000_f280014935800b08.txt", TestFiles.SeedText("original/000_f280014935800b08.txt"))], string.Empty);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Article article = LoadArticle(run, "_000F280014935800b08");
        Assert.Equal("Blinken meets Chinese counterpart Wang Yi in Beijing", article.Title);
        Assert.Equal("Reuters", article.Source);
        Assert.StartsWith("U.S. Secretary of State Antony Blinken met", article.Body, StringComparison.Ordinal);
        Assert.EndsWith("level playing field for U.S. businesses.", article.Body, StringComparison.Ordinal);
        Assert.Equal(
            ["Wang Yi", "Wang Yi", "Wang Yi", "Antony Blinken", "Antony Blinken", "Antony Blinken", "China Daily", "China Daily"],
            article.Quotes.Select(q => q.SpeakerName));
        Assert.All(article.Quotes, q => Assert.Null(q.Speaker));
        Assert.Equal("great ship", article.Quotes[0].Text);
    }

    [Fact]
    public void Every_Wikinews_article_as_plain_text_generates_code_that_compiles()
    {
        IReadOnlyList<WikinewsArticle> corpus = WikinewsCorpus.Articles;
        var files = corpus.Select((a, i) => ($"wikinews/{i:D3}.txt", a.Title + "\n\n" + a.Text)).ToList();

        GeneratorRun run = GeneratorHarness.Run(files, string.Empty);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AG0001");
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assembly assembly = run.Load();
        IReadOnlyList<Article> all = (IReadOnlyList<Article>)assembly.GetType("Seeds.Articles")!.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(corpus.Count, all.Count);

        int quotes = all.Sum(a => a.Quotes.Count);
        int attributed = all.Sum(a => a.Quotes.Count(q => q.SpeakerName is not null));
        int unbalanced = run.GeneratorDiagnostics.Count(d => d.Id == "AG0017");
        output.WriteLine($"{all.Count} articles: {quotes} quotes found, {attributed} with a speaker ({100.0 * attributed / quotes:0.0}%), {unbalanced} unbalanced-mark warnings");
        Assert.All(all, AssertQuotesSitBetweenMarksInTheirSentences);
        // Measured 606 quotes, 393 attributed (see docs/quote-attribution.md); the bounds sit a little below.
        Assert.True(quotes >= 590, $"only {quotes} quotes found");
        Assert.True(attributed >= 375, $"only {attributed} of {quotes} quotes attributed");
    }

    /// <summary>
    /// Each quote opens right after a quote mark and ends at a closing mark (white space aside) or at the end of its
    /// paragraph (a mark never closed), lies inside its sentence, and comes after the one before it.
    /// </summary>
    private static void AssertQuotesSitBetweenMarksInTheirSentences(Article article)
    {
        string body = article.Body;
        int previousEnd = 0;
        foreach (Quote quote in article.Quotes)
        {
            int start = quote.Span.Start;
            int end = start + quote.Span.Length;
            string where = $"{article.Id} [{start}, {end}): {quote.Text}";
            Assert.True(quote.Span.Length > 0 && start > 0 && end <= body.Length, where);
            Assert.True(body[start - 1] is '"' or '\u201C' or '\u201E' or '\u00AB', "no opening mark before " + where);
            int after = end;
            while (after < body.Length && body[after] == ' ')
            {
                after++;
            }

            // White space before the closing mark stays outside the quote.
            Assert.True(after == body.Length || body[after] is '"' or '\u201D' or '\u00BB' or '\n', "no closing mark or paragraph end after " + where);
            Assert.True(quote.SentenceSpan.Contains(quote.Span), "outside its sentence: " + where);
            Assert.True(start > previousEnd, "overlaps the quote before: " + where);
            previousEnd = end;
        }
    }

    private static Article LoadArticle(GeneratorRun run, string member) =>
        (Article)run.Load().GetType("Seeds.Articles")!.GetProperty(member)!.GetValue(null)!;
}
