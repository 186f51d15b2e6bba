using System.Collections.Generic;
using ArticleGen.Text;
using Xunit;

namespace ArticleGen.Tests.Queries;

public class TokenizerTests
{
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var tokenizer = new Tokenizer(text);
        while (tokenizer.Next(out int start, out int length))
        {
            words.Add(text.Substring(start, length));
        }

        return words;
    }

    [Theory]
    [InlineData("Zürich", "zurich")]
    [InlineData("ZÜRICH", "zurich")]
    [InlineData("Zu\u0308rich", "zurich")]
    [InlineData("Genève", "geneve")]
    [InlineData("São Paulo", "sao paulo")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("O\u2019Brien", "o'brien")]
    [InlineData("Αθήνα", "αθηνα")]
    [InlineData("plain", "plain")]
    [InlineData("MiXeD", "mixed")]
    public void Folding(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));

    [Fact]
    public void Words_are_letters_and_digits_with_inner_apostrophes()
    {
        Assert.Equal(
            new[] { "Don't", "stop", "O\u2019Brien", "3", "5", "Zürich", "Genève", "rock", "n", "roll" },
            Words("Don't stop, O\u2019Brien! 3.5% Zürich\u2014Genève 'rock 'n' roll'"));
    }

    [Fact]
    public void Possessive_s_is_left_out()
    {
        Assert.Equal(new[] { "China", "Wang", "Jones", "it" }, Words("China's Wang\u2019s Jones' it's"));
    }

    [Fact]
    public void Combining_marks_and_surrogates_stay_in_words()
    {
        Assert.Equal(new[] { "Zu\u0308rich", "\U0001D400bc" }, Words("Zu\u0308rich \U0001F600 \U0001D400bc"));
    }

    [Fact]
    public void Empty_and_punctuation_only()
    {
        Assert.Empty(Words(""));
        Assert.Empty(Words(" ... \u201C\u201D -- "));
    }
}
