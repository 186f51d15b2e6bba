using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace ArticleGen.Tests.Queries;

public class LibraryIndexTests
{
    [Fact]
    public void Creating_a_library_touches_no_article_content()
    {
        TestArticle article = TestLibrary.Article("a", "Alice met Bob.", entities: new Entity[] { new Person("alice", "Alice") });
        var library = new ArticleLibrary(new[] { article });
        Assert.Equal(0, article.BuildCount);
        Assert.Equal(0, library.EntityIndexBuilds);
        Assert.Equal(0, library.CoOccurrenceIndexBuilds);
        Assert.Equal(0, library.SearchIndexBuilds);
        Assert.Single(library.Articles);
    }

    [Fact]
    public void Indexes_are_built_once_under_concurrent_use()
    {
        ArticleLibrary library = World.Library();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            switch (i % 4)
            {
                case 0: Assert.Equal(3, library.Search("zurich").Count); break;
                case 1: Assert.Equal(2, library.QuotesBy(World.WangYi).Count); break;
                case 2: Assert.Equal(4, library.CoOccurrencesOf(World.WangYi).Count); break;
                default: Assert.Equal(5, library.Network().Nodes.Count); break;
            }
        });

        Assert.Equal(1, library.EntityIndexBuilds);
        Assert.Equal(1, library.CoOccurrenceIndexBuilds);
        Assert.Equal(1, library.SearchIndexBuilds);
    }

    [Fact]
    public void Each_index_is_built_on_first_use_of_its_queries()
    {
        ArticleLibrary library = World.Library();
        library.WithTag("china");
        library.PublishedBetween(TestLibrary.Date(2024, 1, 1), TestLibrary.Date(2024, 12, 31));
        Assert.Equal(0, library.EntityIndexBuilds + library.SearchIndexBuilds + library.CoOccurrenceIndexBuilds);
        library.QuotesBy("wang yi");
        Assert.Equal(1, library.EntityIndexBuilds);
        Assert.Equal(0, library.CoOccurrenceIndexBuilds);
        library.LinksOf(World.Beijing);
        library.LinksOf(World.Zurich);
        Assert.Equal(1, library.CoOccurrenceIndexBuilds);
        Assert.Equal(0, library.SearchIndexBuilds);
        library.Search("beijing");
        library.Search("zurich");
        Assert.Equal(1, library.SearchIndexBuilds);
        Assert.Equal(1, library.EntityIndexBuilds);
    }
}
