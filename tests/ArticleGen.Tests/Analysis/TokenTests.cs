using ArticleGen.Generator.Analysis;
using Xunit;

namespace ArticleGen.Tests.Analysis;

/// <summary>A token keeps its kind and its quote's index in one field: each must read back as it was written.</summary>
public sealed class TokenTests
{
    [Theory]
    [InlineData(0, -1)]
    [InlineData(1, 0)]
    [InlineData(2, 7)]
    [InlineData(0, (1 << 29) - 1)]
    public void Kind_and_quote_read_back_as_written(int kindValue, int quote)
    {
        var kind = (TokenKind)kindValue;
        var token = new Token(12, 5, kind, quote);

        Assert.Equal((12, 5, 17, kind, quote), (token.Start, token.Length, token.End, token.Kind, token.Quote));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Setting_the_quote_keeps_the_kind(int kindValue)
    {
        var kind = (TokenKind)kindValue;
        var token = new Token(3, 1, kind) with { Quote = (1 << 29) - 1 };

        Assert.Equal((kind, (1 << 29) - 1), (token.Kind, token.Quote));
        Assert.Equal((kind, -1), ((token with { Quote = -1 }).Kind, (token with { Quote = -1 }).Quote));
    }
}
