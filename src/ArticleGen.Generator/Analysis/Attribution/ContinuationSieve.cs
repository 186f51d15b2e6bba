namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote with no attribution of its own keeps the speaker of the quote before it when it is in the same sentence,
/// starts a sentence of the same paragraph ("“…,” Myers said. “…”") with no sentence between whose subject is someone
/// else, stands in the next sentence with no source of its
/// own ("Therefore, since the quake was so close, “it could be devastating.”"), or continues a quote running over several
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
        int previousSentence = Document.TokenSentence[Document.OpenToken[q - 1]];
        return sentence == previousSentence
            || (Document.Sentences[sentence].FirstToken == open && !SubjectOfItsOwnBetween(q, previousSentence, sentence))
            || (sentence == previousSentence + 1 && GoesOnWithoutSource(q, sentence));
    }

    /// <summary>"Mr. Romney said …. Mr. Obama accused Mr. Romney of …. “You mention the navy …”": whether a sentence between
    /// the previous quote's and quote <paramref name="q"/>'s has a subject other than the previous quote's speaker, whom the
    /// quote is then more likely to be.</summary>
    private bool SubjectOfItsOwnBetween(int q, int previousSentence, int sentence)
    {
        if (sentence <= previousSentence + 1)
        {
            return false;
        }

        int from = Document.Tokens[Document.Sentences[previousSentence + 1].FirstToken].Start;
        for (int o = _context.LastOccurrenceStartingBefore(Document.Quotes[q].OpenMark); o >= 0 && _context.Occurrences[o].Start >= from; o--)
        {
            var occurrence = _context.Occurrences[o];
            if (occurrence.IsSubject && occurrence.Kind != NameKind.Unknown
                && !string.Equals(occurrence.Name, _context.Speakers[q - 1]?.Name, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the first word of quote <paramref name="q"/> is in lower case.</summary>
    private bool OpensLowerCase(int q)
    {
        for (int k = Document.OpenToken[q]; k < Document.Tokens.Length && Document.Tokens[k].Quote == q; k++)
        {
            if (Document.Tokens[k].Kind == TokenKind.Word)
            {
                return Document.IsLowerWord(k);
            }
        }

        return false;
    }

    /// <summary>
    /// "Jo Lee told Sky News that “…”. Therefore, since the quake was so close, “it could be devastating.”": the sentence
    /// after the previous quote's reports no speech and names no person or organisation before the quote but the previous
    /// quote's speaker ("The DoS also informed citizens …, citing that “…”" after the DoS's quote), and the quote
    /// ends a sentence or opens in lower case (no title or name), so it goes on with the same source.
    /// </summary>
    private bool GoesOnWithoutSource(int q, int sentence)
    {
        var info = Document.Sentences[sentence];
        int named = _context.LastOccurrenceStartingBefore(Document.Quotes[q].OpenMark);
        return (SpeechCues.EndsWithTerminal(Document, q) || OpensLowerCase(q))
            && !SpeechCues.HasSpeechVerbBefore(Document, info.FirstToken, info.EndToken)
            && (named < 0 || _context.Occurrences[named].Start < Document.Tokens[info.FirstToken].Start
                || string.Equals(_context.Occurrences[named].Name, _context.Speakers[q - 1]?.Name, System.StringComparison.Ordinal));
    }
}
