using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>"According to eyewitness Vinnie DeVita, “…”", "“…”, according to the BBC", "according to a statement by the
/// ministry", "according to him", "as Jo Lee put it", "how Jo Lee put it", "in the words of Jo Lee", "in Jo Lee's words",
/// "to quote Jo Lee": the source named in the quote's clause.</summary>
internal sealed class AccordingToSieve : AttributionSieve
{
    public AccordingToSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    /// <summary>"According to eyewitness Vinnie DeVita, “…”", "“…”, according to the BBC".</summary>
    public override Subject? Find(int q)
    {
        var sentence = Document.Sentences[Document.TokenSentence[Document.OpenToken[q]]];
        int open = Document.OpenToken[q];
        int close = Document.CloseToken[q] >= 0 ? Document.CloseToken[q] : open;
        int end = Math.Min(sentence.EndToken, close + SubjectFinder.MaxScanTokens);

        // "According to the BBC, a spokesman … expressed disappointment; “…”": a semicolon ends the clause the source
        // reports, and a quote after it belongs to another clause.
        int found = -1;
        for (int k = Math.Max(sentence.FirstToken, open - SubjectFinder.MaxScanTokens); k + 1 < end; k++)
        {
            if (Tokens[k].Quote >= 0)
            {
                continue;
            }

            if (Document.IsPunctuation(k, ';'))
            {
                if (k > open)
                {
                    break;
                }

                found = -1;
            }
            else if (found < 0 && Tokens[k].Kind == TokenKind.Word && SourceAfter(k) is var marked and >= 0)
            {
                found = marked;
                if (k > open)
                {
                    break;
                }
            }
        }

        if (found < 0)
        {
            int from = Math.Max(sentence.FirstToken, open - SubjectFinder.MaxScanTokens);
            return AsPutIt(from, end) ?? InTheWordsOf(from, end) ?? ForPerson(sentence.FirstToken, open) ?? ThisIsAccordingTo(q, sentence);
        }

        int source = found;
        return ObjectPronoun(source, sentence.EndToken)
            ?? Subjects.IssuerOfStatement(source, sentence.EndToken)
            ?? Subjects.After(AuthorOfDocument(source, sentence.EndToken) ?? source, sentence.EndToken, AttributionRule.AccordingTo, 3);
    }

    /// <summary>"“Nurses here haven't got time to breathe.” ¶ This is according to Deana, a patient at the hospital": a quote
    /// that ends its sentence, and the next sentence (in its paragraph or opening the next) that opens "This is according
    /// to" or "That is according to" names the source; null otherwise.</summary>
    private Subject? ThisIsAccordingTo(int q, SentenceInfo sentence)
    {
        int next = sentence.EndToken;
        if (Document.CloseToken[q] < 0 || Document.CloseToken[q] + 2 < next || next + 4 >= Tokens.Length
            || Document.Text(next) is not ("This" or "That") || Document.Text(next + 1) is not "is"
            || !string.Equals(Document.Text(next + 2), "according", StringComparison.Ordinal) || Document.Text(next + 3) is not "to"
            || Document.Sentences[Document.TokenSentence[next]].Paragraph > Document.Quotes[q].Paragraph + 1)
        {
            return null;
        }

        return Subjects.After(next + 4, Document.Sentences[Document.TokenSentence[next]].EndToken, AttributionRule.AccordingTo, 3);
    }

    /// <summary>The first token of the source that "according to" or "per" at <paramref name="k"/> opens ("per the
    /// statement", "per YouTube"; not "per cent", "per hour"); -1 for any other word.</summary>
    private int SourceAfter(int k)
    {
        if (k + 1 >= Tokens.Length || Tokens[k + 1].Kind != TokenKind.Word)
        {
            return -1;
        }

        if (string.Equals(Document.Text(k), "according", StringComparison.OrdinalIgnoreCase))
        {
            return string.Equals(Document.Text(k + 1), "to", StringComparison.Ordinal) ? k + 2 : -1;
        }

        return Document.Text(k) is "per" or "Per" && (Document.Text(k + 1) is "the" || Document.IsCapitalised(k + 1)) ? k + 1 : -1;
    }

