using System;
using System.Linq;
using Xunit;
using static ArticleGen.Tests.Queries.World;

namespace ArticleGen.Tests.Queries;

/// <summary>
/// Every public query takes any string, a lone surrogate included (a .NET string may hold one, and an article body or a
/// speaker name may too): it answers, it does not throw.
/// </summary>
public sealed class LoneSurrogateQueryTests
{
    private const string Lone = "\uD800";

    private static readonly TestArticle Broken = TestLibrary.Article(
        "broken",
        "Ann\uDC00 Lee said \"all is well\" in Z\uD800rich.",
        title: "Broken \uD800 text",
        source: "Wire" + Lone,
        tags: new[] { "tag" + Lone },
        quotes: new (string, object?)[] { ("all is well", "Ann\uDC00 Lee") });

    private static ArticleLibrary Library() => new(All.Cast<Article>().Append(Broken));

    [Fact]
    public void QuotesBy_a_name_with_a_lone_surrogate_answers_by_the_same_folding()
    {
        ArticleLibrary library = Library();

        Assert.Equal(new[] { "all is well" }, library.QuotesBy("Ann\uDC00 Lee").Select(q => q.Text));
        Assert.Equal(new[] { "all is well" }, library.QuotesBy("  ANN\uDC00 LEE ").Select(q => q.Text));
        Assert.Empty(library.QuotesBy(Lone));
        Assert.Empty(library.QuotesBy("Ann\uD800 Lee"));
        Assert.Equal(new[] { "Climate action cannot wait" }, library.QuotesBy("Maria Lopez").Select(q => q.Text));
    }

    [Fact]
    public void Every_other_query_that_takes_a_string_takes_one_with_a_lone_surrogate()
    {
        ArticleLibrary library = Library();

        Assert.Null(library.FindArticle(Lone));
        Assert.Same(Broken, library.FindArticle("broken"));
        Assert.Null(library.FindEntity(Lone));
        Assert.Empty(library.WithTag(Lone));
        Assert.Equal(new[] { "broken" }, library.WithTag("TAG" + Lone).Select(a => a.Id));
        Assert.Empty(library.FromSource(Lone));
        Assert.Equal(new[] { "broken" }, library.FromSource("wire" + Lone).Select(a => a.Id));
        Assert.Empty(library.Search(Lone));
        Assert.Empty(library.Search("\"" + Lone + "\"", 5));
        Assert.Equal(new[] { "broken" }, library.Search("broken" + Lone + " text").Select(h => h.Article.Id));
        Assert.Null(Broken.Entities.Find(Lone));
        Assert.Contains("\"speakerName\": \"Ann\\udc00 Lee\"", library.ToJson(), StringComparison.OrdinalIgnoreCase);
    }
}
