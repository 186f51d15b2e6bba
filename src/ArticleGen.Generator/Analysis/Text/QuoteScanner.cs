using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Finds the direct quotes of a body, paragraph by paragraph, in one linear pass.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Curly marks say which way they face; a straight mark opens when no quote is open and it sits in
/// opening position (after whitespace or opening punctuation, before text, detached by a space before a capital
/// letter, or glued between a full stop and a capital letter), and closes an open quote unless it sits in opening position
/// without touching the text before it.</item>
/// <item>A run of straight marks (<c>""</c>) counts as one mark, and a quote with no text is dropped.</item>
/// <item>Single quotes and apostrophes never start or end a quote, so nested ‘…’ stays part of the outer quote (an article
/// set in single marks reaches the scanner with its marks' roles swapped: <see cref="SingleMarkStyle"/>).</item>
/// <item>A quote never crosses a paragraph: when the paragraph ends with a quote open, the quote is bounded
/// there. If the next paragraph opens with a mark (the convention for a quote running over several paragraphs),
/// each paragraph's part is reported as its own quote, linked by <see cref="RawQuote.ContinuesNext"/>; otherwise
/// the opening mark is reported as unbalanced. A new opening mark while a quote is open also bounds the open
/// quote (before the new mark) and reports it unbalanced.</item>
/// </list>
/// </remarks>
internal static class QuoteScanner
{
    public static ImmutableArray<RawQuote> Scan(
        string body,
        ImmutableArray<BodySpanInfo> paragraphs,
        List<int> unbalancedMarks,
        CancellationToken cancellationToken)
    {
        var quotes = ImmutableArray.CreateBuilder<RawQuote>();
        bool carried = false;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int start = paragraphs[p].Start;
            int end = paragraphs[p].End;
            int open = -1;
            int openLength = 0;
            bool openContinues = false;
            bool firstMark = true;
            int marks = 0;
            int i = QuoteMarks.IndexOfMark(body, start, end);
            while (i >= 0)
            {
                if ((++marks & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                char c = body[i];
                int length = 1;
                if (c == '"')
                {
                    while (i + length < end && body[i + length] == '"')
                    {
                        length++;
                    }
                }

                bool opening = QuoteMarks.InOpeningPosition(body, start, end, i, length);
                bool closing = QuoteMarks.InClosingPosition(body, start, i);
                if (open < 0)
                {
                    if (QuoteMarks.IsTypographicOpening(c) || opening || QuoteMarks.InDetachedOpeningPosition(body, start, end, i, length)
                        || QuoteMarks.InGluedOpeningPosition(body, start, end, i, length))
                    {
                        open = i;
                        openLength = length;
                        openContinues = carried && firstMark && IsFirstNonWhiteSpace(body, start, i);
                    }
                }
                else
                {
                    bool closes = QuoteMarks.IsTypographicClosing(c)
                        || (QuoteMarks.IsTypographicOpening(c) ? closing && !opening : closing || !opening);
                    if (closes)
                    {
                        Add(quotes, body, open, openLength, open + openLength, i, i, p, continuesNext: false, openContinues);
                    }
                    else
                    {
                        // A second opening mark while a quote is open: the first one never closed, perhaps at the comma
                        // before its attribution.
                        unbalancedMarks.Add(open);
                        int comma = ForgottenCloseMark.CommaBeforeAttribution(body, open + openLength, i);
                        Add(quotes, body, open, openLength, open + openLength, comma >= 0 ? comma : i, comma, p, continuesNext: false, openContinues);
                    }

                    open = closes ? -1 : i;
                    openLength = closes ? 0 : length;
                    openContinues = false;
                }

                firstMark = false;
                i = QuoteMarks.IndexOfMark(body, i + length, end);
            }

            carried = false;
            if (open >= 0)
            {
                bool continues = p + 1 < paragraphs.Length && OpensWithMark(body, paragraphs[p + 1]);
                if (!continues)
                {
                    unbalancedMarks.Add(open);
                }

                bool added = Add(quotes, body, open, openLength, open + openLength, end, -1, p, continues, openContinues);
                carried = continues && added;
            }
        }

        return quotes.ToImmutable();
    }

    private static bool Add(
        ImmutableArray<RawQuote>.Builder quotes,
        string body,
        int openMark,
        int openMarkLength,
        int textStart,
        int limit,
        int closeMark,
        int paragraph,
        bool continuesNext,
        bool continuesPrevious)
    {
        // The quote's text leaves out the white space inside the marks, and a comma just inside the closing mark:
        // "“We will win,” she said" quotes "We will win"; the comma belongs to the reporting sentence.
        while (textStart < limit && char.IsWhiteSpace(body[textStart]))
        {
            textStart++;
        }

        int textEnd = TrimEnd(body, textStart, limit);
        if (textEnd > textStart && body[textEnd - 1] == ',')
        {
            textEnd = TrimEnd(body, textStart, textEnd - 1);
        }

        if (textEnd == textStart)
        {
            return false;
        }

        quotes.Add(new RawQuote(openMark, openMarkLength, textStart, textEnd - textStart, closeMark, paragraph, continuesNext, continuesPrevious));
        return true;
    }

    private static int TrimEnd(string body, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsFirstNonWhiteSpace(string body, int start, int position)
    {
        for (int k = start; k < position; k++)
        {
            if (!char.IsWhiteSpace(body[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpensWithMark(string body, BodySpanInfo paragraph)
    {
        for (int k = paragraph.Start; k < paragraph.End; k++)
        {
            char c = body[k];
            if (!char.IsWhiteSpace(c))
            {
                return QuoteMarks.IsTypographicOpening(c) || c == '"';
            }
        }

        return false;
    }
}
