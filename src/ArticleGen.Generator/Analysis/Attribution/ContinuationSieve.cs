namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote with no attribution of its own keeps the speaker of the quote before it when it is in the same sentence,
/// starts a sentence of the same paragraph ("“…,” Myers said. “…”"), or continues a quote running over several
/// paragraphs; a quote over several paragraphs attributed only in its last part gives that speaker to its first parts.
/// </summary>
internal sealed class ContinuationSieve
{
    private readonly AttributionContext _context;

    public ContinuationSieve(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    /// <summary>Gives quote <paramref name="q"/> the previous quote's speaker when it continues it; whether it did.</summary>
    public bool TryContinue(int q)
    {
        if (q == 0 || _context.Speakers[q - 1] is not { } previous || !Continues(q))
        {
            return false;
        }

        _context.Decide(q, previous, AttributionRule.Continuation);
        return true;
    }

    /// <summary>After every quote is decided: the first parts of a multi-paragraph quote take the speaker of a later part.</summary>
    public void FillMultiParagraphQuotes()
    {
        var quotes = Document.Quotes;
        for (int q = quotes.Length - 2; q >= 0; q--)
        {
            if (_context.Speakers[q] is null && quotes[q].ContinuesNext && quotes[q + 1].ContinuesPrevious && _context.Speakers[q + 1] is { } next)
            {
                _context.Decide(q, next, AttributionRule.Continuation);
            }
        }
    }

    private bool Continues(int q)
    {
        var quotes = Document.Quotes;
        if (quotes[q].ContinuesPrevious && quotes[q - 1].ContinuesNext)
        {
            return true;
        }

        if (quotes[q].Paragraph != quotes[q - 1].Paragraph || Document.OpenToken[q - 1] < 0)
        {
            return false;
        }

        int open = Document.OpenToken[q];
        int sentence = Document.TokenSentence[open];
        return sentence == Document.TokenSentence[Document.OpenToken[q - 1]]
            || Document.Sentences[sentence].FirstToken == open;
    }
}
