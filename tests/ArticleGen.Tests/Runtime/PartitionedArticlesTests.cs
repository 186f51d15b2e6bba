using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Infrastructure;
using ArticleGen.Tests.Queries;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>
/// <c>Articles.All</c> of a project over partitions: one index space over their lists, each list got only when an index
/// in its range is reached, and a partition whose count is not the one compiled against refused with a clear message.
/// </summary>
public sealed class PartitionedArticlesTests
{
    [Fact]
    public void Each_index_reaches_its_partition_and_a_partition_is_got_once_when_first_reached()
    {
        TestArticle[] articles = Enumerable.Range(0, 5).Select(i => TestLibrary.Article("a" + i, "Text.")).ToArray();
        var got = new List<int>();
        Func<IReadOnlyList<Article>> Partition(int number, params TestArticle[] list) => () =>
        {
            got.Add(number);
            return list;
        };

        // An empty partition between two others, and one at the end, take no index.
        var partitions = new PartitionedArticles(
            new[] { 2, 0, 3, 0 },
            new[] { Partition(0, articles[0], articles[1]), Partition(1), Partition(2, articles[2], articles[3], articles[4]), Partition(3) });

        Assert.Equal(5, partitions.Count);
        Assert.Empty(got);
        Assert.Same(articles[3], partitions.ArticleAt(3));
        Assert.Equal(new[] { 2 }, got);
        Assert.Equal(articles, Enumerable.Range(0, 5).Select(partitions.ArticleAt));
        Assert.Equal(new[] { 2, 0 }, got);
        Assert.Throws<ArgumentOutOfRangeException>(() => partitions.ArticleAt(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => partitions.ArticleAt(-1));
    }

    [Fact]
    public void A_partition_rebuilt_with_another_count_than_the_one_compiled_against_is_refused()
    {
        var partitions = new PartitionedArticles(new[] { 2 }, new Func<IReadOnlyList<Article>>[] { () => new[] { TestLibrary.Article("a", "A.") } });

        InvalidOperationException refused = Assert.Throws<InvalidOperationException>(() => partitions.ArticleAt(0));
        Assert.Equal("A partition holds 1 articles where this project was compiled against 2; rebuild the project.", refused.Message);
    }
}
