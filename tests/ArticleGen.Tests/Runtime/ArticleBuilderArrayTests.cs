using System;
using System.Linq;
using ArticleGen.Infrastructure;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>
/// The array methods generated code calls (<see cref="ArticleBuilder.Paragraphs"/>, <see cref="ArticleBuilder.Mentions"/>,
/// <see cref="ArticleBuilder.Quotes"/>) build the same objects as the per-item methods, and reject malformed arrays.
/// </summary>
public sealed class ArticleBuilderArrayTests
{
    private const string Body = "Ana Lima spoke.\n\n\"Good day,\" said Ana Lima. \"Too costly,\" said Tom Berg.";

    private static readonly Person AnaLima = new("ana-lima", "Ana Lima");
    private static readonly Place Harbour = new("harbour", "Harbour");

    [Fact]
    public void Arrays_build_the_same_paragraphs_mentions_and_quotes_as_the_per_item_methods()
    {
        var perItem = new BuiltArticle(b =>
        {
            b.Paragraph(0, 15);
            b.Paragraph(17, 57);
            b.Mention(AnaLima, 0, 8);
            b.Mention(AnaLima, 34, 8);
            b.Quote(18, 8, AnaLima, null, 17, 27);
            b.Quote(46, 10, null, "Tom Berg", 45, 29);
            b.Quote(60, 3, null, null, 45, 29);
        });
        var arrays = new BuiltArticle(b =>
        {
            b.Paragraphs([0, 15, 17, 57]);
            b.Mentions([0, 0, 8, 0, 34, 8]);
            b.Quotes([18, 8, 0, 17, 27, 46, 10, -1, 45, 29, 60, 3, -1, 45, 29], [null, "Tom Berg", null]);
        });

        Assert.Equal(perItem.Paragraphs.Select(p => (p.Index, p.Span)), arrays.Paragraphs.Select(p => (p.Index, p.Span)));
        Assert.Equal(perItem.Mentions.Select(m => (m.Entity, m.Span)), arrays.Mentions.Select(m => (m.Entity, m.Span)));
        Assert.Equal(
            perItem.Quotes.Select(q => (q.Index, q.Span, q.Speaker, q.SpeakerName, q.SentenceSpan)),
            arrays.Quotes.Select(q => (q.Index, q.Span, q.Speaker, q.SpeakerName, q.SentenceSpan)));
        Assert.Same(AnaLima, arrays.Quotes[0].Speaker);
        Assert.Equal("Ana Lima", arrays.Quotes[0].SpeakerName);
        Assert.Same(arrays, arrays.Mentions[1].Article);
    }

    [Fact]
    public void Without_speaker_names_every_quote_has_an_entity_or_no_speaker()
    {
        var article = new BuiltArticle(b => b.Quotes([18, 8, 1, 17, 27, 46, 10, -1, 45, 29], null));

        Assert.Same(Harbour, article.Quotes[0].Speaker);
        Assert.Null(article.Quotes[1].Speaker);
        Assert.Null(article.Quotes[1].SpeakerName);
    }

    [Theory]
    [InlineData("paragraphs, odd length")]
    [InlineData("mentions, length not a multiple of three")]
    [InlineData("mentions, entity index past the end")]
    [InlineData("mentions, negative entity index")]
    [InlineData("quotes, length not a multiple of five")]
    [InlineData("quotes, speaker index past the end")]
    [InlineData("quotes, speaker index below -1")]
    [InlineData("quotes, a speaker name too few")]
    public void Malformed_arrays_are_rejected(string malformation)
    {
        Action<ArticleBuilder> build = malformation switch
        {
            "paragraphs, odd length" => b => b.Paragraphs([0, 15, 17]),
            "mentions, length not a multiple of three" => b => b.Mentions([0, 0, 8, 0]),
            "mentions, entity index past the end" => b => b.Mentions([2, 0, 8]),
            "mentions, negative entity index" => b => b.Mentions([-1, 0, 8]),
            "quotes, length not a multiple of five" => b => b.Quotes([18, 8, 0, 17], null),
            "quotes, speaker index past the end" => b => b.Quotes([18, 8, 2, 17, 27], null),
            "quotes, speaker index below -1" => b => b.Quotes([18, 8, -2, 17, 27], null),
            "quotes, a speaker name too few" => b => b.Quotes([18, 8, -1, 17, 27, 46, 10, -1, 45, 29], ["Tom Berg"]),
            _ => throw new ArgumentOutOfRangeException(nameof(malformation)),
        };

        Assert.Throws<ArgumentException>(() => new BuiltArticle(build).Paragraphs);
    }

    /// <summary>An article over <see cref="Body"/> whose Build is given, with Ana Lima and the harbour as entities.</summary>
    private sealed class BuiltArticle(Action<ArticleBuilder> build) : Article(new ArticleMetadata("built", "Built"))
    {
        protected override string LoadBody() => Body;

        protected override EntityList CreateEntities() => new(new Entity[] { AnaLima, Harbour });

        protected override void Build(ArticleBuilder builder) => build(builder);
    }
}
