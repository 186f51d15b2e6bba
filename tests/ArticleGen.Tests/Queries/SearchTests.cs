using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using static ArticleGen.Tests.Queries.World;

namespace ArticleGen.Tests.Queries;

public class SearchTests
{
    private static IEnumerable<string> Ids(IEnumerable<SearchHit> hits) => hits.Select(h => h.Article.Id);

    private static string[] Texts(SearchHit hit) => hit.BodySpans.Select(s => s.Of(hit.Article.Body)).ToArray();

    [Fact]
    public void Diacritics_and_case_are_folded()
    {
        ArticleLibrary library = Library();
        IReadOnlyList<SearchHit> hits = library.Search("zurich");
        Assert.Equal(new[] { "un-summit-zurich", "wang-in-zurich", "market-report" }.OrderBy(x => x), Ids(hits).OrderBy(x => x));
        SearchHit wang = hits.Single(h => h.Article == WangInZurich);
        Assert.Equal(new[] { "Zurich", "ZURICH" }, Texts(wang));
        Assert.Equal(Ids(hits), Ids(library.Search("ZÜRICH")));
        Assert.Equal(Ids(hits), Ids(library.Search("Zu\u0308rich")));
    }

    [Fact]
    public void Spans_point_at_the_matches_in_body_and_title()
    {
        SearchHit hit = Assert.Single(Library().Search("friday"));
        Assert.Same(BlinkenMeetsWang, hit.Article);
        Assert.Equal(new[] { new BodySpan(41, 6) }, hit.BodySpans);
        Assert.Empty(hit.TitleSpans);

        SearchHit beijing = Library().Search("BEIJING").First(h => h.Article == BlinkenMeetsWang);
        Assert.Equal(new[] { "Beijing", "Beijing" }, Texts(beijing));
        Assert.Equal(new[] { new BodySpan(25, 7) }, beijing.TitleSpans);
        Assert.Equal("Beijing", beijing.TitleSpans[0].Of(BlinkenMeetsWang.Title));
    }

    [Fact]
    public void A_hyphenated_word_is_searched_as_the_phrase_of_its_parts()
    {
        var library = new ArticleLibrary(new[]
        {
            TestLibrary.Article("talks", "Nothing replaces face-to-face talks."),
            TestLibrary.Article("trip", "She flew to Paris to see her face in a painting."),
        });

        SearchHit hit = Assert.Single(library.Search("face-to-face"));
        Assert.Equal("talks", hit.Article.Id);
        Assert.Equal(new[] { "face-to-face" }, Texts(hit));
        Assert.Equal(Ids(library.Search("\"face to face\"")), Ids(library.Search("face-to-face")));
    }

    [Fact]
    public void Phrase_queries_match_words_in_order_next_to_each_other()
    {
        ArticleLibrary library = Library();
        IReadOnlyList<SearchHit> hits = library.Search("\"great ship\"");
        Assert.Equal(new[] { "blinken-meets-wang", "wang-in-zurich" }.OrderBy(x => x), Ids(hits).OrderBy(x => x));
        Assert.All(hits, h => Assert.Equal("great ship", Assert.Single(Texts(h))));
        Assert.Empty(library.Search("\"ship great\""));
        Assert.Empty(library.Search("\"great friendship\""));
        Assert.Single(library.Search("\u201Cship of friendship\u201D"));
        Assert.Equal("ship of friendship", Texts(library.Search("\u201Cship of friendship\u201D")[0]).Single());
    }

    [Fact]
    public void Phrases_ignore_punctuation_as_the_text_does()
    {
        ArticleLibrary library = Library();
        SearchHit hit = Assert.Single(library.Search("\"in zurich wang\""));
        Assert.Equal("in Zurich. Wang", Texts(hit).Single());
    }

    [Fact]
    public void A_phrase_does_not_span_title_and_body()
    {
        TestArticle article = TestLibrary.Article("a", "beta gamma", title: "Alpha beta");
        var library = new ArticleLibrary(new[] { article });
        Assert.Empty(library.Search("\"beta beta\""));
        SearchHit hit = Assert.Single(library.Search("\"alpha beta\""));
        Assert.Equal(new[] { new BodySpan(0, 10) }, hit.TitleSpans);
        Assert.Empty(hit.BodySpans);
        Assert.Single(library.Search("\"beta gamma\""));
    }

