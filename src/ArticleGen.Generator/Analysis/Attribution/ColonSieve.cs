namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote right after a colon or a semicolon whose clause has no speech verb: the clause's subject speaks ("Michael
/// Morell praised Mendez on Twitter: “…”", "Governor John Bel Edwards addressed the public: “…”", "She told Vogue she
/// did not record it for a movement; “…”"). A comma stands for the colon when the quote is a whole sentence that ends the
/// sentence ("Jo Lee defended her decision, “We had no choice.”"), and a paragraph that ends in a colon introduces the quote
/// that opens the next.
/// </summary>
internal sealed class ColonSieve : AttributionSieve
{
    public ColonSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    public override Subject? Find(int q)
    {
        int open = Document.OpenToken[q];
        var sentence = Document.Sentences[Document.TokenSentence[open]];
        int sentenceStart = sentence.FirstToken;

        // "He was more critical of Hood: ¶ “…”": a paragraph that ends in a colon introduces the quote opening the next.
        if (open == sentenceStart && open > 0 && Tokens[open - 1].Quote < 0 && Document.IsPunctuation(open - 1, ':')
            && Document.Sentences[Document.TokenSentence[open - 1]] is var introducing && introducing.Paragraph == sentence.Paragraph - 1
            && !SpeechCues.HasSpeechVerbBefore(Document, introducing.FirstToken, open - 1))
        {
            return Subjects.MainSubject(introducing.FirstToken, open - 1) is { } introducer ? introducer with { LastToken = -1 } : null;
        }

        if (open - 1 <= sentenceStart
            || !(Document.IsPunctuation(open - 1, ':') || (Document.IsPunctuation(open - 1, ';') && !OpensWithSource(sentenceStart))
                || (Document.IsPunctuation(open - 1, ',') && IsWholeFinalSentence(q, sentenceStart, sentence.EndToken))))
        {
            return null;
        }

        return Subjects.MainSubject(sentenceStart, open - 1) is { } subject ? subject with { LastToken = -1 } : null;
    }

    /// <summary>"According to the BBC, a spokesman …; “…”": a sentence that opens by naming its source, whose clause
    /// after the semicolon is not the source's to speak.</summary>
    private bool OpensWithSource(int sentenceStart) => Document.Text(sentenceStart) is "According";

    /// <summary>Whether the quote starts with a capital, ends with a sentence's final punctuation and ends its sentence, and
    /// no speech verb stands before it (", further saying, “…”" is the cue stages' to decide).</summary>
    private bool IsWholeFinalSentence(int q, int sentenceStart, int sentenceEnd)
    {
        var quote = Document.Quotes[q];
        int close = Document.CloseToken[q];
        if (close < 0 || quote.Length == 0 || !char.IsUpper(Body[quote.Start]) || !SpeechCues.EndsWithTerminal(Document, q))
        {
            return false;
        }

        if (SpeechCues.HasSpeechVerbBefore(Document, sentenceStart, Document.OpenToken[q]))
        {
            return false;
        }

        for (int k = close + 1; k < sentenceEnd; k++)
        {
            if (Tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }
}
