using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Reads an article that sets its quotes in single marks (British style: <c>‘We will win,’ she said</c>, with “…”
/// inside) as if it were set in double marks: its quoting single marks become double marks and its double marks single
/// ones, one character for one, so every later stage reads it as it reads any article and every offset stays the body's.
/// </summary>
/// <remarks>
/// An article is in single marks when it has no double mark at all and a single-mark quote, or when a single-mark quote
/// opens a line or follows a colon and every double mark of the body lies inside a single-mark quote (nested, as British
/// style nests). An article with a double-quoted span outside them (a headline's <c>‘…’</c> above quotes in “…”) keeps
/// its double marks as its quotes, so articles in double marks read as before. A single mark opens after white space,
/// opening punctuation or a double mark and before a word (not an elision: <c>’em</c>, <c>’til</c>) or a number (not a
/// year's: <c>'90s</c>); it closes after text and before anything but a letter or digit (<c>don’t</c> does not close). A
/// plural possessive (<c>the workers’ rights</c>) closes only when no closing mark follows before the next opening one.
/// One level of nesting (<c>‘… decided ‘this isn’t good enough’ and …’</c>) is followed.
/// </remarks>
internal static class SingleMarkStyle
{
    private const char OpenDouble = '\u201C';
    private const char CloseDouble = '\u201D';

    /// <summary>The body itself, or, for an article in single marks, a copy of the same length with the marks' roles swapped.</summary>
    public static string AsDoubleMarks(string body, ImmutableArray<BodySpanInfo> paragraphs, CancellationToken cancellationToken)
    {
        // An article with no double marks at all may quote in single marks only partly (`called him ‘an honest man’`); one
        // with double marks is in single marks only if a single-mark quote opens a line or follows a colon.
        bool hasDoubleMarks = QuoteMarks.IndexOfMark(body, 0, body.Length) >= 0;
        if (hasDoubleMarks ? !HasSpeechOpener(body) : body.IndexOfAny(SingleMarks) < 0)
        {
            return body;
        }

        var pairs = new List<(int Open, int Close, int End)>();
        foreach (BodySpanInfo paragraph in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Pair(body, paragraph.Start, paragraph.End, pairs);
        }

        if (pairs.Count == 0 || (hasDoubleMarks && (!pairs.Exists(p => IsSpeechPosition(body, p.Open)) || !DoubleMarksAreNested(body, pairs))))
        {
            return body;
        }

        char[] swapped = body.ToCharArray();
        for (int i = QuoteMarks.IndexOfMark(body, 0, body.Length); i >= 0; i = QuoteMarks.IndexOfMark(body, i + 1, body.Length))
        {
            swapped[i] = AsSingle(body[i]);
        }

        foreach (var (open, close, _) in pairs)
        {
            swapped[open] = OpenDouble;
            if (close >= 0)
            {
                swapped[close] = CloseDouble;
            }
        }

        return new string(swapped);
    }

    /// <summary>A cheap test before any pairing: does a single mark open a quote at the start of a line or after a colon?</summary>
    private static bool HasSpeechOpener(string body)
    {
        for (int i = body.IndexOfAny(SingleMarks); i >= 0; i = i + 1 < body.Length ? body.IndexOfAny(SingleMarks, i + 1) : -1)
        {
            if (IsSpeechPosition(body, i) && OpensBeforeWord(body, i, body.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] SingleMarks = ['\u2018', '\''];

    /// <summary>At the start of a line, or after a colon, with at most spaces between.</summary>
    private static bool IsSpeechPosition(string body, int mark)
    {
        int k = mark - 1;
        while (k >= 0 && body[k] is ' ' or '\t')
        {
            k--;
        }

        return k < 0 || body[k] is '\n' or '\r' or ':';
    }

    /// <summary>Pairs the quoting single marks of one paragraph; a quote still open at its end runs to it (Close -1).</summary>
    private static void Pair(string body, int start, int end, List<(int Open, int Close, int End)> pairs)
    {
        // Each candidate mark in order, and for each closing one whether another closing mark follows before the next
        // opening one: a possessive closes only where none does.
        var marks = new List<(int Index, bool Opens)>();
        for (int i = start; i < end; i++)
        {
            char c = body[i];
            if (c is '\u2018' or '\u2019' or '\'')
            {
                if (c != '\u2019' && OpensBeforeWord(body, i, end) && (i == start || QuoteMarks.IsOpeningContext(body[i - 1]) || QuoteMarks.IsMark(body[i - 1])))
                {
                    marks.Add((i, true));
                }
                else if (c != '\u2018' && i > start && !char.IsWhiteSpace(body[i - 1]) && (i + 1 == end || !CodePoints.IsLetterOrDigit(body, i + 1)))
                {
                    marks.Add((i, false));
                }
            }
        }

        var closingFollows = new bool[marks.Count];
        bool seen = false;
        for (int m = marks.Count - 1; m >= 0; m--)
        {
            closingFollows[m] = seen;
            seen = !marks[m].Opens;
        }

        int depth = 0;
        int open = -1;
        for (int m = 0; m < marks.Count; m++)
        {
            int i = marks[m].Index;
            if (marks[m].Opens)
            {
                if (depth == 0)
                {
                    open = i;
                }

                depth = depth == 0 ? 1 : 2;
            }
            else if (depth > 0 && !(IsPossessive(body, i, end) && closingFollows[m]))
            {
                depth--;
                if (depth == 0)
                {
                    pairs.Add((open, i, end));
                }
            }
        }

        if (depth > 0)
        {
            pairs.Add((open, -1, end));
        }
    }

    /// <summary>A single mark before a word that is no elision (<c>'em</c>, <c>’til</c>), or before a number that is no
    /// year's (<c>'90s</c>, <c>the '05 season</c>; but <c>He said: '10 people live here.'</c>).</summary>
    private static bool OpensBeforeWord(string body, int mark, int end)
    {
        int k = mark + 1;
        if (k < end && char.IsDigit(body[k]))
        {
            return !IsYearElided(body, k, end) || IsSpeechPosition(body, mark);
        }

        if (k >= end || !char.IsLetter(body[k]) && body[k] is not ('.' or '\u2026' or '['))
        {
            return false;
        }

        int wordEnd = k;
        while (wordEnd < end && char.IsLetter(body[wordEnd]))
        {
            wordEnd++;
        }

        // Elisions are short words: a longer one is read without copying it.
        return wordEnd - k > 5 || !Lexicon.IsElision(body.Substring(k, wordEnd - k).ToLowerInvariant());
    }

    /// <summary>Two digits, and an "s" or white space after them: a year with its century left out (not <c>'24/7</c>).</summary>
    private static bool IsYearElided(string body, int digits, int end)
    {
        int after = digits + 2;
        return after <= end && char.IsDigit(body[digits + 1]) && (after == end || body[after] == 's' || char.IsWhiteSpace(body[after]));
    }

    /// <summary>A mark after an <c>s</c> and before a lower-case word or number: <c>the workers’ rights</c>.</summary>
    private static bool IsPossessive(string body, int mark, int end)
        => body[mark - 1] is 's' or 'S' && mark + 2 < end && body[mark + 1] == ' ' && (char.IsLower(body[mark + 2]) || char.IsDigit(body[mark + 2]));

    /// <summary>Whether every double mark of the body lies inside a single-mark quote.</summary>
    private static bool DoubleMarksAreNested(string body, List<(int Open, int Close, int End)> pairs)
    {
        int p = 0;
        for (int i = QuoteMarks.IndexOfMark(body, 0, body.Length); i >= 0; i = QuoteMarks.IndexOfMark(body, i + 1, body.Length))
        {
            while (p < pairs.Count && (pairs[p].Close >= 0 ? pairs[p].Close : pairs[p].End) < i)
            {
                p++;
            }

            if (p == pairs.Count || i < pairs[p].Open)
            {
                return false;
            }
        }

        return true;
    }

    private static char AsSingle(char mark) => mark switch
    {
        '\u201C' or '\u201E' => '\u2018',
        '\u201D' => '\u2019',
        '\u00AB' => '\u2039',
        '\u00BB' => '\u203A',
        _ => '\'',
    };
}
