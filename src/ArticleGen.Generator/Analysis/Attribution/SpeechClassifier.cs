using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Tells someone's words from the other uses of quote marks, once the sieve has run: a term being named ("a process
/// called “exfiltration”", "known as “fursonas”", a gloss in parentheses), a title ("a panel called “Breaking Into
/// Comics”", "“Pokemon Biology”"), a scare quote (“furry” versions). A quote a speech clause introduces is speech
/// whatever it looks like.
/// </summary>
internal sealed class SpeechClassifier
{
    /// <summary>At most this many words make a quote short enough to be a term or scare quote.</summary>
    private const int MaxTermWords = 3;

    /// <summary>At most this many quotes before a quote are searched for the same name given earlier.</summary>
    private const int MaxNamedAgainQuotes = 20;

    /// <summary>At most this many capitalised words name the publisher of a cited source ("Canadian Broadcasting
    /// Corporation News").</summary>
    private const int MaxPublisherWords = 5;

    /// <summary>At most this many words make a quote short enough to be a title.</summary>
    private const int MaxTitleWords = 10;

    /// <summary>At most this many adjectives stand between a determiner and a quote that modifies a noun ("the
    /// controversial “don't ask, don't tell” policy").</summary>
    private const int MaxModifierAdjectives = 2;

    /// <summary>At most this many quotes before a quote are read back along a list ("“…”, “…” and “…”").</summary>
    private const int MaxListedQuotes = 8;

    /// <summary>At most this many words stand between "known" and its "as" ("known to fellow drivers on the … route as").</summary>
    private const int MaxKnownToWords = 8;

    /// <summary>At most this many tokens back a naming verb's subject is read over "of" and "for" ("the United States
    /// Federal Bureau of Investigation").</summary>
    private const int MaxNameTokens = 12;

    private static readonly HashSet<string> NamingWords = new(StringComparer.Ordinal)
    {
        "called", "named", "nicknamed", "dubbed", "termed", "titled", "entitled", "so-called", "renamed", "branded",
        "name", "term", "word", "phrase", "qualifier", "nickname", "label", "known", "as", "hashtag", "slogan", "motto",
        "catchphrase", "designation", "acronym", "abbreviation", "designated", "code-named", "codenamed", "moniker", "monikers",
    };

    /// <summary>Nouns of a name that a comma may part from the quote that gives it: "its slogan, “…”".</summary>
    private static readonly HashSet<string> NamingNouns = new(StringComparer.Ordinal)
    {
        "slogan", "motto", "catchphrase", "hashtag", "nickname", "mantra", "theme",
    };

    /// <summary>Nouns of words that "such as" gives examples of: "words such as “…”", "phrases such as “…”".</summary>
    private static readonly HashSet<string> WordNouns = new(StringComparer.Ordinal)
    {
        "word", "words", "phrase", "phrases", "term", "terms", "expression", "expressions", "slogans", "names",
    };

    /// <summary>Verbs that name their subject through a reflexive: "The group calls itself “Citizens for Truth”".</summary>
    private static readonly HashSet<string> SelfNamingVerbs = new(StringComparer.Ordinal)
    {
        "call", "calls", "called", "calling", "name", "names", "named", "style", "styles", "styled", "brand", "brands",
        "branded", "bill", "bills", "billed", "dub", "dubs", "dubbed",
    };

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

