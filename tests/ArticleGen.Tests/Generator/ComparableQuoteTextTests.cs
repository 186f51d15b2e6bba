using ArticleGen.Generator.Resolution;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>
/// The in-place match of an attribution against a quote of the body agrees with comparing the two comparable forms,
/// on the spans that make the forms differ from the text: white space runs, leading white space, closing punctuation
/// with spaces between, and prefixes.
/// </summary>
public sealed class ComparableQuoteTextTests
{
    [Theory]
    [InlineData("We will keep talking to\nour counterparts every week,", "We will keep talking to our counterparts every week", false, true)]
    [InlineData("  We will\t\tgo.  ", "We will go", false, true)]
    [InlineData("It ends here . ,\n;", "It ends here", false, true)]
    [InlineData("It ends here", "It ends here.", false, true)]
    [InlineData("It ends here", "It ends", false, false)]
    [InlineData("It ends here", "It ends", true, true)]
    [InlineData("It ends", "It ends here", true, false)]
    [InlineData("It  ends\nhere", "It ends h", true, true)]
    [InlineData("It ends", "It  ends", false, true)]
    [InlineData("It,ends", "It ends", false, false)]
    [InlineData(" ,. ", "", false, true)]
    [InlineData(" ,. ", "", true, true)]
    [InlineData("word", "", false, false)]
    [InlineData("word", "", true, true)]
    [InlineData("Mr. Lee said no", "Mr. Lee said no.", false, true)]
    [InlineData("\u00a0Spaced\u2003out\u00a0", "Spaced out", false, true)]
    public void An_attribution_matches_a_quote_in_place_as_their_comparable_forms_do(string quote, string attribution, bool prefix, bool expected)
    {
        string body = "Before \"" + quote + "\" after.";
        int start = body.IndexOf(quote, System.StringComparison.Ordinal);
        string wanted = ComparableQuoteText.Of(attribution);
        string comparable = ComparableQuoteText.Of(quote);

        Assert.Equal(expected, prefix ? comparable.StartsWith(wanted, System.StringComparison.Ordinal) : comparable == wanted);
        Assert.Equal(expected, ComparableQuoteText.Matches(body, start, quote.Length, wanted, prefix));
    }
}
