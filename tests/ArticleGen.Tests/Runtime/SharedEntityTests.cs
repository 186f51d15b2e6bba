using System.Linq;
using Seeds;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>The two seed articles share catalog entities: one object per id, and back-links that list both.</summary>
public sealed class SharedEntityTests
{
    private static readonly ArticleLibrary Library = new(Articles.All);

    [Fact]
    public void Two_articles_mentioning_a_catalog_entity_refer_to_the_same_object()
    {
        Entity fromSeed = Articles.BlinkenMeetsWangYi.MentionsOf(People.JoeBiden).First().Entity;
        Entity fromWikinews = Articles.HouseSubpoenaUkraineEnvoy.MentionsOf(People.JoeBiden).First().Entity;

        Assert.Same(fromSeed, fromWikinews);
        Assert.Same(People.JoeBiden, Articles.HouseSubpoenaUkraineEnvoy.Entities.JoeBiden);
        Assert.Same(Articles.BlinkenMeetsWangYi.Entities.UsStateDepartment, Articles.HouseSubpoenaUkraineEnvoy.Entities.UsStateDepartment);
    }

    [Fact]
    public void Back_links_list_both_articles_and_each_mention()
    {
        Assert.Equal(
            new Article[] { Articles.BlinkenMeetsWangYi, Articles.HouseSubpoenaUkraineEnvoy },
            Library.ArticlesMentioning(People.JoeBiden));
        Assert.Equal(2 + 6, Library.MentionsOf(People.JoeBiden).Count);
        Assert.Single(Library.ArticlesMentioning(People.DonaldTrump));
    }

    [Fact]
    public void Co_occurrence_counts_the_articles_two_entities_share()
    {
        CoOccurrence pair = Library.CoOccurrencesOf(People.JoeBiden).Single(c => c.Other(People.JoeBiden) == Places.Ukraine);
        Assert.Equal(2, pair.Articles);
        Assert.Equal(1, Library.CoOccurrencesOf(People.JoeBiden).Single(c => c.Other(People.JoeBiden) == People.WangYi).Articles);
    }

    [Fact]
    public void Quotes_link_back_to_their_article_paragraph_and_sentence()
    {
        Quote honig = Library.QuotesBy(People.ElieHonig).Single();
        Assert.Same(Articles.HouseSubpoenaUkraineEnvoy, honig.Article);
        Assert.StartsWith("Regarding Trump's phone call, former federal prosecutor Elie Honig said via Twitter", honig.Paragraph.Text, System.StringComparison.Ordinal);
        Assert.Contains(honig.Text, honig.Sentence, System.StringComparison.Ordinal);
        Assert.Equal(3, Library.QuotesBy(People.AntonyBlinken).Count);
    }
}
