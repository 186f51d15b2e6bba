using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote that names a work, an outlet, a programme or a body: after its kind's noun ("the film “…”"), before it ("the
/// “Today” programme"), after a preposition of place or origin, in apposition, followed by its maker, or cited as a
/// headline in a list of sources.
/// </summary>
internal sealed class TitleCues
{
    /// <summary>At most this many capitalised words name the publisher of a cited source ("Canadian Broadcasting
    /// Corporation News").</summary>
    private const int MaxPublisherWords = 5;

    /// <summary>Works and named undertakings, whose name may follow them: "the BBC programme “Newsnight”", "his book “Why We Fight”".</summary>
    private static readonly HashSet<string> WorkNouns = new(StringComparer.Ordinal)
    {
        "programme", "program", "show", "documentary", "film", "movie", "album", "song", "novel", "book", "series",
        "sitcom", "exhibition", "exhibit", "podcast", "magazine", "newspaper", "column", "musical", "opera", "painting",
        "poem", "campaign", "operation", "initiative", "project", "weekly", "monthly", "daily", "journal", "guide", "title",
        "textbook", "product", "app", "hit", "single", "track", "ballad", "play", "essay", "memoir", "thriller", "sequel",
        "drama", "episode", "paper",
    };

    /// <summary>The work nouns a name may stand before ("the “Today” programme"): <see cref="WorkNouns"/> without those that
    /// also read as adverbs or other words after a quote ("daily", "single", "hit", "title").</summary>
    private static readonly HashSet<string> WorkNounsAfterName = new(StringComparer.Ordinal)
    {
        "programme", "program", "show", "documentary", "film", "movie", "album", "song", "novel", "book", "series", "sitcom",
        "podcast", "magazine", "newspaper", "column", "musical", "opera", "campaign", "textbook",
    };

    private readonly AttributionContext _context;
    private readonly QuoteShapes _shapes;

