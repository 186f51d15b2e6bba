using System.Linq;
using Seeds;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>The seed article as this test project's own build compiled it: typed, shared, and true to its text.</summary>
public sealed class SeedArticleTests
{
    private static readonly Seeds.ArticleTypes.BlinkenMeetsWangYiArticle Seed = Articles.BlinkenMeetsWangYi;

    [Fact]
    public void Metadata_come_from_the_front_matter()
    {
        Assert.Equal("blinken-meets-wang-yi", Seed.Id);
        Assert.Equal("Blinken meets Chinese counterpart Wang Yi in Beijing", Seed.Title);
        Assert.Equal("Reuters", Seed.Source);
        Assert.Equal(new ArticleDate(2024, 4, 26), Seed.Published);
        Assert.Equal("2024-04-26", Seed.Published.ToString());
        Assert.Equal(new[] { "diplomacy", "china", "united-states" }, Seed.Tags);
        Assert.Equal("en", Seed.Language);
    }

    [Fact]
    public void Entities_are_typed_members_shared_with_every_article()
    {
        Person wang = Seed.Entities.WangYi;
        Assert.Same(People.WangYi, wang);
        Assert.Equal("Wang Yi", wang.Name);
        Assert.Equal(EntityKind.Person, wang.Kind);
        Assert.Equal("Chinese Foreign Minister", wang.Role);
        Assert.IsType<Organization>(Seed.Entities.ChinaDaily);
        Assert.IsType<Place>(Seed.Entities.SouthChinaSea);
        Assert.Same(Places.Beijing, Seed.Entities.Beijing);
        Assert.Contains(People.AntonyBlinken, Seed.Entities);
    }

    [Fact]
    public void The_eight_quotes_have_their_annotated_speakers()
    {
        string?[] speakers = Seed.Quotes.Select(q => q.Speaker?.Id).ToArray();
        Assert.Equal(
            new[] { "wang-yi", "wang-yi", "wang-yi", "antony-blinken", "antony-blinken", "antony-blinken", "china-daily", "china-daily" },
            speakers);
        Assert.Equal("great ship", Seed.Quotes[0].Text);
        Assert.Same(People.WangYi, Seed.Quotes[0].Speaker);
        Assert.Equal("Wang Yi", Seed.Quotes[0].SpeakerName);
        Assert.StartsWith("On the conflict in Ukraine", Seed.Quotes[7].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_span_points_at_its_own_text_in_the_body()
    {
        string body = Seed.Body;
        foreach (Mention mention in Seed.Mentions)
        {
            string text = mention.Span.Of(body);
            Assert.True(text == mention.Entity.Name || mention.Entity.Aliases.Contains(text), $"'{text}' is not a name of {mention.Entity.Id}");
        }

        foreach (Quote quote in Seed.Quotes)
        {
            Assert.True(quote.SentenceSpan.Contains(quote.Span), $"the sentence of '{quote.Text}' does not hold it");
            Assert.True(quote.Paragraph.Span.Contains(quote.Span.Start));
            Assert.Contains(body[quote.Span.Start - 1], "\u201C\"");
        }
    }

    [Fact]
    public void Mentions_take_the_longest_name_and_whole_words()
    {
        // "Wang Xiaohong" is not Wang Yi's alias "Wang"; "South China Sea" is not "China".
        Assert.Single(Seed.MentionsOf(Seed.Entities.WangXiaohong));
        Assert.Single(Seed.MentionsOf(Seed.Entities.SouthChinaSea));
        Assert.DoesNotContain(Seed.MentionsOf(People.WangYi), m => m.Span.Start == Seed.MentionsOf(Seed.Entities.WangXiaohong).Single().Span.Start);
        Assert.All(Seed.MentionsOf(Places.China), m => Assert.Equal("China", m.Text));
    }

    [Fact]
    public void Paragraphs_cover_the_body_in_order()
    {
        Assert.Equal(17, Seed.Paragraphs.Count);
        Assert.StartsWith("U.S. Secretary of State Antony Blinken met", Seed.Paragraphs[0].Text, System.StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, 17), Seed.Paragraphs.Select(p => p.Index));
        Assert.True(Seed.Paragraphs.Zip(Seed.Paragraphs.Skip(1)).All(pair => pair.First.Span.End < pair.Second.Span.Start));
    }

    [Fact]
    public void All_lists_every_article_once_by_id()
    {
        Assert.Contains(Seed, Articles.All);
        Assert.Equal(Articles.All.Select(a => a.Id).OrderBy(id => id, System.StringComparer.Ordinal), Articles.All.Select(a => a.Id));
    }
}
