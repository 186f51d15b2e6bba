using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace ArticleGen.Tests.Queries;

/// <summary>
/// BM25 scores of a three-document corpus, worked out by hand. Each document is its title (one word) and its
/// body, so the lengths are D0 = 4, D1 = 3, D2 = 5 words and the average is 4. With k1 = 1.2, b = 0.75:
/// idf(n) = ln(1 + (3 - n + 0.5) / (n + 0.5)); norm(len) = 1.2 * (0.25 + 0.75 * len / 4);
/// score = idf * tf * 2.2 / (tf + norm).
/// </summary>
public class Bm25Tests
{
    private static readonly TestArticle D0 = TestLibrary.Article("d0", "apple banana apple", title: "One");
    private static readonly TestArticle D1 = TestLibrary.Article("d1", "banana cherry", title: "Two");
    private static readonly TestArticle D2 = TestLibrary.Article("d2", "cherry cherry cherry date", title: "Three");

    private static ArticleLibrary Corpus() => new(new[] { D0, D1, D2 });

    [Fact]
    public void Index_statistics()
    {
        ArticleLibrary library = Corpus();
        SearchIndex index = library.SearchIndex;
        Assert.Equal(4.0, index.AverageLength);
        Assert.Equal(new[] { 4, 3, 5 }, new[] { index.Length(0), index.Length(1), index.Length(2) });
        Assert.Equal(2, index.DocumentFrequency("banana"));
        Assert.Equal(7, index.TermCount);
    }

    [Fact]
    public void Single_term()
    {
        // apple: n = 1, idf = ln(1 + 2.5 / 1.5) = ln(8 / 3) = 0.980829; D0: tf = 2, norm(4) = 1.2.
        SearchHit hit = Assert.Single(Corpus().Search("apple"));
        Assert.Same(D0, hit.Article);
        Assert.Equal(Math.Log(8.0 / 3.0) * 2 * 2.2 / (2 + 1.2), hit.Score, 12);
        Assert.Equal(1.348640, hit.Score, 5);
    }

    [Fact]
    public void Two_terms_rank_by_summed_scores()
    {
        // banana, cherry: n = 2 each, idf = ln(1 + 1.5 / 2.5) = ln(1.6) = 0.470004.
        // D1: both tf = 1, norm(3) = 0.975: 2 * idf * 2.2 / 1.975 = 1.047097.
        // D2: cherry tf = 3, norm(5) = 1.425: idf * 6.6 / 4.425 = 0.701022.
        // D0: banana tf = 1, norm(4) = 1.2: idf * 2.2 / 2.2 = 0.470004.
        IReadOnlyList<SearchHit> hits = Corpus().Search("banana cherry");
        Assert.Equal(new Article[] { D1, D2, D0 }, hits.Select(h => h.Article));
        double idf = Math.Log(1.6);
        Assert.Equal(2 * idf * 2.2 / 1.975, hits[0].Score, 12);
        Assert.Equal(idf * 6.6 / 4.425, hits[1].Score, 12);
        Assert.Equal(idf, hits[2].Score, 12);
        Assert.Equal(new[] { 1.047097, 0.701022, 0.470004 }, hits.Select(h => Math.Round(h.Score, 6)));
    }

    [Fact]
    public void A_phrase_counts_as_one_term_with_its_occurrences()
    {
        // "cherry cherry" occurs twice in D2 (overlapping, at words 0 and 1) and nowhere else: n = 1, tf = 2.
        SearchHit hit = Assert.Single(Corpus().Search("\"cherry cherry\""));
        Assert.Same(D2, hit.Article);
        Assert.Equal(Math.Log(8.0 / 3.0) * 2 * 2.2 / (2 + 1.425), hit.Score, 12);
        Assert.Equal(new[] { new BodySpan(0, 13), new BodySpan(7, 13) }, hit.BodySpans);
    }

    [Fact]
    public void Repeated_query_words_count_once()
    {
        ArticleLibrary library = Corpus();
        Assert.Equal(library.Search("apple").Single().Score, library.Search("apple APPLE Apple").Single().Score, 12);
    }

    [Fact]
    public void Equal_scores_keep_library_order()
    {
        var library = new ArticleLibrary(new[]
        {
            TestLibrary.Article("x", "same words", title: "T"),
            TestLibrary.Article("y", "same words", title: "T"),
            TestLibrary.Article("z", "same words", title: "T"),
        });
        Assert.Equal(new[] { "x", "y", "z" }, library.Search("same").Select(h => h.Article.Id));
        Assert.Equal(Math.Log(1 + (0.5 / 3.5)), library.Search("same")[0].Score, 12);
    }

    [Fact]
    public void Saturation_and_length_normalisation_give_the_scores_worked_out_apart_with_the_documented_k1_and_b()
    {
        // Title "T" and a body each: a = 2 words, b = 5, c = 3, d = 6, average 4. The scores were worked out apart from
        // the code (in Python) with k1 = 1.2 and b = 0.75; another k1 or b changes every one of them.
        var library = new ArticleLibrary(new[]
        {
            TestLibrary.Article("a", "x", title: "T"),
            TestLibrary.Article("b", "x x x y", title: "T"),
            TestLibrary.Article("c", "y y", title: "T"),
            TestLibrary.Article("d", "y y y y y", title: "T"),
        });

        IReadOnlyList<SearchHit> x = library.Search("x");
        Assert.Equal(new[] { "b", "a" }, x.Select(h => h.Article.Id));
        Assert.Equal(1.0338466421911048, x[0].Score, 12);
        Assert.Equal(0.8713850269896455, x[1].Score, 12);

        IReadOnlyList<SearchHit> y = library.Search("y");
        Assert.Equal(new[] { "d", "c", "b" }, y.Select(h => h.Article.Id));
        Assert.Equal(0.5899886290715874, y[0].Score, 12);
        Assert.Equal(0.5275192448169488, y[1].Score, 12);
        Assert.Equal(0.3235813924392624, y[2].Score, 12);

        // ln(22) and ln(1 + 0.5 / 10.5): a term in no document and a term in all ten.
        Assert.Equal(3.091042453358316, SearchIndex.InverseDocumentFrequency(10, 0), 12);
        Assert.Equal(0.04652001563489291, SearchIndex.InverseDocumentFrequency(10, 10), 12);
    }
}
