using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// The shape of each quote, read once: how many words, how many of them a title would capitalise, whether a sentence
/// ends inside it, whether it speaks in the first person. Every cue that tells a title or a term from words asks it.
/// </summary>
internal sealed class QuoteShapes
{
    /// <summary>At most this many words make a quote short enough to be a title.</summary>
    internal const int MaxTitleWords = 10;

    /// <summary>Words a title leaves in lower case: English ones, and the articles and prepositions of the languages whose
    /// titles news quotes most ("La Gazzetta della Murgia", "El Son de la Negra", "Le Monde des Livres").</summary>
    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "for", "to", "after", "with", "by", "from", "is", "are",
        "de", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "el", "los",
        "las", "der", "die", "und", "y", "e", "et", "vs",
    };

    /// <summary>The words <see cref="Shape"/> looks up (a title's function words, words of the first person) by length, so
    /// that a quote's words are matched where they stand: the walk runs over every word of every quote, and cutting each
    /// short word out of the body allocated about 40 MB at 10,000 articles.</summary>
    private static readonly string[][] LookupWordsByLength = WordsByLength(TitleFunctionWords.Concat(Lexicon.FirstPersonWords));

    private readonly AttributionContext _context;

    /// <summary>Per quote, its <see cref="Shape"/> once read.</summary>
    private (int Words, int Capitalised, bool Terminal, bool FirstPerson)?[]? _shapes;

    public QuoteShapes(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    /// <summary>One to <see cref="MaxTitleWords"/> words capitalised as a title, no sentence ending inside.</summary>
    public bool IsTitleCased(int q)
    {
        var (words, capitalised, terminal, _) = Shape(q);
        return words >= 1 && words <= MaxTitleWords && capitalised == words && !terminal;
    }

    /// <summary>
    /// The quote's words, how many of them a title would capitalise, whether a sentence ends inside it, and whether it
    /// speaks in the first person ("We will rebuild.": someone's words, however short); read once per quote, and only up to
    /// <see cref="MaxTitleWords"/> + 1 words, since every question asked of a longer quote has its answer then.
    /// </summary>
    public (int Words, int Capitalised, bool Terminal, bool FirstPerson) Shape(int q)
        => (_shapes ??= new (int, int, bool, bool)?[Document.Quotes.Length])[q] ??= ReadShape(q);

    private (int Words, int Capitalised, bool Terminal, bool FirstPerson) ReadShape(int q)
    {
        var quote = Document.Quotes[q];
        string body = Document.Body;
        int words = 0;
        int capitalised = 0;
        bool terminal = false;
        bool firstPerson = false;
        int end = quote.Start + quote.Length;
        for (int i = quote.Start; i < end;)
        {
            char c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < end && !char.IsWhiteSpace(body[i]))
            {
                i++;
            }

            terminal |= body[i - 1] is '!' or '?' || (body[i - 1] == '.' && i < end);

            // "Need for Speed - Carbon": a dash or an ampersand between words is no word of the title.
            if (i - start == 1 && body[start] is '-' or '\u2013' or '\u2014' or '&')
            {
                continue;
            }

            if (++words > MaxTitleWords)
            {
                break;
            }

            int wordEnd = i;
            while (wordEnd > start && body[wordEnd - 1] is '.' or ',' or '!' or '?' or ':' or ';')
            {
                wordEnd--;
            }

            if (wordEnd == start)
            {
                continue;
            }

            string? word = LookupWord(body, start, wordEnd - start);
            if (char.IsUpper(body[start]) || char.IsDigit(body[start]) || (word is not null && TitleFunctionWords.Contains(word)))
            {
                capitalised++;
            }

            firstPerson |= word is not null && (Lexicon.IsFirstPersonSingular(word) || Lexicon.IsFirstPersonPlural(word));
        }

        return (words, capitalised, terminal, firstPerson);
    }

    private static string[][] WordsByLength(IEnumerable<string> words)
    {
        var distinct = words.Distinct(StringComparer.Ordinal).ToArray();
        var byLength = new string[distinct.Max(w => w.Length) + 1][];
        for (int length = 0; length < byLength.Length; length++)
        {
            byLength[length] = distinct.Where(w => w.Length == length).OrderBy(w => w, StringComparer.Ordinal).ToArray();
        }

        return byLength;
    }

    /// <summary>The looked-up word that <c>body[start..start+length)</c> spells, or null; nothing is allocated.</summary>
    private static string? LookupWord(string body, int start, int length)
    {
        if (length == 0 || length >= LookupWordsByLength.Length)
        {
            return null;
        }

        // The first letter before the rest: most words of a length differ there.
        char first = body[start];
        foreach (string candidate in LookupWordsByLength[length])
        {
            if (candidate[0] == first && string.CompareOrdinal(body, start, candidate, 0, length) == 0)
            {
                return candidate;
            }
        }

        return null;
    }
}