    public TitleCues(AttributionContext context, QuoteShapes shapes)
    {
        _context = context;
        _shapes = shapes;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>"“Seven bushfires near Perth” — Wikinews, February 4, 2007", "“Tsunami Aid Tax Deductible” — CBS/AP, Jan. 7,
    /// 2005": a dash, a publisher's capitalised name and a comma before a date after a quote cite it as a headline in a list
    /// of sources ("“…” — Jo Lee, mayor" ends with a role, not a date, and gives a pull quote's speaker).</summary>
    public bool IsSourceCitation(int q)
    {
        int k = Document.CloseToken[q] + 1;
        if (k >= Document.Tokens.Length || !(Document.IsPunctuation(k, '\u2014') || Document.IsPunctuation(k, '\u2013')))
        {
            return false;
        }

        int names = 0;
        for (k++; k < Document.Tokens.Length && !Document.IsPunctuation(k, ','); k++)
        {
            if (Document.IsCapitalised(k) && Document.Tokens[k].Quote < 0 && ++names <= MaxPublisherWords)
            {
                continue;
            }

            if (!(Document.IsPunctuation(k, '/') || Document.IsPunctuation(k, '.') || Document.IsPunctuation(k, '&')))
            {
                return false;
            }
        }

        if (names == 0 || k + 1 >= Document.Tokens.Length)
        {
            return false;
        }

        string date = Document.Text(k + 1);
        return char.IsDigit(date[0]) || Lexicon.IsDateName(date);
    }

    /// <summary>"the programme “…”": a work's name right after the noun of its kind.</summary>
    public bool FollowsWorkNoun(int q) => IsWorkNoun(Document.OpenToken[q] - 1, Document.OpenToken[q]);

    private bool IsWorkNoun(int k, int open)
        => k >= 0 && Document.TokenSentence[k] == Document.TokenSentence[open] && Document.Tokens[k].Kind == TokenKind.Word
            && Document.Tokens[k].Quote < 0 && (WorkNouns.Contains(Document.Text(k)) || IsCapitalisedWorkNoun(Document.Text(k)));

    /// <summary>"Operation “Sea Lion”", "Project “Condor”", "Typhoon “Marites”": a named undertaking's or storm's noun
    /// capitalised as part of its name.</summary>
    private static bool IsCapitalisedWorkNoun(string word)
        => word is "Operation" or "Project" or "Exercise" or "Typhoon" or "Hurricane" or "Cyclone" or "Storm";

    /// <summary>A quote of one to <see cref="QuoteShapes.MaxTitleWords"/> words capitalised as a title, with no sentence ending inside,
    /// right after a work noun or after one and a comma ("the film “A Quiet Place”", "her album, “Songs of the Sea”,",
    /// "writing in the weekly “Stagecraft”").</summary>
    public bool IsWorksTitle(int q)
    {
        int open = Document.OpenToken[q];
        int k = open - 1;
        if (k >= 0 && Document.IsPunctuation(k, ','))
        {
            k--;
        }

        if (!IsWorkNoun(k, open))
        {
            return false;
        }

        // "under the title “A Merovingian-period boat from Lake Østvann”": a title named as one, in any case.
        var (words, capitalised, terminal, _) = _shapes.Shape(q);
        return words >= 1 && words <= QuoteShapes.MaxTitleWords && (capitalised == words || Document.Text(k) is "title") && !terminal;
    }

    /// <summary>"the open vigilante group “Anonymous”", "the organisation “Hong Kong Community Network”": a quote of up to
    /// <see cref="QuoteShapes.MaxTitleWords"/> words capitalised as a title, right after a noun of a kind of organisation, is its name.</summary>
    public bool IsBodysName(int q)
    {
        int k = Document.OpenToken[q] - 1;
        return k >= 0 && Document.IsLowerWord(k) && Document.Tokens[k].Quote < 0 && Lexicon.IsOrganizationKindNoun(Document.Text(k))
            && _shapes.IsTitleCased(q);
    }

    /// <summary>"the cover of “Puppy and dog basics” magazine", "the “Today” programme": a quote of up to <see
    /// cref="QuoteShapes.MaxTitleWords"/> words that opens in capitals, with no sentence end inside, right before the noun of a work it
    /// names.</summary>
    public bool NamesWorkAfterIt(int q)
    {
        int k = Document.CloseToken[q] + 1;
        if (k <= 0 || k >= Document.Tokens.Length || !Document.IsLowerWord(k) || Document.Tokens[k].Quote >= 0
            || !WorkNounsAfterName.Contains(Document.Text(k)))
        {
            return false;
        }

        // "an “unjust” campaign" is someone's word for it: a name opens in capitals.
        var quote = Document.Quotes[q];
        var (words, _, terminal, _) = _shapes.Shape(q);
        return words <= QuoteShapes.MaxTitleWords && !terminal && quote.Length > 0 && CodePoints.IsUpper(Document.Body, quote.Start);
    }

    /// <summary>"“The Herring Seller's Daughter”, by the Flemish painter Jan van Aalst": a name followed by "by" and its
    /// maker names a work.</summary>
    public bool FollowedByMaker(int q)
    {
        int k = Document.CloseToken[q] + 1;
        k += k < Document.Tokens.Length && Document.IsPunctuation(k, ',') ? 1 : 0;
        return k + 1 < Document.Tokens.Length && Document.Text(k) is "by" && Document.Tokens[k + 1].Quote < 0
            && (Document.IsCapitalised(k + 1) || Lexicon.IsDeterminer(Document.Text(k + 1)));
    }

    /// <summary>"the “Dasom 2”", "his old fishing boat, the “Sjøsprøyt”": a quote right after a lower-case "the" is a thing's
    /// name (someone's words take no article); callers ask this of quotes capitalised as a title only.</summary>
    public bool AfterDefiniteArticle(int q)
    {
        int k = Document.OpenToken[q] - 1;
        return k >= 0 && Document.Tokens[k].Quote < 0 && Document.TokenSentence[k] == Document.TokenSentence[k + 1] && Document.Text(k) == "the";
    }

    /// <summary>"In an interview with “60 Minutes”", "Speaking on “Good Morning America”", "the author of “The Long Road”",
    /// "Jo Lee told “The Tidewater Times”": a quote right after a preposition of place, company or origin, or after "told",
    /// names a programme, a work or an outlet when it is capitalised as a title ("urged people to “Stay Home”" may be words);
    /// so does one after an outlet's possessive name there ("Jo Lee told NBC's “Meet the Press”").</summary>
    public bool AfterObjectPreposition(int q)
    {
        int open = Document.OpenToken[q];
        int k = open - 1;

        // "Fox News' “Special Report”": before a quote mark, a plural's apostrophe is a token of its own.
        bool pluralOwner = k > 0 && (Document.IsPunctuation(k, '\'') || Document.IsPunctuation(k, '\u2019'))
            && Document.IsCapitalised(k - 1) && Document.Word(k - 1).EndsWith("s", System.StringComparison.OrdinalIgnoreCase);
        k = pluralOwner ? k - 1 : k;
        if (k >= 0 && Document.Tokens[k].Quote < 0 && Document.IsCapitalised(k) && (pluralOwner || Document.IsPossessive(k)))
        {
            k = Document.RunStart(k, Document.Sentences[Document.TokenSentence[open]].FirstToken) - 1;
        }

        return k >= 0 && Document.Tokens[k].Quote < 0 && Document.TokenSentence[k] == Document.TokenSentence[open]
            && Document.Text(k) is "with" or "on" or "of" or "in" or "at" or "from" or "by" or "told";
    }

    /// <summary>
    /// "the chain's loyalty scheme, “Finch Circle”, now had", "The books, “The Salt Line” by": a quote set off by a comma
    /// after a noun that names no one and no words, and closed by punctuation or "by", is the noun's name in apposition;
    /// callers ask this of quotes capitalised as a title only ("a banner reading “…”; the other, “…”" and "a single word,
    /// “Diolch”" quote words; "a statement headed “…”" is its author's).
    /// </summary>
    public bool IsAppositiveName(int q)
    {
        int open = Document.OpenToken[q];
        int close = Document.CloseToken[q];
        int noun = open - 2;
        if (noun < 0 || close < 0 || !Document.IsPunctuation(open - 1, ',') || Document.Tokens[noun].Quote >= 0 || !Document.IsLowerWord(noun)
            || Document.TokenSentence[noun] != Document.TokenSentence[open])
        {
            return false;
        }

        string word = Document.Text(noun);
        bool followedByPunctuation = close + 1 >= Document.Tokens.Length || Document.Tokens[close + 1].Kind != TokenKind.Word
            || Document.Text(close + 1) == "by";
        return followedByPunctuation && Lexicon.IsContentWord(word) && word is not ("other" or "others") && Lexicon.GetPronoun(word) == PronounKind.None
            && Lexicon.NominalKind(word) == NameKind.Unknown && !Lexicon.IsSpeakerNoun(word) && !Lexicon.IsSignNoun(word)
            && !NamingCues.WordNouns.Contains(word) && !NamingCues.NamingNouns.Contains(word) && !SpeechCues.IsSpeechVerbUse(Document, noun)
            && !word.EndsWith("ly", StringComparison.Ordinal);
    }
}