    [Fact]
    public void Matching_quotes_are_listed()
    {
        ArticleLibrary library = Library();
        SearchHit hit = Assert.Single(library.Search("candid"));
        Assert.Equal("We had a candid discussion", Assert.Single(hit.Quotes).Text);

        SearchHit none = Assert.Single(library.Search("friday"));
        Assert.Empty(none.Quotes);

        IReadOnlyList<SearchHit> ship = library.Search("ship");
        Assert.All(ship, h => Assert.Same(WangYi, Assert.Single(h.Quotes).Speaker));
    }

    [Fact]
    public void Apostrophes_and_possessives()
    {
        var library = new ArticleLibrary(new[]
        {
            TestLibrary.Article("a", "Sean O\u2019Brien said he didn't know about China's plans."),
            TestLibrary.Article("b", "O'Brien's dog."),
        });
        // The shorter article ranks first (BM25 length normalisation).
        Assert.Equal(new[] { "b", "a" }, Ids(library.Search("o'brien")));
        Assert.Equal(new[] { "b", "a" }, Ids(library.Search("O\u2019BRIEN")));
        Assert.Equal(new[] { "O'Brien" }, Texts(library.Search("o'brien")[0]));
        Assert.Equal(new[] { "O\u2019Brien" }, Texts(library.Search("o'brien")[1]));
        Assert.Equal(new[] { "a" }, Ids(library.Search("didn\u2019t")));
        Assert.Empty(library.Search("didn"));
        Assert.Equal(new[] { "China" }, Texts(Assert.Single(library.Search("china"))));
        Assert.Single(library.Search("china's"));
        Assert.Empty(library.Search("brien"));
    }

    [Fact]
    public void Unicode_letters_and_digits()
    {
        var library = new ArticleLibrary(new[]
        {
            TestLibrary.Article("a", "Η Αθήνα και η Genève, 2024: 😀 İstanbul straße"),
        });
        Assert.Single(library.Search("αθηνα"));
        Assert.Single(library.Search("geneve"));
        Assert.Single(library.Search("2024"));
        Assert.Single(library.Search("istanbul"));
        Assert.Single(library.Search("STRAßE"));
        SearchHit hit = library.Search("istanbul")[0];
        Assert.Equal("İstanbul", Texts(hit).Single());
    }

    [Fact]
    public void Queries_without_words_find_nothing()
    {
        ArticleLibrary library = Library();
        Assert.Empty(library.Search(""));
        Assert.Empty(library.Search("  ...  \"\" "));
        Assert.Equal(0, library.SearchIndexBuilds);
        Assert.Empty(library.Search("nonexistentword"));
        Assert.Empty(library.Search("\"great nonexistentword\""));
        Assert.Equal(1, library.SearchIndexBuilds);
    }

    [Fact]
    public void Any_clause_matches_and_more_clauses_rank_higher()
    {
        ArticleLibrary library = Library();
        IReadOnlyList<SearchHit> hits = library.Search("friday zurich");
        Assert.Equal(4, hits.Count);
        Assert.True(hits.Zip(hits.Skip(1), (a, b) => a.Score >= b.Score).All(x => x));
    }

    [Fact]
    public void Max_results_cuts_the_ranked_list()
    {
        ArticleLibrary library = Library();
        IReadOnlyList<SearchHit> all = library.Search("zurich");
        Assert.Equal(Ids(all.Take(2)), Ids(library.Search("zurich", 2)));
        Assert.Empty(library.Search("zurich", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => library.Search("zurich", -1));
    }

    [Fact]
    public void Unclosed_quote_runs_to_the_end()
    {
        Assert.Single(Library().Search("\"five hours"));
        Assert.Empty(Library().Search("\"hours five"));
    }

    [Fact]
    public void Larger_library_finds_planted_phrases()
    {
        var random = new Random(42);
        string[] words = Enumerable.Range(0, 500).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var articles = new List<TestArticle>();
        for (int i = 0; i < 2000; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, 200).Select(_ => words[random.Next(words.Length)]));
            if (i % 100 == 7)
            {
                text += " the quick brown fox";
            }

            articles.Add(TestLibrary.Article("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), text));
        }

        var library = new ArticleLibrary(articles);
        IReadOnlyList<SearchHit> hits = library.Search("\"quick brown fox\"");
        Assert.Equal(20, hits.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(k => "a" + (k * 100 + 7).ToString(System.Globalization.CultureInfo.InvariantCulture)), Ids(hits));
        Assert.Equal(20, library.Search("fox").Count);
        Assert.Equal(1, library.SearchIndexBuilds);
    }
}
