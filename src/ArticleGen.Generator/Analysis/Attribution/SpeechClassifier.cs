using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Tells someone's words from the other uses of quote marks, once the sieve has run: a term being named ("a process
/// called “exfiltration”", "known as “fursonas”", a gloss in parentheses), a title ("a panel called “Breaking Into
/// Comics”", "“Pokemon Biology”"), a scare quote (“furry” versions). A quote a speech clause introduces is speech
/// whatever it looks like. The cues are a class each (<c>Classification/</c>): the quote's shape, codes, naming words,
/// glosses, titles of works and bodies, modifiers of a noun.
/// </summary>
internal sealed class SpeechClassifier
{
    /// <summary>At most this many words make a quote short enough to be a term or scare quote.</summary>
    internal const int MaxTermWords = 3;

    /// <summary>At most this many quotes before a quote are searched for the same name given earlier.</summary>
    private const int MaxNamedAgainQuotes = 20;

    private readonly AttributionContext _context;
    private readonly QuoteShapes _shapes;
    private readonly NamingCues _naming;
    private readonly GlossCues _glosses;
    private readonly TitleCues _titles;
    private readonly ModifierCues _modifiers;

    public SpeechClassifier(AttributionContext context)
    {
        _context = context;
        _shapes = new QuoteShapes(context);
        _naming = new NamingCues(context, _shapes);
        _glosses = new GlossCues(context, _shapes);
        _titles = new TitleCues(context, _shapes);
        _modifiers = new ModifierCues(context, _shapes);
    }

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
        if (CodeQuotes.IsCode(Document, q) || _titles.IsSourceCitation(q) || _titles.IsWorksTitle(q) || _titles.IsBodysName(q) || _titles.NamesWorkAfterIt(q)
            || (_glosses.IsGlossed(q) && _shapes.IsTitleCased(q)) || _modifiers.IsNamedModifier(q) || _glosses.IsTranslation(q)
            || ((_titles.AfterDefiniteArticle(q) || _titles.AfterObjectPreposition(q) || _titles.IsAppositiveName(q) || _titles.FollowedByMaker(q)) && _shapes.IsTitleCased(q)))
        {
            return false;
        }

        // "Karzai, who has called for jihad or “holy war”": a short quote given as another name of a noun names it, even in a
        // speech clause.
        var (words, capitalised, terminal, firstPerson) = _shapes.Shape(q);
        if (words <= MaxTermWords && !terminal && !firstPerson && _glosses.OtherNameOfNoun(q))
        {
            return false;
        }

        if (IntroducedBySpeechClause(q) || AfterQuotative(q))
        {
            return true;
        }

        if (_naming.FollowsNamingCue(q) || _modifiers.IsModifier(q) || _glosses.NamedAsKind(q))
        {
            return false;
        }

        if (words <= QuoteShapes.MaxTitleWords && !terminal && _titles.FollowsWorkNoun(q))
        {
            return false;
        }

        // "negotiating with “bicheiros” (illegal gambling enterprises)", "“Pro-life” is the umbrella term of the movement":
        // a short quote glossed in brackets, or named as a word by the sentence it opens.
        if (words <= MaxTermWords && !terminal && !firstPerson && (_glosses.GlossedInBrackets(q) || _glosses.NamedAsWordAfter(q)))
        {
            return false;
        }

        // "placards declared “No Bush visit” and “No APEC”": a speech verb before a list introduces each of its quotes.
        if (words >= 2 && words <= QuoteShapes.MaxTitleWords && capitalised == words && !Attributed(q) && !_naming.ListHas(q, AfterSpeechVerb))
        {
            return false;
        }

        return !(words <= MaxTermWords && !terminal && !firstPerson && !Attributed(q) && !SentenceHasSpeechVerb(q) && !FillsItsSentence(q));
    }

    /// <summary>"“…,” he said. “It is insane.”": a quote that is a whole sentence of its own, capitalised and ending in a full
    /// stop, "?" or "!", is someone's words; a term or a scare quote stands inside a sentence of the writer's.</summary>
    private bool FillsItsSentence(int q)
    {
        var quote = Document.Quotes[q];
        int last = quote.Start + quote.Length - 1;
        if (quote.Length < 2 || !char.IsUpper(Document.Body[quote.Start]) || Document.Body[last] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var sentence = Document.Sentences[Document.TokenSentence[Document.OpenToken[q]]];
        if (sentence.EndToken - sentence.FirstToken > SubjectFinder.MaxScanTokens)
        {
            return false;
        }

        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (Document.Tokens[k].Kind == TokenKind.Word && Document.Tokens[k].Quote != q)
            {
                return false;
            }
        }

        return true;
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
        if (!_shapes.IsTitleCased(q)
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

    /// <summary>"her hits “One Day in Your Life,” “I’m Outta Love” and “Left Outside Alone.”": a quote of capitalised words
    /// that a list joins to the quote before (<see cref="NamingCues.JoinedInList"/>), found to be no one's words (its
    /// <paramref name="speech"/> entry false), is another of the list.</summary>
    public bool ContinuesList(int q, bool[] speech)
    {
        if (q == 0 || speech[q - 1] || !_naming.JoinedInList(q - 1, q))
        {
            return false;
        }

        var (words, capitalised, _, _) = _shapes.Shape(q);
        return words <= QuoteShapes.MaxTitleWords && capitalised == words;
    }

    /// <summary>Whether a stage gave the quote a speaker, which tells that someone says it; the interview stage tells only
    /// who would ("I thought “…”" may think a title).</summary>
    private bool Attributed(int q) => _context.Speakers[q] is not null && _context.Rules[q] != AttributionRule.Interview;

    private bool IntroducedBySpeechClause(int q)
        => _context.Speakers[q] is not null
            && _context.Rules[q] is AttributionRule.SpeechVerb or AttributionRule.Pronoun or AttributionRule.AccordingTo or AttributionRule.Passive
            && (!_naming.FollowsNamingCue(q) || CharacterisedByPerson(q));

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

        var (words, capitalised, terminal, _) = _shapes.Shape(q);
        return words <= MaxTermWords && capitalised == words && !terminal;
    }

    private bool IsNamePart(int k)
        => Document.Tokens[k].Kind == TokenKind.Word && Document.Tokens[k].Quote < 0 && Document.IsCapitalised(k)
            && !Lexicon.IsFunctionWord(Document.Word(k));

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

        return k >= 0 && Document.Tokens[k].Quote < 0 && SpeechCues.IsSpeechVerbUse(Document, k) && !NamingCues.NamingWords.Contains(Document.Text(k));
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
