using System.Text;
using ArticleGen.Generator.Emit;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>Generated files reach Roslyn through <see cref="StringBuilderReader"/>: the text must arrive whole and in order.</summary>
public sealed class StringBuilderReaderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(39_999)]
    [InlineData(250_003)]
    public void A_source_text_read_from_a_chunked_builder_equals_its_string(int length)
    {
        var builder = new StringBuilder();
        for (int i = 0; builder.Length < length; i++)
        {
            // Appended piece by piece, so that the builder is a chain of chunks; a surrogate pair now and then.
            builder.Append(i % 97 == 0 ? "\U0001F600" : ((char)('a' + (i % 26))).ToString());
        }

        builder.Length = length;
        SourceText text = SourceText.From(new StringBuilderReader(builder), builder.Length, Encoding.UTF8);

        Assert.Equal(builder.ToString(), text.ToString());
        Assert.Equal(Encoding.UTF8, text.Encoding);
    }

    [Fact]
    public void Peek_and_Read_walk_the_text_and_then_report_its_end()
    {
        var reader = new StringBuilderReader(new StringBuilder("ab"));

        Assert.Equal('a', reader.Peek());
        Assert.Equal('a', reader.Read());
        Assert.Equal('b', reader.Read());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(-1, reader.Read());
        Assert.Equal(0, reader.Read(new char[4], 0, 4));
    }
}
