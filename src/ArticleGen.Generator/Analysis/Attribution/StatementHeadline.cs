namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A statement's headline is its issuer's words: "In a statement headlined “Returning What Was Taken”, the museum said",
/// "The club's statement, titled “A New Chapter for Rovers”, said", "welcomed the decision on its website under the
/// headline “…”". A petition's, a blog post's or a review's title names a work instead ("a petition titled “…”").
/// </summary>
internal static class StatementHeadline
{
    /// <summary>How many tokens back from the headline the statement it heads may be named ("A press release from Daon,
    /// headed", "The company's statement, issued before the Warsaw market opened on Monday, ran under the headline").</summary>
    private const int MaxStatementTokens = 14;

    /// <summary>The token of the statement, press release or website that quote <paramref name="q"/> heads, when the quote
    /// comes right after "headlined", "headed" or "titled", or "under the headline" or "heading", and that noun stands
    /// shortly before in its sentence; -1 otherwise.</summary>
    public static int StatementNoun(BodyDocument document, int q)
    {
        int k = document.OpenToken[q] - 1;
        if (k < 2 || document.Tokens[k].Quote >= 0 || document.Tokens[k].Kind != TokenKind.Word
            || !(document.Text(k) is "headlined" or "headed" or "titled"
                || (document.Text(k) is "headline" or "heading" && document.Text(k - 1) is "the" && document.Text(k - 2) is "under")))
        {
            return -1;
        }

        for (int m = k - 1; m >= 0 && m >= k - MaxStatementTokens && document.Tokens[m].Quote < 0
            && document.TokenSentence[m] == document.TokenSentence[k]; m--)
        {
            if (document.Text(m) is "statement" or "release" or "communique" or "announcement" or "website")
            {
                return m;
            }
        }

        return -1;
    }
}