    public SpeechClassifier(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    /// <summary>Whether quote <paramref name="q"/> is someone's spoken or written words.</summary>
    public bool IsSpeech(int q)
    {
        if (IsNickname(q))
        {
            return false;
        }

        // "In a statement headlined “Returning What Was Taken”", "under the headline “A Good Day for Honest Ads”": a
        // statement's headline is its issuer's words, capitalised as a title or not.
        if (StatementHeadline.StatementNoun(Document, q) >= 0)
        {
            return true;
        }

        // "Jo Lee said the film “A Quiet Place” was …", "praised her album, “Songs of the Sea”, as": a work's name,
        // capitalised as a title, even inside a speech clause.
        if (IsCode(q) || IsSourceCitation(q) || IsWorksTitle(q) || IsBodysName(q) || NamesWorkAfterIt(q) || (IsGlossed(q) && IsTitleCased(q)) || IsNamedModifier(q) || IsTranslation(q)
            || ((AfterDefiniteArticle(q) || AfterObjectPreposition(q) || IsAppositiveName(q) || FollowedByMaker(q)) && IsTitleCased(q)))
        {
            return false;
        }

        // "Karzai, who has called for jihad or “holy war”": a short quote given as another name of a noun names it, even in a
        // speech clause.
        var (words, capitalised, terminal, firstPerson) = Shape(q);
        if (words <= MaxTermWords && !terminal && !firstPerson && OtherNameOfNoun(q))
        {
            return false;
        }

        if (IntroducedBySpeechClause(q) || AfterQuotative(q))
        {
            return true;
        }

        if (FollowsNamingCue(q) || IsModifier(q) || NamedAsKind(q))
        {
            return false;
        }

        if (words <= MaxTitleWords && !terminal && FollowsWorkNoun(q))
        {
            return false;
        }

        // "negotiating with “bicheiros” (illegal gambling enterprises)", "“Pro-life” is the umbrella term of the movement":
        // a short quote glossed in brackets, or named as a word by the sentence it opens.
        if (words <= MaxTermWords && !terminal && !firstPerson && (GlossedInBrackets(q) || NamedAsWordAfter(q)))
        {
            return false;
        }

        // "placards declared “No Bush visit” and “No APEC”": a speech verb before a list introduces each of its quotes.
        if (words >= 2 && words <= MaxTitleWords && capitalised == words && !Attributed(q) && !ListHas(q, AfterSpeechVerb))
        {
            return false;
        }

        return !(words <= MaxTermWords && !terminal && !firstPerson && !Attributed(q) && !SentenceHasSpeechVerb(q));
    }

    /// <summary>
    /// "The music video for “Gangnam Style”, a song by Psy, … Should its views continue, “Gangnam Style” could pass": a
    /// quote capitalised as a title whose text is that of an earlier quote found to be no one's words (its
    /// <paramref name="speech"/> entry false) names the same thing again, at most <see cref="MaxNamedAgainQuotes"/> quotes
    /// after it; so it does after a speaker's verb ("she said she had read “The Salt Line”"), unless a comma or colon sets
    /// it off as their words ("Jo Lee said: “Never Again”").
    /// </summary>
    public bool NamesAgain(int q, bool[] speech)
    {
        int before = Document.OpenToken[q] - 1;
        if (!IsTitleCased(q)
            || (_context.Speakers[q] is not null && before >= 0 && (Document.IsPunctuation(before, ',') || Document.IsPunctuation(before, ':'))))
        {
            return false;
        }

        var quote = Document.Quotes[q];
        for (int p = q - 1; p >= 0 && p >= q - MaxNamedAgainQuotes; p--)
        {
            var earlier = Document.Quotes[p];
            if (!speech[p] && earlier.Length == quote.Length
                && string.CompareOrdinal(Document.Body, earlier.Start, Document.Body, quote.Start, quote.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a stage gave the quote a speaker, which tells that someone says it; the interview stage tells only
    /// who would ("I thought “…”" may think a title).</summary>
    private bool Attributed(int q) => _context.Speakers[q] is not null && _context.Rules[q] != AttributionRule.Interview;

    private bool IntroducedBySpeechClause(int q)
        => _context.Speakers[q] is not null
            && _context.Rules[q] is AttributionRule.SpeechVerb or AttributionRule.Pronoun or AttributionRule.AccordingTo or AttributionRule.Passive
            && (!FollowsNamingCue(q) || CharacterisedByPerson(q));

    /// <summary>"Dizaei, who was branded a “criminal in uniform” by commission chair Nick Hardwick": a person named as the
    /// passive's agent calls or brands someone so in their own words; a name that a thing is called, dubbed or known by
    /// among people names it.</summary>
    private bool CharacterisedByPerson(int q)
    {
        int k = Document.OpenToken[q] - 1;
        k -= k > 0 && Document.Text(k) is "a" or "an" ? 1 : 0;
        return _context.Rules[q] == AttributionRule.Passive && _context.Speakers[q] is { Kind: NameKind.Person }
            && k > 0 && Document.Text(k) is "called" or "branded" && Lexicon.IsAuxiliary(Document.Text(k - 1));
    }

    /// <summary>
    /// "Edward “Eddie” Van Halen", "Ines “Ina” Duarte said": one to three capitalised words between a person's given name
    /// and surname are a nickname, even before a speech verb, since the name after them is what speaks.
    /// </summary>
    private bool IsNickname(int q)
    {
        int open = Document.OpenToken[q];
        int close = Document.CloseToken[q];
        if (open < 1 || close < 0 || close + 1 >= Document.Tokens.Length || !IsNamePart(open - 1) || !IsNamePart(close + 1)
            || Document.TokenSentence[open - 1] != Document.TokenSentence[close + 1])
        {
            return false;
        }

        var (words, capitalised, terminal, _) = Shape(q);
        return words <= MaxTermWords && capitalised == words && !terminal;
    }

    private bool IsNamePart(int k)
        => Document.Tokens[k].Kind == TokenKind.Word && Document.Tokens[k].Quote < 0 && Document.IsCapitalised(k)
            && !Lexicon.IsFunctionWord(Document.Word(k));

    /// <summary>"called “…”", "known as the “…”", "the term “…”", "(“…”)", or the next quote of a list after one ("words
    /// such as “…” and “…”"): the quote names something.</summary>
    private bool FollowsNamingCue(int q) => ListHas(q, FollowsOwnNamingCue);

    /// <summary>Whether <paramref name="cue"/> holds for quote <paramref name="q"/> or for a quote before it in the list
    /// that joins them ("words such as “…” and “…”"), walking back over at most <see cref="MaxListedQuotes"/> quotes, none
    /// read twice.</summary>
    private bool ListHas(int q, Func<int, bool> cue)
    {
        for (int listed = q, steps = 0; listed >= 0 && steps <= MaxListedQuotes; listed--, steps++)
        {
            if (cue(listed))
            {
                return true;
            }

            if (listed == 0 || !JoinedInList(listed - 1, listed))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether only "and", "or" or a comma stands between quote <paramref name="before"/> and quote
    /// <paramref name="q"/>, in one sentence, or nothing when the comma is inside the closing mark, or "instead of" or
    /// "rather than".</summary>
    private bool JoinedInList(int before, int q)
    {
        int close = Document.CloseToken[before];
        int open = Document.OpenToken[q];
        if (close < 0 || open < 0 || Document.TokenSentence[close] != Document.TokenSentence[open])
        {
            return false;
        }

        // "the word “lackey” instead of “dignity”", "“riots” rather than “protests”": a quote set against the one before.
        if (open - close == 3 && (Document.Text(close + 1), Document.Text(close + 2)) is ("instead", "of") or ("rather", "than"))
        {
            return true;
        }

        for (int k = close + 1; k < open; k++)
        {
            if (!(Document.IsPunctuation(k, ',') || Document.Text(k) is "and" or "or"))
            {
                return false;
            }
        }

        // "“BlackWorm,” “CME-24,” “Blackmal”": the list's comma inside the closing mark.
        int closeStart = Document.Tokens[close].Start;
        return open - close is 2 or 3 || (open - close == 1 && closeStart > 0 && Document.Body[closeStart - 1] == ',');
    }

    private bool FollowsOwnNamingCue(int q)
    {
        int k = Document.OpenToken[q] - 1;
        if (k < 0 || Document.TokenSentence[k] != Document.TokenSentence[k + 1])
        {
            return false;
        }

        if (Document.IsPunctuation(k, '('))
        {
            return true;
        }

        // "an unofficial Arianespace slogan, “launches speak louder than words”", "a new slogan - “Power in me!”", "This year's
        // theme was “A diamond night in Emerald City”": a naming noun and its comma, dash or "is"; but "Howe's motto was
        // “Why not?”", "Bygraves, whose catchphrase was “…”", "his mantra is “…”" quote their owner's words.
        if ((Document.IsCommaOrDash(k) || Document.Text(k) is "is" or "was") && k > 0
            && Document.Tokens[k - 1].Quote < 0 && NamingNouns.Contains(Document.Text(k - 1))
            && !(k > 1 && ((Document.IsCapitalised(k - 2) && Document.IsPossessive(k - 2)) || Document.Text(k - 2) is "whose" or "his" or "her" or "His" or "Her")))
        {
            return true;
        }

        // "words such as “Sieg Heil”": examples of words, named.
        if (k > 1 && Document.Text(k) is "as" && Document.Text(k - 1) is "such" && WordNouns.Contains(Document.Text(k - 2)))
        {
            return true;
        }

        // "It is like the saying “…”", "an old saying, “…”": "saying" as a noun, after its determiner or "old".
        int saying = Document.IsPunctuation(k, ',') ? k - 1 : k;
        if (saying > 0 && Document.Text(saying) is "saying" && Document.Text(saying - 1) is "the" or "a" or "an" or "old")
        {
            return true;
        }

        bool indefinite = Document.Text(k) is "a" or "an";
        if (Document.Text(k) is "the" or "a" or "an")
        {
            k--;
        }

        if (k < 0 || Document.Tokens[k].Kind != TokenKind.Word || Document.Tokens[k].Quote >= 0)
        {
            return false;
        }

        string word = Document.Text(k);

        // "He was called a “God-hater”": someone's word for the person the passive's subject is, not a name ("in what was
        // called a “surge”" names a thing).
        if (indefinite && word is "called" or "branded" && k > 0 && Lexicon.IsAuxiliary(Document.Text(k - 1))
            && !(k > 1 && Document.Text(k - 2) is "what" or "which" or "that"))
        {
            return false;
        }

        // "The group calls itself “Citizens for Truth”": a name its subject gives itself, when the quote reads as a name
        // ("He called himself “a failure”" characterises in his words).
        if (word is "itself" or "themselves" or "himself" or "herself" && k > 0 && SelfNamingVerbs.Contains(Document.Text(k - 1)))
        {
            var (words, capitalised, terminal, _) = Shape(q);
            return words <= MaxTitleWords && capitalised == words && !terminal;
        }

        if (word is "as")
        {
            // "known as", "referred to as", "identified only as"; not "described as", whose subject characterises in its
            // own words, nor "which Ross has referred to as".
            int verb = k - 1;
            if (verb > 0 && Document.Text(verb) is var adverb && (adverb == "only" || adverb.EndsWith("ly", StringComparison.Ordinal)))
            {
                verb--;
            }

            return (verb >= 0 && Document.Text(verb) is "known" or "to" or "billed" or "identified" or "listed" or "registered" or "designated"
                    or "styled" or "branded" or "marketed" or "classified"
                && !HasOwnSubject(Document.Text(verb) is "to" && verb > 0 ? verb - 1 : verb))
                || IsKnownToSomeoneAs(k);
        }

        return (NamingWords.Contains(word) && !HasOwnSubject(k)) || IsPresentNaming(k);
    }

    /// <summary>
    /// "what meteorologists call a “heat dome”", "what the industry calls “RASK”", "a feature the company calls “…”": "call"
    /// or "calls" in the present, in a relative clause (after "what", "which" or "that", or right after the noun it names)
    /// whose subject is a trade, a group or a body, gives the name a thing goes by among them. One person's name for a
    /// thing ("what she calls “…”", "methods his father calls “…”") characterises in that person's words, and "Protesters
    /// call the plan “…”" opens its own clause.
    /// </summary>
    private bool IsPresentNaming(int verb)
    {
        if (Document.Text(verb) is not ("call" or "calls"))
        {
            return false;
        }

        int subjectEnd = verb;
        if (subjectEnd > 0 && Document.IsLowerWord(subjectEnd - 1) && Lexicon.IsAuxiliary(Document.Text(subjectEnd - 1)))
        {
            subjectEnd--;
        }

        int subject = subjectEnd - 1;
        if (subject < 1 || Document.Tokens[subject].Quote >= 0 || !Document.IsLowerWord(subject)
            || Lexicon.GetPronoun(Document.Text(subject)) == PronounKind.Person || Document.Text(subject) is "I" or "we" or "you"
            || Document.IsPossessive(subject - 1) || Document.Text(subject - 1) is "his" or "her" or "their" or "my" or "our" or "your")
        {
            return false;
        }

        if (Document.Text(subject - 1) is "the")
        {
            subject--;
        }

        if (subject < 1 || Document.Tokens[subject - 1].Quote >= 0)
        {
            return false;
        }

        // "what meteorologists call", "which the industry calls"; "a series she calls": the noun named right before.
        string before = Document.Text(subject - 1);
        return before is "what" or "which" or "that"
            || (Document.IsLowerWord(subject - 1) && IsContentWord(before) && !SpeechCues.IsSpeechVerbUse(Document, subject - 1)
                && Lexicon.GetPronoun(before) == PronounKind.None && !before.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>"known to fans as", "known along the corridor as", "known to fellow drivers on the Monumento route as": the
    /// "as" at <paramref name="k"/> ends "known" and a phrase of up to <see cref="MaxKnownToWords"/> words of where, how or by
    /// whom, with no clause in it ("referred to them as “losers”" characterises, and stays speech).</summary>
    private bool IsKnownToSomeoneAs(int k)
    {
        for (int m = k - 2; m >= 1 && m >= k - MaxKnownToWords - 1; m--)
        {
            if (Document.Tokens[m].Kind != TokenKind.Word || Document.Tokens[m].Quote >= 0 || Lexicon.IsClauseWord(Document.Text(m)))
            {
                return false;
            }

            if (Document.Text(m) is "known")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "“Finch Circle”, a loyalty scheme", "the “Rural Broadband Fairness Act”, a bill": inside its sentence, a comma,
    /// then an appositive that opens with "a", "an" or "the", says what a quote capitalised as a title names ("“Yes,” the
    /// minister said" opens its sentence: the attribution follows; "described as a “specific threat”, the team …" is no
    /// title, and a lower-case quote may end a phrase before its clause so).
    /// </summary>
    private bool IsGlossed(int q)
    {
        int close = Document.CloseToken[q];
        int open = Document.OpenToken[q];
        if (close < 0 || Document.Sentences[Document.TokenSentence[open]].FirstToken == open)
        {
            return false;
        }

        var quote = Document.Quotes[q];
        bool comma = quote.Start + quote.Length < Document.Body.Length && Document.Body[quote.Start + quote.Length] == ',';
        int k = close + 1;
        if (k < Document.Tokens.Length && Document.IsPunctuation(k, ','))
        {
            comma = true;
            k++;
        }

        return comma && k < Document.Tokens.Length && Document.Tokens[k].Quote < 0 && Document.TokenSentence[k] == Document.TokenSentence[close]
            && Document.Text(k) is "a" or "an" or "the";
    }

    /// <summary>"the “Dasom 2”", "his old fishing boat, the “Sjøsprøyt”": a quote right after a lower-case "the" is a thing's
    /// name (someone's words take no article); callers ask this of quotes capitalised as a title only.</summary>
    private bool AfterDefiniteArticle(int q)
    {
        int k = Document.OpenToken[q] - 1;
        return k >= 0 && Document.Tokens[k].Quote < 0 && Document.TokenSentence[k] == Document.TokenSentence[k + 1] && Document.Text(k) == "the";
    }

    /// <summary>"In an interview with “60 Minutes”", "Speaking on “Good Morning America”", "the author of “The Long Road”",
    /// "Jo Lee told “The Tidewater Times”": a quote right after a preposition of place, company or origin, or after "told",
    /// names a programme, a work or an outlet when it is capitalised as a title ("urged people to “Stay Home”" may be words);
    /// so does one after an outlet's possessive name there ("Jo Lee told NBC's “Meet the Press”").</summary>
    private bool AfterObjectPreposition(int q)
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
    private bool IsAppositiveName(int q)
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
        return followedByPunctuation && IsContentWord(word) && word is not ("other" or "others") && Lexicon.GetPronoun(word) == PronounKind.None
            && Lexicon.NominalKind(word) == NameKind.Unknown && !Lexicon.IsSpeakerNoun(word) && !Lexicon.IsSignNoun(word)
            && !WordNouns.Contains(word) && !NamingNouns.Contains(word) && !SpeechCues.IsSpeechVerbUse(Document, noun)
            && !word.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>
    /// "“COVID-19” is to replace “2019-nCoV”", "you call the “A” which is the most massive": a single letter, or one word of
    /// letters and digits with both in it, is a name or a label, never someone's words, even inside a speech clause; so is
    /// a hashtag ("“#LwiththeT”") or a web address ("“nocussing.com”").
    /// </summary>
    private bool IsCode(int q)
    {
        var quote = Document.Quotes[q];
        string body = Document.Body;
        int start = quote.Start;
        int end = quote.Start + quote.Length;
        while (end > start && body[end - 1] is '.' or ',')
        {
            end--;
        }

        if (end - start == 1)
        {
            return char.IsLetter(body[start]);
        }

        if (IsHashtag(body, start, end) || IsWebAddress(body, start, end))
        {
            return true;
        }

        bool letter = false;
        bool digit = false;
        for (int k = start; k < end; k++)
        {
            char c = body[k];
            if (!char.IsLetterOrDigit(c) && c != '-')
            {
                return false;
            }

            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
        }

        return letter && digit;
    }

    /// <summary>"#" and one or more letters, digits or underscores.</summary>
    private static bool IsHashtag(string body, int start, int end)
    {
        if (body[start] != '#' || end - start < 2)
        {
            return false;
        }

        for (int k = start + 1; k < end; k++)
        {
            if (!char.IsLetterOrDigit(body[k]) && body[k] != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Labels of letters, digits and hyphens joined by dots, the last of two to six lower-case letters
    /// ("nocussing.com", "bbc.co.uk"; not "U.S").</summary>
    private static bool IsWebAddress(string body, int start, int end)
    {
        int lastDot = -1;
        for (int k = start; k < end; k++)
        {
            char c = body[k];
            if (c == '.')
            {
                if (k == start || body[k - 1] == '.')
                {
                    return false;
                }

                lastDot = k;
            }
            else if (!char.IsLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        int tld = end - lastDot - 1;
        if (lastDot < 0 || tld < 2 || tld > 6)
        {
            return false;
        }

        for (int k = lastDot + 1; k < end; k++)
        {
            if (body[k] < 'a' || body[k] > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"“bicheiros” (illegal gambling enterprises)": a bracket right after the quote that opens with a lower-case
    /// word explains the word quoted.</summary>
    private bool GlossedInBrackets(int q)
    {
        int close = Document.CloseToken[q];
        return close >= 0 && close + 2 < Document.Tokens.Length && Document.IsPunctuation(close + 1, '(') && Document.IsLowerWord(close + 2)
            && Document.Tokens[close + 2].Quote < 0;
    }

    /// <summary>"called for jihad or “holy war”", "took part in protests or “raids”": "or" before the quote after a lower-case
    /// word that a preposition or a determiner opens, a noun whose other name the quote gives (not "would resign or “go
    /// down fighting”", whose "or" joins verbs).</summary>
    private bool OtherNameOfNoun(int q)
    {
        int or = Document.OpenToken[q] - 1;
        return or >= 2 && Document.Text(or) is "or" && Document.IsLowerWord(or - 1) && Document.Tokens[or - 1].Quote < 0
            && Document.Tokens[or - 2].Quote < 0 && (Lexicon.IsPreposition(Document.Text(or - 2)) || Lexicon.IsDeterminer(Document.Text(or - 2)));
    }

    /// <summary>"“Pro-life” is the umbrella term of choice", "“Fika” was the word on everyone's lips": a quote opening its
    /// sentence, then "is" or "was" and at most four words to a noun of words (term, word, phrase, name, label).</summary>
    private bool NamedAsWordAfter(int q)
    {
        int open = Document.OpenToken[q];
        int close = Document.CloseToken[q];
        if (close < 0 || Document.Sentences[Document.TokenSentence[open]].FirstToken != open || close + 2 >= Document.Tokens.Length
            || Document.Text(close + 1) is not ("is" or "was"))
        {
            return false;
        }

        for (int k = close + 2; k < Document.Tokens.Length && k <= close + 6 && Document.IsLowerWord(k) && Document.Tokens[k].Quote < 0; k++)
        {
            if (Document.Text(k) is "term" or "word" or "phrase" or "name" or "label" or "expression" or "nickname")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "“Zostajemy!”, Polish for “we're staying”", "meaning “change”", "which means “the first rain”", "literally
    /// “director's theatre”", "roughly “come and see”", "usually translated as “involution”", "“Oddychaj Spokojnie”, or “Breathe Easy”": the quote translates words
    /// quoted before it; it is a gloss, even inside a speech clause.
    /// </summary>
    private bool IsTranslation(int q)
    {
        int k = Document.OpenToken[q] - 1;
        if (k < 1 || Document.Tokens[k].Quote >= 0 || Document.TokenSentence[k] != Document.TokenSentence[k + 1])
        {
            return false;
        }

        string word = Document.Text(k);
        string before = Document.Text(k - 1);
        return word is "meaning" or "literally" or "roughly"
            || (word is "means" && before is "which" or "that")
            || (word is "as" && before is "translated" or "translates" or "rendered")
            || (word is "for" && Lexicon.IsLanguage(before))
            || (word is "or" && Document.IsPunctuation(k - 1, ',') && q > 0 && Document.CloseToken[q - 1] == k - 2
                && !InListOfAlternatives(q - 1, q));
    }

    /// <summary>"“Don't question God”, or “You're interpreting it wrong”, or “…”": an "or" before the first quote or after the
    /// second makes a list of things said, not a quote and its translation.</summary>
    private bool InListOfAlternatives(int first, int second)
    {
        int before = Document.OpenToken[first] - 1;
        int after = Document.CloseToken[second] + 1;
        return (before >= 0 && Document.Text(before) is "or")
            || (after > 0 && after + 1 < Document.Tokens.Length && Document.IsPunctuation(after, ',') && Document.Text(after + 1) is "or");
    }

    /// <summary>One to <see cref="MaxTitleWords"/> words capitalised as a title, no sentence ending inside.</summary>
    private bool IsTitleCased(int q)
    {
        var (words, capitalised, terminal, _) = Shape(q);
        return words >= 1 && words <= MaxTitleWords && capitalised == words && !terminal;
    }

    /// <summary>"“Seven bushfires near Perth” — Wikinews, February 4, 2007", "“Tsunami Aid Tax Deductible” — CBS/AP, Jan. 7,
    /// 2005": a dash, a publisher's capitalised name and a comma before a date after a quote cite it as a headline in a list
    /// of sources ("“…” — Jo Lee, mayor" ends with a role, not a date, and gives a pull quote's speaker).</summary>
    private bool IsSourceCitation(int q)
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
    private bool FollowsWorkNoun(int q) => IsWorkNoun(Document.OpenToken[q] - 1, Document.OpenToken[q]);

    private bool IsWorkNoun(int k, int open)
        => k >= 0 && Document.TokenSentence[k] == Document.TokenSentence[open] && Document.Tokens[k].Kind == TokenKind.Word
            && Document.Tokens[k].Quote < 0 && (WorkNouns.Contains(Document.Text(k)) || IsCapitalisedWorkNoun(Document.Text(k)));

    /// <summary>"Operation “Sea Lion”", "Project “Condor”", "Typhoon “Marites”": a named undertaking's or storm's noun
    /// capitalised as part of its name.</summary>
    private static bool IsCapitalisedWorkNoun(string word)
        => word is "Operation" or "Project" or "Exercise" or "Typhoon" or "Hurricane" or "Cyclone" or "Storm";

    /// <summary>A quote of one to <see cref="MaxTitleWords"/> words capitalised as a title, with no sentence ending inside,
    /// right after a work noun or after one and a comma ("the film “A Quiet Place”", "her album, “Songs of the Sea”,",
    /// "writing in the weekly “Stagecraft”").</summary>
    private bool IsWorksTitle(int q)
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
        var (words, capitalised, terminal, _) = Shape(q);
        return words >= 1 && words <= MaxTitleWords && (capitalised == words || Document.Text(k) is "title") && !terminal;
    }

    /// <summary>"the open vigilante group “Anonymous”", "the organisation “Hong Kong Community Network”": a quote of up to
    /// <see cref="MaxTitleWords"/> words capitalised as a title, right after a noun of a kind of organisation, is its name.</summary>
    private bool IsBodysName(int q)
    {
        int k = Document.OpenToken[q] - 1;
        return k >= 0 && Document.IsLowerWord(k) && Document.Tokens[k].Quote < 0 && Lexicon.IsOrganizationKindNoun(Document.Text(k))
            && IsTitleCased(q);
    }

    /// <summary>"A different kind of “robocall” was reported": a short quote that no speech clause introduces, named as a
    /// kind, type, form or sort of thing.</summary>
    private bool NamedAsKind(int q)
    {
        int k = Document.OpenToken[q] - 1;
        return k > 1 && Document.Text(k) is "of" && Document.Text(k - 1) is "kind" or "type" or "form" or "sort"
            && Document.TokenSentence[k] == Document.TokenSentence[k + 1] && Shape(q).Words <= MaxTermWords;
    }

    /// <summary>"the cover of “Puppy and dog basics” magazine", "the “Today” programme": a quote of up to <see
    /// cref="MaxTitleWords"/> words that opens in capitals, with no sentence end inside, right before the noun of a work it
    /// names.</summary>
    private bool NamesWorkAfterIt(int q)
    {
        int k = Document.CloseToken[q] + 1;
        if (k <= 0 || k >= Document.Tokens.Length || !Document.IsLowerWord(k) || Document.Tokens[k].Quote >= 0
            || !WorkNounsAfterName.Contains(Document.Text(k)))
        {
            return false;
        }

        // "an “unjust” campaign" is someone's word for it: a name opens in capitals.
        var quote = Document.Quotes[q];
        var (words, _, terminal, _) = Shape(q);
        return words <= MaxTitleWords && !terminal && quote.Length > 0 && CodePoints.IsUpper(Document.Body, quote.Start);
    }

    /// <summary>"“The Herring Seller's Daughter”, by the Flemish painter Jan van Aalst": a name followed by "by" and its
    /// maker names a work.</summary>
    private bool FollowedByMaker(int q)
    {
        int k = Document.CloseToken[q] + 1;
        k += k < Document.Tokens.Length && Document.IsPunctuation(k, ',') ? 1 : 0;
        return k + 1 < Document.Tokens.Length && Document.Text(k) is "by" && Document.Tokens[k + 1].Quote < 0
            && (Document.IsCapitalised(k + 1) || Lexicon.IsDeterminer(Document.Text(k + 1)));
    }

    /// <summary>
    /// "which he called “…”", "which critics called a “…”", "what Jo Lee has dubbed “…”", "which the Times called “…”": a
    /// naming verb with a subject of its own (a pronoun, role noun or auxiliary before it, or a name after "which", "what"
    /// or "that") characterises in that subject's words; "a process called “…”" names.
    /// </summary>
    private bool HasOwnSubject(int verb)
    {
        int k = verb - 1;

        // "what the Federal Bureau of Investigation (FBI) called": the acronym in brackets after the subject's name.
        if (k >= 3 && Document.IsOneTokenInBrackets(k - 2, k + 1) && Lexicon.IsAcronym(Document.Text(k - 1)))
        {
            k -= 3;
        }

        if (k < 0 || Document.Tokens[k].Kind != TokenKind.Word || Document.Tokens[k].Quote >= 0)
        {
            return false;
        }

        string before = Document.Text(k);
        if (before is "he" or "she" or "they" or "we" or "I" or "has" or "have" or "had")
        {
            return true;
        }

        // "what it called", "which critics called", "what one councillor called", "what the company dubbed": a pronoun or
        // role noun after a relative word is the verb's subject; "a sex workers' group called", "an organisation referred to
        // as" name with a participle.
        if (Document.IsLowerWord(k) && (before is "it" || Lexicon.NominalKind(before) != NameKind.Unknown
            || Lexicon.SingularPersonNoun(before) is not null))
        {
            return AfterRelativeWord(k);
        }

        // "which the Times called", "what chief executive Jo Lee called": a name after a relative word and its descriptors;
        // "what the Bureau of Investigation called": a name that goes on over "of" or "for".
        if (!Document.IsCapitalised(k))
        {
            return false;
        }

        int start = Document.RunStart(k, Math.Max(0, k - 6));
        while (start >= 2 && start > k - MaxNameTokens && Document.Text(start - 1) is "of" or "for" && Document.IsCapitalised(start - 2)
            && Document.Tokens[start - 2].Quote < 0)
        {
            start = Document.RunStart(start - 2, Math.Max(0, start - 8));
        }

        return AfterRelativeWord(start);
    }

    /// <summary>Whether <paramref name="word"/> is no preposition, auxiliary, clause word or function word: a word that may
    /// be a noun.</summary>
    private static bool IsContentWord(string word)
        => !Lexicon.IsPreposition(word) && !Lexicon.IsAuxiliary(word) && !Lexicon.IsClauseWord(word) && !Lexicon.IsFunctionWord(word);

    /// <summary>Whether "which", "what", "that", "who" or "whom" stands before the subject at <paramref name="subject"/>, at most
    /// <see cref="MaxTermWords"/> lower-case words (a determiner, "one", a descriptor) between.</summary>
    private bool AfterRelativeWord(int subject)
    {
        // "a murder police called “barbaric”", "an incident the US called": a relative clause with no relative word, its
        // subject a name or a plural (which "a" cannot determine: "a clandestine organisation referred to as" is one noun)
        // right after a determiner's noun.
        int noun = subject > 0 && Document.Text(subject - 1) is "the" ? subject - 2 : subject - 1;
        string subjectWord = Document.Text(subject);
        bool newPhrase = Document.IsCapitalised(subject) || Lexicon.IsPluralNoun(subjectWord);
        if (newPhrase && noun > 0 && Document.Tokens[noun].Quote < 0 && Document.IsLowerWord(noun) && Document.Text(noun - 1) is "a" or "an" or "the"
            && IsContentWord(Document.Text(noun)) && Lexicon.NominalKind(Document.Text(noun)) == NameKind.Unknown)
        {
            return true;
        }

        for (int k = subject - 1; k >= 0 && k >= subject - 1 - MaxTermWords && Document.Tokens[k].Quote < 0 && Document.IsLowerWord(k); k--)
        {
            string word = Document.Text(k);
            // "whom Jo Lee called", "who Jo Lee called": a person named so by the subject.
            if (word is "which" or "what" or "that" or "whom" or "who")
            {
                return true;
            }

            if (SpeechCues.IsSpeechVerbUse(Document, k) || Lexicon.IsPreposition(word) || Lexicon.IsAuxiliary(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The quote's words, how many of them a title would capitalise, whether a sentence ends inside it, and whether it
    /// speaks in the first person ("We will rebuild.": someone's words, however short); read once per quote, and only up to
    /// <see cref="MaxTitleWords"/> + 1 words, since every question asked of a longer quote has its answer then.
    /// </summary>
    private (int Words, int Capitalised, bool Terminal, bool FirstPerson) Shape(int q)
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

    /// <summary>
    /// "the “one country, two systems” model", "his “America First” policy": a quote between a determiner and a noun
    /// modifies the noun; it names something, it quotes nobody.
    /// </summary>
    private bool IsModifier(int q)
    {
        // "the military's controversial “don't ask, don't tell” policy": up to two adjectives after the determiner or owner.
        int open = Document.OpenToken[q];
        int k = open - 1;
        while (k >= 1 && k >= open - MaxModifierAdjectives && Document.IsLowerWord(k) && Document.Tokens[k].Quote < 0
            && !Lexicon.IsDeterminer(Document.Text(k)) && IsContentWord(Document.Text(k)) && !SpeechCues.IsSpeechVerb(Document, k)
            && Document.TokenSentence[k] == Document.TokenSentence[open])
        {
            k--;
        }

        return k >= 0 && Document.Tokens[k].Quote < 0 && Document.TokenSentence[k] == Document.TokenSentence[open]
            && (Lexicon.IsDeterminer(Document.Text(k).ToLowerInvariant()) || (k < open - 1 && Document.IsPossessive(k)))
            && PrecedesNoun(q);
    }

    /// <summary>
    /// The quote ends in a letter or digit ("demons,” having" ends a clause), and the word after it reads as a noun: no
    /// function word, adverb or verb form ("“felon” ahead of", "“main difference” between").
    /// </summary>
    private bool PrecedesNoun(int q)
    {
        int close = Document.CloseToken[q];
        var quote = Document.Quotes[q];
        if (close < 0 || close + 1 >= Document.Tokens.Length || !Document.IsLowerWord(close + 1) || Document.Tokens[close + 1].Quote >= 0)
        {
            return false;
        }

        string next = Document.Text(close + 1);
        return quote.Length > 0 && char.IsLetterOrDigit(Document.Body[quote.Start + quote.Length - 1])
            && IsContentWord(next) && Lexicon.GetPronoun(next) == PronounKind.None && !SpeechCues.IsSpeechVerb(Document, close + 1)
            && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal)
            && !next.EndsWith("ly", StringComparison.Ordinal) && next is not ("between" or "ahead" or "than" or "behind" or "beyond");
    }

    /// <summary>
    /// "its “Halo” augmented-reality glasses", "the company's best-selling “Atlas” desk", "its “Golden Crunch” and “Oaty
    /// Rounds” ranges", "the maker of “Alpenstern” chocolate bars": up to <see cref="MaxTermWords"/> words capitalised as a
    /// title, after a lower-case word that is no verb of saying or naming and before a noun (or "and" and another such quote
    /// before one), name a product, a work or a scheme, even inside a speech clause.
    /// </summary>
    private bool IsNamedModifier(int q)
    {
        int open = Document.OpenToken[q];
        if (open < 1 || Document.Tokens[open - 1].Quote >= 0
            || !(Document.IsLowerWord(open - 1) || Document.IsPossessive(open - 1)) || NamingWords.Contains(Document.Text(open - 1))
            || SpeechCues.IsSpeechVerbUse(Document, open - 1))
        {
            return false;
        }

        int close = Document.CloseToken[q];
        if (!PrecedesNoun(q)
            && !(q + 1 < Document.Quotes.Length && close >= 0 && close + 2 < Document.Tokens.Length && Document.Text(close + 1) is "and" or "or"
                && Document.OpenToken[q + 1] == close + 2 && PrecedesNoun(q + 1)))
        {
            return false;
        }

        var (words, capitalised, terminal, firstPerson) = Shape(q);
        return words <= MaxTermWords && capitalised == words && !terminal && !firstPerson;
    }

    /// <summary>
    /// "And I'm like, “Yeah, but…”", "people went like “…”": the quotative "like" after a form of "be" or "go" introduces
    /// words in speech as a speech verb does.
    /// </summary>
    private bool AfterQuotative(int q)
    {
        int k = Document.OpenToken[q] - 1;
        if (k >= 0 && Document.IsPunctuation(k, ','))
        {
            k--;
        }

        return k >= 0 && Document.Tokens[k].Quote < 0 && SpeechCues.IsQuotativeLike(Document, k);
    }

    /// <summary>"I say, “Be Bold. Vote Gold.”": a speech verb right before the quote (a comma or colon between) introduces
    /// words, whatever their capitals.</summary>
    private bool AfterSpeechVerb(int q)
    {
        int k = Document.OpenToken[q] - 1;
        if (k >= 0 && (Document.IsPunctuation(k, ',') || Document.IsPunctuation(k, ':')))
        {
            k--;
        }

        return k >= 0 && Document.Tokens[k].Quote < 0 && SpeechCues.IsSpeechVerbUse(Document, k) && !NamingWords.Contains(Document.Text(k));
    }

    private bool SentenceHasSpeechVerb(int q)
    {
        // Within a bounded window of the quote, so that a long sentence full of quotes stays linear.
        int open = Document.OpenToken[q];
        var sentence = Document.Sentences[Document.TokenSentence[open]];
        return SpeechCues.HasSpeechVerbIn(
            Document, Math.Max(sentence.FirstToken, open - SubjectFinder.MaxScanTokens), Math.Min(sentence.EndToken, open + SubjectFinder.MaxScanTokens));
    }
}
