using System;
using ArticleGen.Infrastructure;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>The value types of the runtime library.</summary>
public sealed class RuntimeTypeTests
{
    [Fact]
    public void BodySpan_has_value_semantics_and_orders_by_start_then_length()
    {
        Assert.Equal(new BodySpan(3, 4), new BodySpan(3, 4));
        Assert.True(new BodySpan(3, 4) == new BodySpan(3, 4));
        Assert.True(new BodySpan(3, 4) < new BodySpan(3, 5));
        Assert.True(new BodySpan(2, 9) < new BodySpan(3, 1));
        Assert.Equal(7, new BodySpan(3, 4).End);
        Assert.True(new BodySpan(0, 10).Contains(new BodySpan(3, 4)));
        Assert.False(new BodySpan(0, 5).Contains(new BodySpan(3, 4)));
        Assert.Equal("lo w", new BodySpan(3, 4).Of("hello world"));
        Assert.Equal("[3..7)", new BodySpan(3, 4).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new BodySpan(-1, 2));
    }

    [Fact]
    public void ArticleDate_prints_back_what_the_article_gave()
    {
        Assert.Equal("2024-04-26", new ArticleDate(2024, 4, 26).ToString());
        Assert.Equal("2024-04-26T09:30:00+08:00", new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.FromHours(8))).ToString());
        Assert.Equal("2024-04-26T09:30:00+00:00", new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.Zero)).ToString());
        Assert.Equal("2024-04-26T09:30:00-05:30", new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.FromMinutes(-330))).ToString());
    }

    [Fact]
    public void ArticleDate_orders_a_day_before_the_times_of_that_day()
    {
        var day = new ArticleDate(2024, 4, 26);
        var morning = new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.True(day < morning);
        Assert.True(new ArticleDate(2024, 4, 25) < day);
        Assert.NotEqual(day, new ArticleDate(new DateTimeOffset(2024, 4, 26, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Utf8Text_decodes_what_generated_code_stores()
    {
        Assert.Equal("Wang Yi met “Blinken” in 北京", Utf8Text.Decode("Wang Yi met “Blinken” in 北京"u8));
        Assert.Equal(string.Empty, Utf8Text.Decode(ReadOnlySpan<byte>.Empty));
    }
}
