using System;
using System.Linq;
using Xunit;
using static ArticleGen.Tests.Queries.World;

namespace ArticleGen.Tests.Queries;

public class EntityQueryTests
{
    [Fact]
    public void Shared_entities_are_the_same_object_in_every_article()
    {
        Entity inFirst = BlinkenMeetsWang.Entities.Find("wang-yi")!;
        Entity inThird = WangInZurich.Entities.Find("wang-yi")!;
        Assert.Same(inFirst, inThird);
        Assert.Same(WangYi, BlinkenMeetsWang.Mentions.First(m => m.Text == "Wang Yi").Entity);
        Assert.Same(WangYi, WangInZurich.Mentions.First(m => m.Text == "Wang Yi").Entity);
    }

    [Fact]
    public void Articles_mentioning_an_entity_list_every_article_in_library_order()
    {
        ArticleLibrary library = Library();
        Assert.Equal(new Article[] { BlinkenMeetsWang, WangInZurich }, library.ArticlesMentioning(WangYi));
        Assert.Equal(new Article[] { BlinkenMeetsWang, UnSummit }, library.ArticlesMentioning(Blinken));
        Assert.Equal(new Article[] { UnSummit, WangInZurich, Markets }, library.ArticlesMentioning(Zurich));
        Assert.Empty(library.ArticlesMentioning(new Person("nobody", "Nobody")));
    }

    [Fact]
    public void Library_order_is_the_order_given()
    {
        var library = new ArticleLibrary(new Article[] { Markets, WangInZurich, BlinkenMeetsWang });
        Assert.Equal(new Article[] { WangInZurich, BlinkenMeetsWang }, library.ArticlesMentioning(WangYi));
        Assert.Equal(new Article[] { Markets, BlinkenMeetsWang }, library.ArticlesMentioning(Beijing));
    }

    [Fact]
    public void Mentions_of_an_entity_span_its_name_or_alias()
    {
        ArticleLibrary library = Library();
        Assert.Equal(new[] { "Wang Yi", "Wang", "Wang Yi", "Wang", "Wang" }, library.MentionsOf(WangYi).Select(m => m.Text));
        Assert.Equal(new[] { "Zürich", "Zurich", "Zürich" }, library.MentionsOf(Zurich).Select(m => m.Text));
    }

    [Fact]
    public void Quotes_by_an_entity_come_from_every_article()
    {
        ArticleLibrary library = Library();
        Assert.Equal(new[] { "great ship", "The great ship of friendship sails on" }, library.QuotesBy(WangYi).Select(q => q.Text));
        Assert.Equal(new[] { "We had a candid discussion" }, library.QuotesBy(Blinken).Select(q => q.Text));
        Assert.Empty(library.QuotesBy(Beijing));
        Assert.Same(WangInZurich, library.QuotesBy(WangYi)[1].Article);
    }

    [Fact]
    public void Quotes_by_a_speaker_name_fold_case_and_diacritics()
    {
        ArticleLibrary library = Library();
        Assert.Equal(new[] { "Climate action cannot wait" }, library.QuotesBy("María López").Select(q => q.Text));
        Assert.Single(library.QuotesBy("maria lopez"));
        Assert.Single(library.QuotesBy("  MARIA LOPEZ "));
        Assert.Null(library.QuotesBy("maria lopez")[0].Speaker);
        Assert.Equal(2, library.QuotesBy("wang yi").Count);
        Assert.Empty(library.QuotesBy("Maria"));
    }