    /// <summary>"As Jo Lee put it, “…”", "“…,” as she puts it", "“…” — that was how Jo Lee put it", "a “…” approach, as
    /// economist Jo Lee described it": the subject between "as" or "how" and "put it", "described it" or "called it".</summary>
    private Subject? AsPutIt(int from, int end)
    {
        for (int k = from; k + 3 < end; k++)
        {
            if (Tokens[k].Quote >= 0 || Document.Text(k) is not ("as" or "As" or "how"))
            {
                continue;
            }

            for (int m = k + 2; m + 1 < end && m <= k + 6 && Tokens[m].Quote < 0 && Tokens[m - 1].Kind == TokenKind.Word; m++)
            {
                if (Document.Text(m) is "put" or "puts" or "described" or "describes" or "called" or "calls" && Document.Text(m + 1) is "it")
                {
                    return Subjects.Before(m - 1, k + 1) is { } subject ? subject with { Rule = AttributionRule.AccordingTo } : null;
                }
            }
        }

        return null;
    }

    /// <summary>"For Dale Whitfield, who owns a tire shop on the street, the lane had been “a disaster”": a person named after
    /// "For" opening the sentence, before a comma, holds the view the quote gives; null otherwise.</summary>
    private Subject? ForPerson(int first, int open)
    {
        if (first + 2 >= open || Document.Text(first) is not "For" || !Document.IsCapitalised(first + 1) || Tokens[first + 1].Quote >= 0)
        {
            return null;
        }

        int end = Document.RunEnd(first + 1, open);
        return end < open && Document.IsPunctuation(end, ',')
            && IsPersonOrKnownSurname(NameInterpreter.Interpret(Document, first + 1, end))
            ? new Subject(first + 1, end, PronounKind.None, AttributionRule.AccordingTo, end - 1)
            : null;
    }

    /// <summary>"In the words of Jo Lee, …", "…, in the words of Jo Lee", "In Jo Lee's words, …", "in her words", "To quote
    /// Jo Lee, …": the source of the words.</summary>
    private Subject? InTheWordsOf(int from, int end)
    {
        for (int k = from; k + 3 < end; k++)
        {
            if (Tokens[k].Quote < 0 && Document.Text(k) is "to" or "To" && Document.Text(k + 1) is "quote"
                && Subjects.After(k + 2, end, AttributionRule.AccordingTo, 2) is { } quoted)
            {
                return quoted;
            }

            if (Tokens[k].Quote >= 0 || Document.Text(k) is not ("in" or "In"))
            {
                continue;
            }

            if (Document.Text(k + 1) is "the" && Document.Text(k + 2) is "words" && Document.Text(k + 3) is "of")
            {
                return Subjects.After(k + 4, end, AttributionRule.AccordingTo, 2);
            }

            // "The shop, in her words, “…”", "in his own words": whom the owner's pronoun stands for.
            if (Document.Text(k + 1) is "his" or "her" or "their"
                && (Document.Text(k + 2) is "words" || (Document.Text(k + 2) is "own" && Document.Text(k + 3) is "words")))
            {
                return new Subject(k + 1, k + 2, Lexicon.GetOwnerPronoun(Document.Text(k + 1)), AttributionRule.AccordingTo, k + 1);
            }

            // "In Jo Lee's words": the owner of the words.
            if (Document.IsCapitalised(k + 1) && Tokens[k + 1].Quote < 0)
            {
                int owner = Document.RunEnd(k + 1, end);
                if (owner < end && Document.Text(owner) is "words" && Document.IsPossessive(owner - 1))
                {
                    return new Subject(k + 1, owner, PronounKind.None, AttributionRule.AccordingTo, owner);
                }
            }
        }

        return null;
    }

    /// <summary>"according to him, …": an object pronoun standing alone is the source.</summary>
    private Subject? ObjectPronoun(int k, int end)
    {
        if (k >= end || Tokens[k].Quote >= 0 || (k + 1 < end && Tokens[k + 1].Kind == TokenKind.Word))
        {
            return null;
        }

        var pronoun = Document.Text(k) switch
        {
            "him" or "her" => PronounKind.Person,
            "them" => PronounKind.Organization,
            _ => PronounKind.None,
        };
        return pronoun == PronounKind.None ? null : new Subject(k, k + 1, pronoun, AttributionRule.AccordingTo, k);
    }

    /// <summary>"according to a tweet on Monday by Jo Lee", "according to a statement from the ministry": the token after
    /// "by" or "from" when a determiner and a document noun start the source; null otherwise.</summary>
    private int? AuthorOfDocument(int k, int end)
    {
        if (k + 1 >= end || !Lexicon.IsDeterminer(Document.Text(k)) || !Lexicon.IsSpeakerNoun(Document.Text(k + 1)))
        {
            return null;
        }

        for (int m = k + 2; m < end && m < k + 10; m++)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word)
            {
                return null;
            }

            if (Document.Text(m) is "by" or "from")
            {
                return m + 1;
            }
        }

        return null;
    }
}
