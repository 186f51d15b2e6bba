using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A paragraph that opens with a quote and has no source of its own resumes the last speaker across narration that
/// brings in no one else ("“…,” said Peseiro. ¶ Peseiro believes the core of the side … ¶ “…”"): news gives a new
/// speaker a verb of saying, and goes back to the one quoted without one.
/// </summary>
internal sealed class ResumedQuoteSieve
{
    /// <summary>How many paragraphs of narration may stand between the last quote and the resumed one.</summary>
    private const int MaxParagraphsBetween = 3;

    private readonly AttributionContext _context;
    private readonly SpeechClassifier _classifier;

    public ResumedQuoteSieve(AttributionContext context, SpeechClassifier classifier)
    {
        _context = context;
        _classifier = classifier;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>The previous quote's speaker when quote <paramref name="q"/> resumes it; else null.</summary>
    public Speaker? Find(int q)
    {
        if (q == 0 || _context.Speakers[q - 1] is not { } speaker || Document.CloseToken[q - 1] < 0)
        {
            return null;
        }

        // The quote opens a paragraph with no verb of saying (a paragraph read once: only its opening quote asks), a few
        // paragraphs after someone's words: not after a title or a term given a source ("the “Rural Broadband Access Act”,
        // the Post reported"), which is no one's words to resume.
        var quotes = Document.Quotes;
        int paragraph = quotes[q].Paragraph;
        int between = paragraph - quotes[q - 1].Paragraph - 1;
        if (between < 0 || between > MaxParagraphsBetween || Document.ParagraphTokenStart[paragraph] != Document.OpenToken[q]
            || SpeechCues.HasSpeechVerbIn(Document, Document.ParagraphTokenStart[paragraph], Document.ParagraphTokenEnd[paragraph])
            || !_classifier.IsSpeech(q - 1))
        {
            return null;
        }

        // Nobody else is the subject of the narration between, and the quote's paragraph names no one but the speaker.
        int from = _context.Tokens[Document.CloseToken[q - 1]].End;
        int to = _context.Tokens[Document.ParagraphTokenEnd[paragraph] - 1].End;
        for (int o = _context.LastOccurrenceStartingBefore(from) + 1; o < _context.Occurrences.Count && _context.Occurrences[o].Start < to; o++)
        {
            // An owner before a possessive ("in Ines Duarte's old gym") is named, not brought in; a body that acts ("Rovers were
            // the better side") brings in no one to speak.
            var occurrence = _context.Occurrences[o];
            if (occurrence.Kind != NameKind.Unknown && !string.Equals(occurrence.Name, speaker.Name, StringComparison.Ordinal)
                && (occurrence.Paragraph == paragraph
                    || (occurrence.IsSubject && occurrence.Kind == NameKind.Person && !Document.IsPossessive(Document.TokenAt(occurrence.End - 1)))))
            {
                return null;
            }
        }

        return speaker;
    }
}
