using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// The words before a quote that make it a name or a term: "called “…”", "known as “…”", "the slogan, “…”", "what
/// meteorologists call a “…”", and a list of quotes after one of them ("words such as “…” and “…”"); a naming verb
/// with a subject of its own characterises in that subject's words instead.
/// </summary>
internal sealed class NamingCues
{
    /// <summary>At most this many quotes before a quote are read back along a list ("“…”, “…” and “…”").</summary>
    private const int MaxListedQuotes = 8;

    /// <summary>At most this many words stand between "known" and its "as" ("known to fellow drivers on the … route as").</summary>
    private const int MaxKnownToWords = 8;

    /// <summary>At most this many tokens back a naming verb's subject is read over "of" and "for" ("the United States
    /// Federal Bureau of Investigation").</summary>
    private const int MaxNameTokens = 12;

    /// <summary>Words right before a quote that name it: verbs and participles of naming ("called", "dubbed", "known as"),
    /// nouns of a name or a word ("the term", "the slogan").</summary>
    internal static readonly HashSet<string> NamingWords = new(StringComparer.Ordinal)
    {
        "called", "named", "nicknamed", "dubbed", "termed", "titled", "entitled", "so-called", "renamed", "branded",
        "name", "term", "word", "phrase", "qualifier", "nickname", "label", "known", "as", "hashtag", "slogan", "motto",
        "catchphrase", "designation", "acronym", "abbreviation", "designated", "code-named", "codenamed", "moniker", "monikers",
    };

    /// <summary>Nouns of a name that a comma may part from the quote that gives it: "its slogan, “…”".</summary>
    internal static readonly HashSet<string> NamingNouns = new(StringComparer.Ordinal)
    {
        "slogan", "motto", "catchphrase", "hashtag", "nickname", "mantra", "theme",
    };

    /// <summary>Nouns of words that "such as" gives examples of: "words such as “…”", "phrases such as “…”".</summary>
    internal static readonly HashSet<string> WordNouns = new(StringComparer.Ordinal)
    {
        "word", "words", "phrase", "phrases", "term", "terms", "expression", "expressions", "slogans", "names",
    };

    /// <summary>Verbs that name their subject through a reflexive: "The group calls itself “Citizens for Truth”".</summary>
    private static readonly HashSet<string> SelfNamingVerbs = new(StringComparer.Ordinal)
    {
        "call", "calls", "called", "calling", "name", "names", "named", "style", "styles", "styled", "brand", "brands",
        "branded", "bill", "bills", "billed", "dub", "dubs", "dubbed",
    };

    private readonly AttributionContext _context;
    private readonly QuoteShapes _shapes;

    public NamingCues(AttributionContext context, QuoteShapes shapes)
    {
        _context = context;
        _shapes = shapes;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>"called “…”", "known as the “…”", "the term “…”", "(“…”)", or the next quote of a list after one ("words
    /// such as “…” and “…”"): the quote names something.</summary>
    public bool FollowsNamingCue(int q) => ListHas(q, FollowsOwnNamingCue);

    /// <summary>Whether <paramref name="cue"/> holds for quote <paramref name="q"/> or for a quote before it in the list
    /// that joins them ("words such as “…” and “…”"), walking back over at most <see cref="MaxListedQuotes"/> quotes, none
    /// read twice.</summary>
    public bool ListHas(int q, Func<int, bool> cue)
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
    public bool JoinedInList(int before, int q)
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
            var (words, capitalised, terminal, _) = _shapes.Shape(q);
            return words <= QuoteShapes.MaxTitleWords && capitalised == words && !terminal;
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
            || (Document.IsLowerWord(subject - 1) && Lexicon.IsContentWord(before) && !SpeechCues.IsSpeechVerbUse(Document, subject - 1)
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

    /// <summary>Whether "which", "what", "that", "who" or "whom" stands before the subject at <paramref name="subject"/>, at most
    /// <see cref="SpeechClassifier.MaxTermWords"/> lower-case words (a determiner, "one", a descriptor) between.</summary>
    private bool AfterRelativeWord(int subject)
    {
        // "a murder police called “barbaric”", "an incident the US called": a relative clause with no relative word, its
        // subject a name or a plural (which "a" cannot determine: "a clandestine organisation referred to as" is one noun)
        // right after a determiner's noun.
        int noun = subject > 0 && Document.Text(subject - 1) is "the" ? subject - 2 : subject - 1;
        string subjectWord = Document.Text(subject);
        bool newPhrase = Document.IsCapitalised(subject) || Lexicon.IsPluralNoun(subjectWord);
        if (newPhrase && noun > 0 && Document.Tokens[noun].Quote < 0 && Document.IsLowerWord(noun) && Document.Text(noun - 1) is "a" or "an" or "the"
            && Lexicon.IsContentWord(Document.Text(noun)) && Lexicon.NominalKind(Document.Text(noun)) == NameKind.Unknown)
        {
            return true;
        }

        for (int k = subject - 1; k >= 0 && k >= subject - 1 - SpeechClassifier.MaxTermWords && Document.Tokens[k].Quote < 0 && Document.IsLowerWord(k); k--)
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
}
