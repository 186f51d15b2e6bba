using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Infrastructure;
using ArticleGen.Tests.Queries;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>
/// <c>Articles.All</c> creates an article when it is first reached, and a library over it creates none until a query
/// needs them: what keeps <c>new ArticleLibrary(Articles.All)</c> as cheap as one member.
/// </summary>
public sealed class ArticleCatalogTests
{
    [Fact]
    public void A_library_over_a_catalog_creates_only_the_articles_it_reaches()
    {
        var created = new List<int>();
        TestArticle[] articles =
        [
            TestLibrary.Article("a", "Wang Yi said \"yes\".", quotes: [("yes", World.WangYi)], entities: [World.WangYi]),
            TestLibrary.Article("b", "Nothing here."),
            TestLibrary.Article("c", "Wang Yi said \"no\".", quotes: [("no", World.WangYi)], entities: [World.WangYi]),
        ];
        var catalog = new ArticleCatalog(3, i =>
        {
            created.Add(i);
            return articles[i];
        });

        var library = new ArticleLibrary(catalog);
        Assert.Equal(3, library.Articles.Count);
        Assert.Empty(created);

        Assert.Same(articles[2], library.Articles[2]);
        Assert.Equal(new[] { 2 }, created);

        Assert.Equal(new[] { "yes", "no" }, library.QuotesBy(World.WangYi).Select(q => q.Text));
        Assert.Equal(new[] { 2, 0, 1, 2 }, created);
        Assert.Equal(articles, library.Articles);
    }

    [Fact]
    public void A_catalog_is_a_read_only_list_in_index_order()
    {
        TestArticle[] articles = [TestLibrary.Article("a", "A."), TestLibrary.Article("b", "B.")];
        var catalog = new ArticleCatalog(2, i => articles[i]);
        IList<Article> list = catalog;

        Assert.Equal(articles, catalog);
        Assert.Equal(1, catalog.IndexOf(articles[1]));
        Assert.Equal(-1, catalog.IndexOf(TestLibrary.Article("a", "A.")));
        var copy = new Article[3];
        catalog.CopyTo(copy, 1);
        Assert.Equal(new Article?[] { null, articles[0], articles[1] }, copy);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(articles[0]));
        Assert.Throws<NotSupportedException>(() => list[0] = articles[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => catalog[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => catalog[-1]);
    }

    [Fact]
    public void The_generated_All_is_a_catalog_whose_articles_are_the_members()
    {
        IReadOnlyList<Article> all = Seeds.Articles.All;

        Assert.IsType<ArticleCatalog>(all);
        Assert.Equal(new Article[] { Seeds.Articles.BlinkenMeetsWangYi, Seeds.Articles.HouseSubpoenaUkraineEnvoy }, all);
        Assert.Same(all[0], new ArticleLibrary(all).FindArticle("blinken-meets-wang-yi"));
    }
}
