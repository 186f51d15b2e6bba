using System;
using System.Linq;
using ArticleGen.Generator.Emit;
using ArticleGen.Infrastructure;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>
/// The packed runs generated code passes (<see cref="ArticleBuilder.Paragraphs"/>, <see cref="ArticleBuilder.Mentions"/>,
/// <see cref="ArticleBuilder.Quotes"/>), as the generator packs them (<see cref="PackedNumbers"/>), build the same
/// objects as the per-item methods, and malformed ones are rejected.
/// </summary>
public sealed class ArticleBuilderPackedTests
{
    private const string Body = "Ana Lima spoke.\n\n\"Good day,\" said Ana Lima. \"Too costly,\" said Tom Berg.";

    private static readonly Person AnaLima = new("ana-lima", "Ana Lima");
    private static readonly Place Harbour = new("harbour", "Harbour");

    [Fact]
    public void Packed_runs_build_the_same_paragraphs_mentions_and_quotes_as_the_per_item_methods()
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
        var packed = new BuiltArticle(b =>
        {
            b.Paragraphs(PackedNumbers.Pack([0, 15, 17, 57], 2).AsSpan());
            b.Mentions(PackedNumbers.Pack([0, 0, 8, 0, 34, 8], 3).AsSpan());
            b.Quotes(PackedNumbers.Pack([18, 8, 0, 17, 27, 46, 10, -1, 45, 29, 60, 3, -1, 45, 29], 5).AsSpan(), [null, "Tom Berg", null]);
        });

        Assert.Equal(perItem.Paragraphs.Select(p => (p.Index, p.Span)), packed.Paragraphs.Select(p => (p.Index, p.Span)));
        Assert.Equal(perItem.Mentions.Select(m => (m.Entity, m.Span)), packed.Mentions.Select(m => (m.Entity, m.Span)));
        Assert.Equal(
            perItem.Quotes.Select(q => (q.Index, q.Span, q.Speaker, q.SpeakerName, q.SentenceSpan)),
            packed.Quotes.Select(q => (q.Index, q.Span, q.Speaker, q.SpeakerName, q.SentenceSpan)));
        Assert.Same(AnaLima, packed.Quotes[0].Speaker);
        Assert.Equal("Ana Lima", packed.Quotes[0].SpeakerName);
        Assert.Same(packed, packed.Mentions[1].Article);
    }

    [Fact]
    public void Numbers_are_packed_as_zigzag_differences_from_the_previous_tuple_two_bytes_to_a_char()
    {
        // Count 2; 0 and 15 (zigzag 0 and 30); 17 - 0 and 57 - 15 (zigzag 34 and 84); a zero byte to fill the last char.
        Assert.Equal("\u0200\u1E22\u5400", PackedNumbers.Pack([0, 15, 17, 57], 2));

        // Count 1; -1 (zigzag 1); 300 (zigzag 600, two 7-bit groups, low first: 0xD8 0x04).
        Assert.Equal("\u0101\uD804", PackedNumbers.Pack([-1, 300], 2));
    }

    [Theory]
    [InlineData(1, new int[0])]
    [InlineData(2, new[] { 0, 0 })]
    [InlineData(2, new[] { int.MaxValue, int.MaxValue, 0, 1, int.MaxValue, 0 })]
    [InlineData(3, new[] { int.MinValue, -1, int.MaxValue, int.MaxValue, int.MinValue, -1, 0, 0, 0 })]
    [InlineData(5, new[] { 10_000_000, 64, -1, 9_999_990, 200, 10_000_100, 63, 7, 10_000_050, 300 })]
    public void Every_int_reads_back_as_it_was_packed(int tupleSize, int[] numbers)
    {
        var reader = new PackedNumberReader(PackedNumbers.Pack(numbers, tupleSize).AsSpan(), "packed");
        int[] read = new int[numbers.Length];
        Assert.Equal(numbers.Length / tupleSize, reader.Count());
        for (int i = 0; i < read.Length; i++)
        {
            read[i] = reader.Next(i >= tupleSize ? read[i - tupleSize] : 0);
        }

        reader.End();
        Assert.Equal(numbers, read);
    }

    [Fact]
    public void Without_speaker_names_every_quote_has_an_entity_or_no_speaker()
    {
        var article = new BuiltArticle(b => b.Quotes(PackedNumbers.Pack([18, 8, 1, 17, 27, 46, 10, -1, 45, 29], 5).AsSpan(), null));

        Assert.Same(Harbour, article.Quotes[0].Speaker);
        Assert.Null(article.Quotes[1].Speaker);
        Assert.Null(article.Quotes[1].SpeakerName);
    }

    [Theory]
    [InlineData("paragraphs, a number missing")]
    [InlineData("paragraphs, a tuple fewer than the count")]
    [InlineData("paragraphs, data after the last tuple")]
    [InlineData("paragraphs, a number of more than 32 bits")]
    [InlineData("paragraphs, no count")]
    [InlineData("mentions, entity index past the end")]
    [InlineData("mentions, negative entity index")]
    [InlineData("quotes, speaker index past the end")]
    [InlineData("quotes, speaker index below -1")]
    [InlineData("quotes, a speaker name too few")]
    public void Malformed_runs_are_rejected(string malformation)
    {
        Action<ArticleBuilder> build = malformation switch
        {
            // Count 1, start 0, and no length.
            "paragraphs, a number missing" => b => b.Paragraphs("\u0100".AsSpan()),
            // Count 5, then one pair (0, 2) and a zero byte.
            "paragraphs, a tuple fewer than the count" => b => b.Paragraphs("\u0500\u0400".AsSpan()),
            // Count 1, the pair (0, 15), then 5, which is no zero byte filling a char.
            "paragraphs, data after the last tuple" => b => b.Paragraphs("\u0100\u1E05".AsSpan()),
            // Count 1, then five 7-bit groups of which the last has more than the 4 bits left of 32.
            "paragraphs, a number of more than 32 bits" => b => b.Paragraphs("\u01FF\uFFFF\uFF7F\u0000".AsSpan()),
            "paragraphs, no count" => b => b.Paragraphs(ReadOnlySpan<char>.Empty),
            "mentions, entity index past the end" => b => b.Mentions(PackedNumbers.Pack([2, 0, 8], 3).AsSpan()),
            "mentions, negative entity index" => b => b.Mentions(PackedNumbers.Pack([-1, 0, 8], 3).AsSpan()),
            "quotes, speaker index past the end" => b => b.Quotes(PackedNumbers.Pack([18, 8, 2, 17, 27], 5).AsSpan(), null),
            "quotes, speaker index below -1" => b => b.Quotes(PackedNumbers.Pack([18, 8, -2, 17, 27], 5).AsSpan(), null),
            "quotes, a speaker name too few" => b => b.Quotes(PackedNumbers.Pack([18, 8, -1, 17, 27, 46, 10, -1, 45, 29], 5).AsSpan(), ["Tom Berg"]),
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
