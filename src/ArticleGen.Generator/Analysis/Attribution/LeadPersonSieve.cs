namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A paragraph that is nothing but a quote, right after a paragraph with no quote that names one person, and that person
/// as a subject: the person speaks ("Jo Lee has spent 31 years guiding ships. On Friday he brought in his last one. ¶
/// “People think the job is about the big ships.”"). Features and profiles open so: the lead introduces the speaker, and
/// the quotes follow with no verb of saying. Bare quote paragraphs after the first keep its speaker by continuation.
/// </summary>
internal sealed class LeadPersonSieve
{
    private readonly AttributionContext _context;

    public LeadPersonSieve(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    /// <summary>The one person the paragraph before quote <paramref name="q"/>'s names, when <paramref name="q"/> opens a
    /// paragraph that holds only quotes and the paragraph before holds none; else null.</summary>
    public Speaker? Find(int q)
    {
        int open = Document.OpenToken[q];
        int paragraph = Document.Quotes[q].Paragraph;
        if (paragraph == 0 || Document.ParagraphTokenStart[paragraph] != open || !HoldsOnlyQuotes(paragraph)
            || SpeechCues.HoldsQuote(Document, Document.ParagraphTokenStart[paragraph - 1], Document.ParagraphTokenEnd[paragraph - 1]))
        {
            return null;
        }

        return OnlyPerson(paragraph - 1);
    }

    /// <summary>Whether every word of the paragraph stands inside a quote.</summary>
    private bool HoldsOnlyQuotes(int paragraph)
    {
        for (int k = Document.ParagraphTokenStart[paragraph]; k < Document.ParagraphTokenEnd[paragraph]; k++)
        {
            if (_context.Tokens[k].Kind == TokenKind.Word && _context.Tokens[k].Quote < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The person every person's name in the paragraph stands for (owners before a possessive aside), named at least
    /// once as a subject; null when the paragraph names none, or two.</summary>
    private Speaker? OnlyPerson(int paragraph)
    {
        var occurrences = _context.Occurrences;
        int start = _context.Tokens[Document.ParagraphTokenStart[paragraph]].Start;
        string? person = null;
        int entity = -1;
        bool subject = false;
        for (int o = _context.LastOccurrenceStartingBefore(start) + 1; o < occurrences.Count && occurrences[o].Paragraph == paragraph; o++)
        {
            // "Malcolm Harper shared Mrs Morley's fears": an owner before a possessive is named, not brought in.
            var occurrence = occurrences[o];
            if (occurrence.Kind != NameKind.Person || Document.IsPossessive(Document.TokenAt(occurrence.End - 1)))
            {
                continue;
            }

            if (person is not null && occurrence.Name != person)
            {
                return null;
            }

            person = occurrence.Name;
            entity = occurrence.Entity;
            subject |= occurrence.IsSubject;
        }

        return person is not null && subject ? new Speaker(entity, person, NameKind.Person) : null;
    }
}
