using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>"According to eyewitness Vinnie DeVita, “…”", "“…”, according to the BBC": the source named in the quote's clause.</summary>
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
            else if (found < 0
                && Tokens[k].Kind == TokenKind.Word
                && string.Equals(Document.Text(k), "according", StringComparison.OrdinalIgnoreCase)
                && string.Equals(Document.Text(k + 1), "to", StringComparison.Ordinal))
            {
                found = k;
                if (k > open)
                {
                    break;
                }
            }
        }

        if (found >= 0)
        {
            return Subjects.After(found + 2, sentence.EndToken, AttributionRule.AccordingTo, 2);
        }

        return null;
    }
}