    [Fact]
    public void All_quotes_are_in_library_order()
    {
        ArticleLibrary library = Library();
        Assert.Equal(4, library.Quotes.Count);
        Assert.Equal(new[] { "We had a candid discussion", "great ship", "Climate action cannot wait", "The great ship of friendship sails on" }, library.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Entity_counts_are_most_mentioned_first_then_by_name()
    {
        ArticleLibrary library = Library();
        Assert.Equal(
            new[] { ("Wang Yi", 5, 2), ("Antony Blinken", 3, 2), ("Beijing", 3, 2), ("United Nations", 3, 2), ("Zürich", 3, 3) },
            library.EntityCounts.Select(c => (c.Entity.Name, c.Mentions, c.Articles)));
        Assert.Equal(5, library.CountOf(WangYi).Mentions);
        Assert.Equal(0, library.CountOf(new Place("mars", "Mars")).Mentions);
    }

    [Fact]
    public void Entities_of_a_kind()
    {
        ArticleLibrary library = Library();
        Assert.Equal(new Entity[] { WangYi, Blinken }, library.EntitiesOfKind(EntityKind.Person).Select(c => c.Entity));
        Assert.Equal(new Entity[] { Beijing, Zurich }, library.EntitiesOfKind(EntityKind.Place).Select(c => c.Entity));
        Assert.Equal(new Entity[] { UnitedNations }, library.EntitiesOfKind(EntityKind.Organization).Select(c => c.Entity));
        Assert.Empty(library.EntitiesOfKind(EntityKind.Other));
    }

    [Fact]
    public void Declared_but_unmentioned_entities_count_zero()
    {
        var ghost = new OtherEntity("ghost", "Ghost Treaty");
        TestArticle article = TestLibrary.Article("a", "Nothing here.", entities: new Entity[] { ghost });
        var library = new ArticleLibrary(new[] { article });
        EntityCount count = Assert.Single(library.EntityCounts);
        Assert.Same(ghost, count.Entity);
        Assert.Equal(0, count.Mentions);
        Assert.Equal(0, count.Articles);
        Assert.Same(ghost, library.FindEntity("ghost"));
        Assert.Empty(library.Network().Nodes);
    }

    [Fact]
    public void Find_by_id()
    {
        ArticleLibrary library = Library();
        Assert.Same(UnSummit, library.FindArticle("un-summit-zurich"));
        Assert.Null(library.FindArticle("UN-SUMMIT-ZURICH"));
        Assert.Same(UnitedNations, library.FindEntity("un"));
        Assert.Null(library.FindEntity("nobody"));
    }

    [Fact]
    public void Co_occurrence_counts_are_articles_mentioning_both()
    {
        ArticleLibrary library = Library();
        Assert.Equal(
            new[] { ("Zürich", 2), ("Antony Blinken", 1), ("Wang Yi", 1) },
            library.CoOccurrencesOf(UnitedNations).Select(c => (c.Second.Name, c.Articles)));
        Assert.All(library.CoOccurrencesOf(UnitedNations), c => Assert.Same(UnitedNations, c.First));

        Assert.Equal(
            new[] { ("Antony Blinken", 1), ("Beijing", 1), ("United Nations", 1), ("Zürich", 1) },
            library.CoOccurrencesOf(WangYi).Select(c => (c.Second.Name, c.Articles)));
    }

    [Fact]
    public void All_co_occurrences_once_per_pair()
    {
        ArticleLibrary library = Library();
        Assert.Equal(
            new[]
            {
                "un+zurich:2",
                "antony-blinken+beijing:1", "antony-blinken+un:1", "antony-blinken+wang-yi:1", "antony-blinken+zurich:1",
                "beijing+wang-yi:1", "beijing+zurich:1", "un+wang-yi:1", "wang-yi+zurich:1",
            },
            library.CoOccurrences.Select(c => c.First.Id + "+" + c.Second.Id + ":" + c.Articles));
        Assert.Same(Zurich, library.CoOccurrences[0].Other(UnitedNations));
        Assert.Throws<ArgumentException>(() => library.CoOccurrences[0].Other(Beijing));
    }

    [Fact]
    public void Co_occurrence_counts_an_article_once_however_often_it_names_the_pair()
    {
        var a = new Person("a", "Alice");
        var b = new Person("b", "Bob");
        var library = new ArticleLibrary(new[]
        {
            TestLibrary.Article("1", "Alice and Bob. Alice and Bob again. Bob.", entities: new Entity[] { a, b }),
            TestLibrary.Article("2", "Alice alone.", entities: new Entity[] { a, b }),
            TestLibrary.Article("3", "Bob and Alice.", entities: new Entity[] { a, b }),
        });
        Assert.Equal(2, Assert.Single(library.CoOccurrencesOf(a)).Articles);
        Assert.Equal(2, Assert.Single(library.CoOccurrences).Articles);
    }

    [Fact]
    public void Back_links_of_an_entity_list_both_articles()
    {
        ArticleLibrary library = Library();
        EntityLinks links = library.LinksOf(WangYi);
        Assert.Same(WangYi, links.Entity);
        Assert.Equal(new Article[] { BlinkenMeetsWang, WangInZurich }, links.Articles);
        Assert.Equal(5, links.Mentions.Count);
        Assert.Equal(2, links.Quotes.Count);
        Assert.Equal(4, links.CoOccurrences.Count);

        Quote quote = links.Quotes[0];
        Assert.Same(BlinkenMeetsWang, quote.Article);
        Assert.Equal(1, quote.Paragraph.Index);
        Assert.Contains("great ship", quote.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_and_sources_are_case_insensitive()
    {
        ArticleLibrary library = Library();
        Assert.Equal(new Article[] { BlinkenMeetsWang, UnSummit }, library.WithTag("diplomacy"));
        Assert.Equal(new Article[] { BlinkenMeetsWang, WangInZurich }, library.WithTag("CHINA"));
        Assert.Empty(library.WithTag("sports"));
        Assert.Equal(new Article[] { BlinkenMeetsWang, WangInZurich }, library.FromSource("reuters"));
        Assert.Equal(new Article[] { Markets }, library.FromSource("Bloomberg"));
        Assert.Equal(new[] { "diplomacy", "china", "climate", "markets" }, library.AllTags());
        Assert.Equal(new[] { "Reuters", "AP", "Bloomberg" }, library.AllSources());
    }

    [Fact]
    public void A_subset_library_only_sees_its_articles()
    {
        var library = new ArticleLibrary(new Article[] { WangInZurich });
        Assert.Equal(new Article[] { WangInZurich }, library.ArticlesMentioning(WangYi));
        Assert.Empty(library.ArticlesMentioning(Blinken));
        Assert.Equal(3, library.CountOf(WangYi).Mentions);
    }

    [Fact]
    public void Duplicates_are_kept_once_and_nulls_rejected()
    {
        var library = new ArticleLibrary(new Article[] { Markets, Markets, UnSummit });
        Assert.Equal(new Article[] { Markets, UnSummit }, library.Articles);
        Assert.Throws<ArgumentException>(() => new ArticleLibrary(new Article[] { Markets, null! }));
        Assert.Throws<ArgumentNullException>(() => new ArticleLibrary(null!));
    }

    [Fact]
    public void Results_are_read_only()
    {
        ArticleLibrary library = Library();
        Assert.False(library.ArticlesMentioning(WangYi) is Article[]);
        Assert.False(library.EntityCounts is EntityCount[]);
        Assert.True(((System.Collections.Generic.ICollection<Article>)library.Articles).IsReadOnly);
    }
}
