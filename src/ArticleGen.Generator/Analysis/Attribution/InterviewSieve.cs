using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// An interview transcript's answer, opened by its speaker's label ("((Jo Lee))  …") and running on until the next label, is
/// the interviewee's: a quote that "I" or "we" introduces with a verb of saying or thinking within four words ("So I
/// thought: “…”", "I can tell you “…”", "I would say to them “…”", "I'm like, “…”") holds the interviewee's own words, said
/// or thought. Other quotes in an answer are mostly words the interviewee reports from others ("people would say “…”"),
/// which this stage leaves to the others. The stage tells who speaks, not whether the quote is speech: "I" may think a
/// title or a term as well as words, so the speech classifier judges the quote as it does one the cue stages leave.
/// </summary>
internal sealed class InterviewSieve : AttributionSieve
{
    /// <summary>How many words may stand between "I" or "we" and the quote: "I would say to them".</summary>
    private const int MaxWordsAfterPronoun = 4;

    /// <summary>How many paragraphs one answer may run over.</summary>
    private const int MaxAnswerParagraphs = 20;

    /// <summary>How many words a speaker's label may hold.</summary>
    private const int MaxLabelWords = 6;

    public InterviewSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    public override Subject? Find(int q)
    {
        int open = Document.OpenToken[q];
        var sentence = Document.Sentences[Document.TokenSentence[open]];
        if (Interviewee(sentence.Paragraph) is not var (first, end))
        {
            return null;
        }

        int k = open - 1;
        if (k > sentence.FirstToken && (Document.IsPunctuation(k, ',') || Document.IsPunctuation(k, ':')))
        {
            k--;
        }
        else if (k >= sentence.FirstToken && Lexicon.IsDeterminer(Document.Text(k)))
        {
            // "I posted the “…” photo": the quote names a thing.
            return null;
        }

        // A verb of saying or thinking, or the quotative "like", must stand between: "I am a “…”" introduces no words.
        bool cue = false;
        for (int words = 0; k >= sentence.FirstToken && k >= end && words <= MaxWordsAfterPronoun; k--, words++)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }

            string word = Document.Text(k);
            if (word is "I" or "I'm" or "I\u2019m" or "we" or "We")
            {
                return cue ? new Subject(first, end, PronounKind.None, AttributionRule.Interview, k) : null;
            }

            cue |= (SpeechCues.IsSpeechVerb(Document, k) && !IsNamingVerb(word)) || Lexicon.IsCognitionVerb(word) || word is "think"
                || (k > sentence.FirstToken && SpeechCues.IsQuotativeLike(Document, k));
        }

        return null;
    }

    /// <summary>"I call it “…”", "we named it “…”": a verb that names a thing, not one that reports words.</summary>
    private static bool IsNamingVerb(string word)
        => word.StartsWith("call", StringComparison.Ordinal) || word.StartsWith("nam", StringComparison.Ordinal)
            || word.StartsWith("dub", StringComparison.Ordinal) || word.StartsWith("term", StringComparison.Ordinal)
            || word.StartsWith("label", StringComparison.Ordinal) || word.StartsWith("refer", StringComparison.Ordinal);

    /// <summary>
    /// The tokens of the name in "((Jo Lee))" that opens the paragraph, or the nearest paragraph before it that has a label
    /// (an answer may run over several paragraphs); null when no label is found, or the label is the interviewer's
    /// ("((WN))", Wikinews).
    /// </summary>
    private (int First, int End)? Interviewee(int paragraph)
    {
        for (int p = paragraph; p >= 0 && p > paragraph - MaxAnswerParagraphs; p--)
        {
            if (Label(p) is var (first, end))
            {
                return end == first + 1 && Document.Text(first) is "WN" ? null : (first, end);
            }
        }

        return null;
    }

    /// <summary>The tokens of the name in "((Jo Lee))" opening the paragraph, or null.</summary>
    private (int First, int End)? Label(int paragraph)
    {
        int first = Document.ParagraphTokenStart[paragraph] + 2;
        int limit = Document.ParagraphTokenEnd[paragraph];
        if (first + 2 >= limit || !Document.IsPunctuation(first - 2, '(') || !Document.IsPunctuation(first - 1, '('))
        {
            return null;
        }

        int end = first;
        while (end < limit && end - first < MaxLabelWords && Tokens[end].Kind == TokenKind.Word && Document.IsCapitalised(end))
        {
            end++;
        }

        return end > first && end + 1 < limit && Document.IsPunctuation(end, ')') && Document.IsPunctuation(end + 1, ')')
            ? (first, end)
            : null;
    }
}
