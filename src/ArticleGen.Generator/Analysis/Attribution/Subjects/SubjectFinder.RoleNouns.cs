using System;

namespace ArticleGen.Generator.Analysis.Attribution;

// Role and group nouns as subjects: "police said", "a spokesperson for the agency", "Kazemi's uncle", "Iranian officials".
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// "officials in Tidewater", "residents of the West Bank", "officials in southern Lebanon", "the family of Jo Lee": a
    /// plural role noun of people at <paramref name="noun"/>, then "in", "of", "from" or "at" (and "the" or a compass
    /// adjective) and the name [<paramref name="runStart"/>, <paramref name="runEnd"/>), which is no organisation's
    /// ("officials of the Health Ministry" speak for the ministry; "the government of Samoa" is a body of its own; "analysts
    /// at Nomura" write for the firm).
    /// </summary>
    private bool IsGroupOf(int noun, int runStart, int runEnd)
    {
        int preposition = Document.BeforeNameModifiers(runStart, noun);
        string word = Document.Text(noun).ToLowerInvariant();
        return preposition == noun + 1
            && Document.Text(preposition) is "in" or "of" or "from" or "at"
            && !IsFirmsAnalysts(noun, preposition)
            && Lexicon.NominalKind(word) == NameKind.Organization
            && (word is "police" or "family" || (word.EndsWith("s", StringComparison.Ordinal) && !Lexicon.IsBodyNoun(word)))
            && NameInterpreter.Interpret(Document, runStart, runEnd) is { Kind: not NameKind.Organization };
    }

    /// <summary>How many tokens before "the Frenchman" the person introduced as French may be named.</summary>
    private const int MaxNationalityDistance = 600;

    /// <summary>How many tokens before a document noun its author may be named (a few paragraphs of news): the bound keeps
    /// the search linear in the quotes of a long text.</summary>
    private const int MaxAuthorDistance = 1500;

    /// <summary>How many definite mentions of a document ("the report") may carry its reference back to where it was
    /// introduced.</summary>
    private const int MaxDocumentMentions = 3;

    /// <summary>
    /// "the statement" or "their statement" at <paramref name="noun"/> ("…,” the statement said"): the subject of the
    /// sentence, in this paragraph or the one before, that introduced "a statement" ("The River Agency issued a statement on
    /// Monday."), else, for a statement, the named subject of the last verb of saying before it ("The Interior Ministry
    /// confirmed that …. The statement said"); null when the noun has no definite article or owner's pronoun, or no such
    /// sentence is found; past those, the one organisation the text named as the author of such a document before it
    /// (<see cref="OneAuthorBefore"/>).
    /// </summary>
    private Subject? IssuerOf(int noun)
    {
        if (noun == 0 || (Document.Text(noun - 1) is not ("the" or "The" or "that" or "That" or "this" or "This")
                && Lexicon.GetOwnerPronoun(Document.Text(noun - 1)) == PronounKind.None))
        {
            return null;
        }

        string word = Document.Text(noun);
        return IssuerThroughMentions(noun, word) ?? NamedDocumentBefore(noun)
            ?? (word is "statement" ? LastSpeakerBefore(noun) : null) ?? OneAuthorBefore(noun);
    }

    /// <summary>
    /// "The World Bank released the 2012 World Development Report. ¶ … the report notes": the document the text named
    /// before <paramref name="noun"/> with the noun as its last word, at most <see cref="MaxAuthorDistance"/> tokens back
    /// ("The EU report claims" names its author before the noun); its author when
    /// the sentence that named it puts a name right before its verb of making it public ("The World Bank released"), else
    /// the document by its name ("thirteen agencies within the government jointly issued the Climate Science Special
    /// Report": the report speaks as itself); null when the text named none.
    /// </summary>
    private Subject? NamedDocumentBefore(int noun)
    {
        string word = Document.Text(noun);
        string name = char.ToUpperInvariant(word[0]) + word.Substring(1);
        int last = -1;
        int owner = -1;
        for (int m = noun - 2; m > 0 && m >= noun - MaxAuthorDistance && last < 0; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m - 1].Quote >= 0 || !Document.IsCapitalised(m - 1))
            {
                continue;
            }

            if (Document.Text(m) == name)
            {
                last = m;
            }
            else if (Document.Text(m) == word && OwnerBeforeDocumentNoun(m) is var found and >= 0)
            {
                last = m;
                owner = found;
            }
        }

        if (last < 0)
        {
            return null;
        }

        // "The EU report claims", "the Harbour Agency report": a body's name before the lower-case noun is the author.
        if (owner >= 0)
        {
            return _linker.Link(owner, last) is { Kind: NameKind.Organization } || Lexicon.IsAcronym(Document.Word(last - 1))
                ? new Subject(owner, last, PronounKind.None, AttributionRule.SpeechVerb, last - 1)
                : null;
        }

        int sentenceStart = Document.Sentences[Document.TokenSentence[last]].FirstToken;
        int first = Document.RunStart(last, sentenceStart);
        int verb = first - 1;
        while (verb > sentenceStart && (Document.Text(verb) is "the" or "its" or "their" || Lexicon.IsNumber(Document.Text(verb))))
        {
            verb--;
        }

        return verb > sentenceStart && Document.IsLowerWord(verb) && Lexicon.IsPublishingParticiple(Document.Text(verb))
            && Before(verb - 1, sentenceStart) is { Nominal: false, Pronoun: PronounKind.None } author
            && author.EndToken == verb && NameInterpreter.Interpret(Document, author.FirstToken, author.EndToken) is { Kind: NameKind.Organization }
            ? author
            : new Subject(first, last + 1, PronounKind.None, AttributionRule.SpeechVerb, last);
    }

    /// <summary>
    /// "… denounced the 49-page report by the UN Office of the High Commissioner for Human Rights. ¶ … The report asked India
    /// to “…”": the organisation after "by" or "from" of the document noun at <paramref name="noun"/>, written anywhere before
    /// it, at most <see cref="MaxAuthorDistance"/> tokens back; null when the text names no author so, or a person, or two
    /// different ones.
    /// </summary>
    private Subject? OneAuthorBefore(int noun)
    {
        string word = Document.Text(noun);
        Subject? found = null;
        string? name = null;
        for (int k = noun - 2; k >= 0 && k >= noun - MaxAuthorDistance; k--)
        {
            if (Tokens[k].Quote >= 0 || Document.Text(k) != word || Document.Text(k + 1) is not ("by" or "from"))
            {
                continue;
            }

            int author = k + 2 < noun && Document.Text(k + 2) is "the" ? k + 3 : k + 2;
            if (author >= noun || Tokens[author].Quote >= 0 || !Document.IsCapitalised(author))
            {
                return null;
            }

            int authorEnd = Document.RunEnd(author, noun);
            if (_linker.Link(author, authorEnd) is not { Kind: NameKind.Organization } body || (name is not null && name != body.Name))
            {
                return null;
            }

            name = body.Name;
            found = new Subject(author, authorEnd, PronounKind.None, AttributionRule.SpeechVerb, noun);
        }

        return found;
    }

    /// <summary>"according to the statement", "per the statement": the issuer of the statement the source at
    /// <paramref name="source"/> names (<see cref="IssuerOf"/>), speaking by it; null for another source.</summary>
    public Subject? IssuerOfStatement(int source, int end)
        => source + 1 < end && Document.Text(source) is "the" && Document.Text(source + 1) is "statement" && IssuerOf(source + 1) is { } issuer
            ? issuer with { Rule = AttributionRule.AccordingTo }
            : null;

    /// <summary>The subject, a name or a role noun, of the last verb of saying outside quotes before the sentence of
    /// <paramref name="token"/>, in its paragraph or the one before; null when that verb has no such subject or there is none.</summary>
    private Subject? LastSpeakerBefore(int token)
    {
        int verb = LastTokenBefore(token, k => Tokens[k].Quote < 0 && Document.IsLowerWord(k) && SpeechCues.IsSpeechVerbUse(Document, k));
        return verb >= 0 && Before(verb - 1, Document.Sentences[Document.TokenSentence[verb]].FirstToken) is { Pronoun: PronounKind.None } speaker
            ? speaker
            : null;
    }

    /// <summary>The last token that <paramref name="matches"/> accepts before the sentence of <paramref name="token"/>, in
    /// its paragraph or up to <paramref name="paragraphsBack"/> before and at most twice <see cref="MaxScanTokens"/> back; -1
    /// when there is none.</summary>
    private int LastTokenBefore(int token, Func<int, bool> matches, int paragraphsBack = 1)
    {
        int sentence = Document.TokenSentence[token];
        int paragraph = Document.Sentences[sentence].Paragraph;
        for (int k = Document.Sentences[sentence].FirstToken - 1, steps = 0; k > 0 && steps < MaxScanTokens * 2; k--, steps++)
        {
            if (Document.Sentences[Document.TokenSentence[k]].Paragraph < paragraph - paragraphsBack)
            {
                return -1;
            }

            if (matches(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// <see cref="IssuerBefore"/> for the document noun <paramref name="word"/> at <paramref name="noun"/>, carried back
    /// through definite mentions of the same noun: "according to a report published by Global Carbon Watch. ¶ The report,
    /// “…”, says …. ¶ “…,” the report says" (each mention in the paragraph of the one after it or the two before), at most
    /// <see cref="MaxDocumentMentions"/> of them; a statement after its owner's possessive ("the family's statement")
    /// names the owner as the issuer.
    /// </summary>
    private Subject? IssuerThroughMentions(int noun, string word)
    {
        for (int mention = noun, hops = 0; hops <= MaxDocumentMentions; hops++)
        {
            // "filed a lawsuit …. ¶ The suit reads": a suit is the lawsuit named before.
            if (IssuerBefore(mention, candidate => candidate == word || (word is "suit" && candidate is "lawsuit")) is { } issuer)
            {
                return issuer;
            }

            mention = LastTokenBefore(mention, m => Tokens[m].Quote < 0 && Document.Text(m) == word
                && (Document.Text(m - 1) is "the" or "The" || (word is "statement" && Document.IsPossessive(m - 1))), paragraphsBack: 2);
            if (mention < 0)
            {
                return null;
            }

            // "“…,” the family's statement read. ¶ … ¶ The statement continued": the owner made the statement (not so of every
            // document: "Sterling's indictment" is the one indicted).
            if (Document.IsPossessive(mention - 1) && word is "statement")
            {
                int first = Document.Sentences[Document.TokenSentence[mention]].FirstToken;
                return NominalOwner(mention, first)
                    ?? (Document.IsCapitalised(mention - 1) && Tokens[mention - 1].Quote < 0
                        ? new Subject(Document.RunStart(mention - 1, first), mention, PronounKind.None, AttributionRule.SpeechVerb, mention - 1)
                        : null);
            }
        }

        return null;
    }

    /// <summary>"Jo Lee issued a statement on Tuesday. It read: “…”": "it" at <paramref name="pronoun"/> before "read" stands
    /// for the document the text introduced just before, and its issuer speaks; null when none was introduced.</summary>
    private Subject? IssuerOfDocumentPronoun(int pronoun)
        => pronoun + 1 < Tokens.Length && Document.Text(pronoun) is "it" or "It" && Document.Text(pronoun + 1) is "read" or "reads"
            ? IssuerBefore(pronoun, Lexicon.IsDocumentNoun)
            : null;

    /// <summary>The subject of the sentence, in the paragraph of <paramref name="token"/> or the one before, that
    /// introduced a document with "a" or "an" and a noun <paramref name="isDocument"/> accepts, or the author it names after
    /// "from" or "by"; null when none did.</summary>
    private Subject? IssuerBefore(int token, Func<string, bool> isDocument)
    {
        int k = LastTokenBefore(token, m => Tokens[m].Quote < 0 && Document.IsLowerWord(m) && isDocument(Document.Text(m))
            && IsIntroduced(m));
        if (k < 0)
        {
            return null;
        }

        // "The council received a letter from Jo Lee.", "according to a statement issued by President Jo Lee's office": the
        // author after "from" or "by", not the receiver or the sentence's subject.
        var before = Document.Sentences[Document.TokenSentence[k]];
        int by = k + 2 < before.EndToken && Lexicon.IsPublishingParticiple(Document.Text(k + 1)) ? ByAfterParticiple(k + 2, before.EndToken) : k + 1;
        return (by + 1 < before.EndToken && Document.Text(by) is "from" or "by"
                ? After(by + 1, before.EndToken, AttributionRule.SpeechVerb, 2)
                : null)
            ?? MainSubject(before.FirstToken, before.EndToken);
    }

    /// <summary>Whether the document at <paramref name="noun"/> is brought in by its sentence: "a" or "an" before it ("a
    /// final report", "an open letter"), the owner's "its", "their", "his" or "her" ("In its ruling, the court said"), or
    /// its issuer after a participle of making public ("the statement issued tonight by Ms Shimmin").</summary>
    private bool IsIntroduced(int noun)
        => IsIndefiniteBefore(noun) || (noun > 0 && Document.Text(noun - 1) is "its" or "their" or "his" or "her")
            || (noun + 2 < Tokens.Length && Lexicon.IsPublishingParticiple(Document.Text(noun + 1))
                && ByAfterParticiple(noun + 2, Document.Sentences[Document.TokenSentence[noun]].EndToken) > noun + 1);

    /// <summary>The "by" at <paramref name="k"/> after a participle of making public, or after a short phrase of when
    /// ("published on Wednesday by", "released today by"); <paramref name="k"/> - 1, the participle, when none.</summary>
    private int ByAfterParticiple(int k, int end)
    {
        for (int m = k; m < end && m <= k + 3 && Tokens[m].Kind == TokenKind.Word && Tokens[m].Quote < 0; m++)
        {
            if (Document.Text(m) is "by")
            {
                return m;
            }
        }

        return k - 1;
    }

    /// <summary>
    /// "The report, published by the Tidewater Institute, warned", "The letter, signed by 40 MPs, said": the author after
    /// "by" of a participle of making public set off after the document noun at <paramref name="noun"/>, a name or a role
    /// noun; "The letter, from Jo Lee, said": a name after "from" set off so; null when no such phrase follows the noun.
    /// </summary>
    private Subject? PublishedBy(int noun)
    {
        if (FromNameSetOff(noun) is { } sender)
        {
            return sender;
        }

        int by = noun + 3;
        if (by + 1 >= Tokens.Length || !Document.IsPunctuation(noun + 1, ',') || !Document.IsLowerWord(by - 1)
            || !Lexicon.IsPublishingParticiple(Document.Text(by - 1)) || Document.Text(by) is not "by")
        {
            return null;
        }

        // "signed by the mayor", "signed by 40 MPs": a determiner or a number before the author.
        int author = Document.Text(by + 1) is "the" || (Tokens[by + 1].Kind == TokenKind.Word && char.IsDigit(Body[Tokens[by + 1].Start]))
            ? by + 2
            : by + 1;
        if (author >= Tokens.Length || Tokens[author].Quote >= 0 || Tokens[author].Kind != TokenKind.Word)
        {
            return null;
        }

        if (Document.IsCapitalised(author))
        {
            int end = Document.RunEnd(author, Tokens.Length);
            return new Subject(author, end, PronounKind.None, AttributionRule.SpeechVerb, end - 1);
        }

        // "led by the senior midwife Dame Patricia Holloway": the person after the words that describe them.
        return PersonAfterDescriptors(author, Tokens.Length, 3)
            ?? (Document.IsLowerWord(author) && Lexicon.NominalKind(Document.Text(author)) != NameKind.Unknown
                ? NominalAt(author, author + 1, AttributionRule.SpeechVerb)
                : null);
    }

    /// <summary>"The letter, from Jo Lee, said", "The statement, from the Tidewater Trust, said": the person's or body's name
    /// after "from" between commas right after the document noun at <paramref name="noun"/>; null otherwise.</summary>
    private Subject? FromNameSetOff(int noun)
    {
        int from = noun + 2;
        if (from + 1 >= Tokens.Length || !Document.IsPunctuation(noun + 1, ',') || Document.Text(from) is not "from")
        {
            return null;
        }

        int start = Document.Text(from + 1) is "the" ? from + 2 : from + 1;
        if (start >= Tokens.Length || !Document.IsCapitalised(start) || Tokens[start].Quote >= 0)
        {
            return null;
        }

        // A place it came from ("The letter, from Tidewater,") is no author.
        int end = Document.RunEnd(start, Tokens.Length);
        return end < Tokens.Length && Document.IsPunctuation(end, ',')
            && NameInterpreter.Interpret(Document, start, end) is { Kind: NameKind.Person or NameKind.Organization } author
            ? new Subject(Document.TokenAt(author.Start), end, PronounKind.None, AttributionRule.SpeechVerb, end - 1)
            : null;
    }

    /// <summary>
    /// "A parliamentary report blamed the owners. … The report said": a report whose author the text does not name
    /// speaks as itself, named as the text introduced it ("parliamentary report"), else as written at
    /// <paramref name="noun"/>; null for another noun or one that a word other than "the" or "a" owns. Only a report: a
    /// statement, letter, speech or announcement is someone's, whom the text names elsewhere (weighed on dev: reports 2
    /// right, the others 7 wrong).
    /// </summary>
    private Subject? UnauthoredDocument(int noun, int low)
    {
        string word = Document.Text(noun);
        if (word is not "report" || noun - 1 < low || Document.Text(noun - 1) is not ("the" or "The" or "a" or "A" or "an" or "An"))
        {
            return null;
        }

        int introduced = IntroducedDocument(noun, word);
        return new Subject(introduced, introduced + 1, PronounKind.None, AttributionRule.SpeechVerb, noun, Nominal: true);
    }

    /// <summary>The token where the text introduced the document <paramref name="word"/> with "a" or "an", in the paragraph of
    /// <paramref name="noun"/> or the one before; <paramref name="noun"/> itself when it did not.</summary>
    private int IntroducedDocument(int noun, string word)
    {
        int paragraph = Document.Sentences[Document.TokenSentence[noun]].Paragraph;
        for (int k = noun - 1, steps = 0; k > 0 && steps < MaxScanTokens * 2; k--, steps++)
        {
            if (Document.Sentences[Document.TokenSentence[k]].Paragraph < paragraph - 1)
            {
                break;
            }

            if (Tokens[k].Quote < 0 && Document.Text(k) == word && IsIndefiniteBefore(k))
            {
                return k;
            }
        }

        return noun;
    }

    /// <summary>Whether "a" or "an" opens the noun phrase of <paramref name="noun"/>, up to two modifiers between.</summary>
    private bool IsIndefiniteBefore(int noun)
    {
        for (int k = noun - 1; k >= 0 && k >= noun - 3 && Tokens[k].Kind == TokenKind.Word && Tokens[k].Quote < 0; k--)
        {
            if (Document.Text(k) is "a" or "A" or "an" or "An")
            {
                return true;
            }

            if (!Document.IsLowerWord(k) && !Document.IsCapitalised(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the club's statement said", "The ministry's report called …", "A police statement said": the role or group
    /// noun that owns the document at <paramref name="noun"/>, as a nominal subject; null when none does.</summary>
    private Subject? NominalOwner(int noun, int low)
        => noun - 1 >= low && Tokens[noun - 1].Quote < 0 && Document.IsLowerWord(noun - 1)
            && (Document.IsPossessive(noun - 1) ? Lexicon.NominalKind(Document.Word(noun - 1)) != NameKind.Unknown : OwnsDocument(noun - 1))
            ? new Subject(noun - 1, noun, PronounKind.None, AttributionRule.SpeechVerb, noun - 1, Nominal: true)
            : null;

    /// <summary>"a police statement", "the company report": whether the role or group noun at <paramref name="k"/> stands
    /// before a document noun as its owner (not "a police spokesman", a person of its own; not "an official statement",
    /// whose "official" is an adjective).</summary>
    private bool OwnsDocument(int k)
        => k + 1 < Tokens.Length && Document.IsLowerWord(k) && Document.IsLowerWord(k + 1) && Tokens[k + 1].Quote < 0
            && Lexicon.NominalKind(Document.Text(k)) != NameKind.Unknown && Document.Text(k) is not "official"
            && Lexicon.IsDocumentNoun(Document.Text(k + 1));

    /// <summary>
    /// "her statement said", "Their statement also read": the pronoun that owns the document at <paramref name="noun"/>, as
    /// a subject pronoun (his/her a person, its/their an organisation); null when no such pronoun is right before it.
    /// </summary>
    private Subject? PossessivePronounOwner(int noun, int low)
    {
        int owner = noun - 1;
        if (owner < low || Tokens[owner].Quote >= 0)
        {
            return null;
        }

        var kind = Lexicon.GetOwnerPronoun(Document.Text(owner));
        return kind == PronounKind.None ? null : new Subject(owner, owner + 1, kind, AttributionRule.SpeechVerb, noun);
    }


    /// <summary>
    /// A word at <paramref name="k"/> that stands for a person named before: "the 54-year-old" (linked to the person
    /// introduced with that age, as is "the 66-year-old pipe fitter"), "the German" or "the Democrat" (a nationality or a
    /// party's member after "the", alone before a verb or punctuation, resolved as "he" or "she" would be), "the latter" or "the former" (alone likewise: the
    /// name it stands for); null for any other word.
    /// </summary>
    private Subject? PersonReference(int k, AttributionRule rule)
    {
        if (Document.AgeNoun(k) >= 0)
        {
            return new Subject(k, k + 1, PronounKind.None, rule, k);
        }

        // "The 66-year-old pipe fitter said": a noun (and one word before it) after "the" and an age stands for the person
        // of that age, as the age alone would.
        for (int age = k - 1; age >= 1 && age >= k - 2 && Document.IsLowerWord(age + 1); age--)
        {
            if (Document.AgeNoun(age) >= 0)
            {
                return Document.Text(age - 1) is "the" or "The" && Tokens[k].Quote < 0 ? new Subject(age, age + 1, PronounKind.None, rule, k) : null;
            }
        }

        bool pair = Document.Text(k) is "latter" or "former";
        if (k == 0 || Document.Text(k - 1) is not ("the" or "The") || !(IsAloneBeforeVerb(k + 1) || (pair && IsPastTenseAfter(k))))
        {
            return null;
        }

        // "talks between Jo Lee and Ana Ruiz. The latter said": the last name written before it; "the former", the one
        // before that.
        if (pair)
        {
            return NameBefore(k - 1, Document.Text(k) is "latter" ? 1 : 2) is { } named ? named with { Rule = rule, LastToken = k } : null;
        }

        // "Senator Jo Lee voted no. “…,” the Democrat said": a party's member stands for the person "she" or "he" would.
        if (Document.Text(k) is "Democrat" or "Republican")
        {
            return new Subject(k, k + 1, PronounKind.Person, rule, k);
        }

        if (!Lexicon.IsDemonym(Document.Text(k)))
        {
            return null;
        }

        return PersonOfNationalityBefore(k, Lexicon.NationalityOfDemonym(Document.Text(k))) is { } national
            ? national with { Rule = rule, LastToken = k }
            : new Subject(k, k + 1, PronounKind.Person, rule, k);
    }

    /// <summary>"Brazilian President Ana Correia met Xu. The Brazilian leader said": a person's role noun after "the" and a
    /// nationality stands for the person the text introduced with it (<see cref="PersonOfNationalityBefore"/>); null
    /// otherwise.</summary>
    private Subject? NationalOfRole(int k)
        => k >= 2 && Lexicon.NominalKind(Document.Text(k)) == NameKind.Person && Document.Text(k - 2) is "the" or "The"
            && Tokens[k - 1].Quote < 0 && Lexicon.IsNationality(Document.Text(k - 1))
            && PersonOfNationalityBefore(k - 1, Document.Text(k - 1)) is { } national
            ? national with { LastToken = k }
            : null;

    /// <summary>
    /// "French President Étienne Marchand and Dutch Prime Minister Willem van der Linden clashed … “…,” the Frenchman told
    /// reporters": the person the text introduced last with <paramref name="nationality"/> before their name (and titles),
    /// at most <see cref="MaxNationalityDistance"/> tokens before <paramref name="k"/>; null when none was.
    /// </summary>
    private Subject? PersonOfNationalityBefore(int k, string nationality)
    {
        for (int m = k - 2; m >= 0 && m >= k - MaxNationalityDistance; m--)
        {
            if (Tokens[m].Quote >= 0 || Document.Text(m) != nationality || !Document.IsCapitalised(m + 1) || Tokens[m + 1].Quote >= 0)
            {
                continue;
            }

            int end = Document.RunEnd(m + 1, k);
            if (NameInterpreter.Interpret(Document, m + 1, end) is { Kind: NameKind.Person } person)
            {
                return new Subject(Document.TokenAt(person.Start), end, PronounKind.None, AttributionRule.SpeechVerb, k);
            }
        }

        return null;
    }

    /// <summary>The <paramref name="nth"/> name (person or organisation) written last before the token at
    /// <paramref name="token"/>, in its paragraph or the one before; null when there are fewer.</summary>
    private Subject? NameBefore(int token, int nth)
    {
        var occurrences = _context.Occurrences;
        int start = Tokens[token].Start;
        int paragraph = -1;
        for (int o = _context.LastOccurrenceStartingBefore(start); o >= 0; o--)
        {
            var occurrence = occurrences[o];
            if (occurrence.End > start)
            {
                continue;
            }

            paragraph = paragraph < 0 ? occurrence.Paragraph : paragraph;
            if (occurrence.Paragraph < paragraph - 1)
            {
                return null;
            }

            int first = Document.TokenAt(occurrence.Start);

            // "Ingrid Solberg of the University of Oslo and Hiroshi Tanaka of Kyoto University": a body after "of", "at" or
            // "from" belongs to the person before it, no item of the pair.
            if (occurrence.Kind == NameKind.Organization && IsAttachedBody(first))
            {
                continue;
            }

            // "Ray Kowalski and Luis Ortega waited on Kowalski's porch": an owner's name is no item of the pair either.
            int last = Document.TokenAt(occurrence.End - 1);
            if (Document.IsPossessive(last))
            {
                continue;
            }

            if (--nth == 0)
            {
                return new Subject(first, last + 1, PronounKind.None, AttributionRule.SpeechVerb, last);
            }
        }

        return null;
    }

    /// <summary>Whether "of", "at" or "from" (and "the") stands right before the name at <paramref name="first"/>.</summary>
    private bool IsAttachedBody(int first)
    {
        int k = first - 1 >= 0 && Document.Text(first - 1) is "the" ? first - 2 : first - 1;
        return k >= 0 && Document.Text(k) is "of" or "at" or "from";
    }

    /// <summary>"the former laughed", "the latter agreed": a verb in the past tense right after the word at <paramref
    /// name="k"/>, which then stands alone as the verb's subject ("the former chief executive" is a description).</summary>
    private bool IsPastTenseAfter(int k)
        => k + 1 < Tokens.Length && Document.IsLowerWord(k + 1) && Tokens[k + 1].Quote < 0 && Document.Text(k + 1) is var verb
            && verb.EndsWith("ed", StringComparison.Ordinal) && Lexicon.NominalKind(verb) == NameKind.Unknown;

    /// <summary>
    /// Whether the token at <paramref name="next"/> ends a noun phrase: punctuation, the end, a verb of speech, an auxiliary or
    /// an adverb ("the German said", "the Libyan, who", "the Dane also told"), not a noun it modifies ("the Malaysian
    /// transport ministry", "the German official").
    /// </summary>
    private bool IsAloneBeforeVerb(int next)
    {
        if (next >= Tokens.Length || Tokens[next].Kind != TokenKind.Word)
        {
            return true;
        }

        string word = Document.Text(next);
        return Document.IsLowerWord(next)
            && (SpeechCues.IsSpeechVerb(Document, next) || Lexicon.IsAuxiliary(word) || word.EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>
    /// A role noun at <paramref name="k"/> that names the speaker ("police", "spokesperson"), when no name follows it
    /// within <paramref name="end"/> ("spokesperson Jo Lee" is Jo Lee, found as a name); "a spokesperson for the Home
    /// Office" gives the organisation.
    /// </summary>
    private Subject? NominalAt(int k, int end, AttributionRule rule)
    {
        // "Officials in Tidewater said": a role noun opening its sentence is capitalised.
        var kind = Lexicon.NominalKind(OpensSentence(k) ? Document.Text(k).ToLowerInvariant() : Document.Text(k));
        int next = k + 1;

        // "said officials in Tidewater": people named by their place.
        int place = next + 1 < end && Document.Text(next + 1) is "the" ? next + 2 : next + 1;
        if (place < end && Document.IsCapitalised(place) && Tokens[place].Quote < 0 && IsGroupOf(k, place, Document.RunEnd(place, end)))
        {
            return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
        }

        // "said a protester using the pseudonym Katya", "a woman identified only as Katya": the name the text gives them.
        if (kind == NameKind.Person && NameGivenAfter(next, end) is { } given)
        {
            return given with { Rule = rule };
        }

        // "said a witness at the scene", "a woman outside the court": a preposition opens no descriptor chain, nor does a
        // clause ("was told by a doctor that …", "said a nurse who treated her"), a source's adjective phrase ("a senior
        // official familiar with the talks") or the "as" of a passive's words ("described by one firefighter as “…”").
        bool nameFollows = next < end && (Document.IsCapitalised(next)
            || (Document.IsLowerWord(next) && !Lexicon.IsPreposition(Document.Text(next)) && !OpensSourcePhrase(next)
                && !OpensParticiplePhrase(next, end) && Document.Text(next) is not ("outside" or "inside" or "that" or "who" or "whose" or "which" or "as")));
        if (kind == NameKind.Unknown || nameFollows)
        {
            // "student protester Joshua Wong", "committee member Ulf Danielsson": a descriptor before a name.
            return null;
        }

        // "a Hampshire Police spokesman said", "an Interpol spokesperson stated": the body the spokesperson speaks for ("An
        // Israeli spokesman said": a nationality names no body, and describes the spokesperson).
        if (Lexicon.IsSpokesNoun(Document.Text(k)) && Document.NameStartBefore(k, 0) is var body and >= 0
            && !(body == k - 1 && Lexicon.IsNationality(Document.Word(body))))
        {
            return new Subject(body, k, PronounKind.None, rule, k);
        }

        // "said the captain, Jo Lee": the person in apposition holds the role; "said Nepal's ambassador to India, Jo Lee":
        // after the place or body the role is held toward.
        if (PersonAfterComma(next, end, rule) is { } captain)
        {
            return captain;
        }

        if (next + 1 < end && Document.Text(next) is "to" && Document.Text(next + 1) is var toward
            && (toward is "the" ? next + 2 : next + 1) is var towardName && towardName < end && Document.IsCapitalised(towardName) && Tokens[towardName].Quote < 0
            && PersonAfterComma(Document.RunEnd(towardName, end), end, rule) is { } envoy)
        {
            return envoy;
        }

        // "said a spokesman at the Tidewater Trust", "an official from the ministry": a spokesperson or official of a body.
        if (kind == NameKind.Person && next + 1 < end && !Lexicon.IsRelationNoun(Document.Text(k))
            && (Document.Text(next) is "for" or "of"
                || (Document.Text(next) is "at" or "from" && (Lexicon.IsSpokesNoun(Document.Text(k)) || Document.Text(k) is "official"))))
        {
            int org = Document.Text(next + 1) is "the" ? next + 2 : next + 1;

            // "said a spokesman for the budget airline Skyhop": the body after its descriptors.
            if (org < end && Document.IsLowerWord(org) && Lexicon.IsSpokesNoun(Document.Text(k))
                && DescriptorsEnd(org, end, 3) is var named and > 0 && named < end && Document.IsCapitalised(named))
            {
                org = named;
            }

            if (org < end && Document.IsCapitalised(org) && Tokens[org].Quote < 0)
            {
                int orgEnd = NationalBodyEnd(org, Document.RunEnd(org, end));

                // "said the mayor of Toledo, Ana Ruiz": the person in apposition holds the role; "said a resident of
                // Kinglake": a role of a place that is no body is the speaker, not the place; "said a lawyer for
                // Castellanos": a role held for a person the text names is not that person (a spokesperson's or
                // correspondent's "for" names whom they speak for).
                return PersonAfterComma(orgEnd, end, rule)
                    ?? ((Document.Text(next) is "of" && !Lexicon.IsSpokesNoun(Document.Text(k))
                            && NameInterpreter.Interpret(Document, org, orgEnd) is not { Kind: NameKind.Organization or NameKind.Person })
                        || (!Lexicon.IsSpokesNoun(Document.Text(k)) && IsPersonNamed(org, orgEnd))
                        ? new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true)
                        : new Subject(org, orgEnd, PronounKind.None, rule, orgEnd - 1));
            }
        }

        return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
    }

    /// <summary>Whether the name from <paramref name="first"/> to <paramref name="end"/> is a person's: written as one
    /// ("Maria Castellanos") or a short form of a person the text named ("Castellanos").</summary>
    private bool IsPersonNamed(int first, int end)
        => NameInterpreter.Interpret(Document, first, end) is { } name
            && (name.Kind == NameKind.Person || (name.Kind != NameKind.Organization && _linker.IsKnownPerson(first, end)));

    /// <summary>
    /// "An officer at the Nazimabad police station said", "Sterling's supervisor during the Iran program said", "One witness
    /// of the Silea attack reported", "A spokesperson for a surfing resort on the coast of North Pagai said": a person's role
    /// noun before up to three phrases of place, time, event or service ("at", "in", "on", "near", "during", "from", "with",
    /// "of", "for") that end at <paramref name="k"/> before the verb, a name standing in them only as a modifier or an object,
    /// as a nominal subject; null otherwise.
    /// </summary>
    private Subject? RoleBeforePlacePhrase(int k, int low)
    {
        const int MaxPhraseTokens = 6;
        const int MaxPhrases = 3;
        int phraseEnd = k;
        int phrases = 0;
        for (int m = k - 1; m - 1 >= low && m >= phraseEnd - MaxPhraseTokens; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word)
            {
                return null;
            }

            // The prepositions come before the clause test, which takes "on" for an auxiliary ("went on to add").
            if (Document.IsLowerWord(m) && Document.Text(m) is "at" or "in" or "on" or "near" or "during" or "from" or "with" or "of" or "for")
            {
                // Past the first phrase, the noun must open the clause ("A message that circulated among investors on
                // WhatsApp assured": the investors are an object).
                if (Tokens[m - 1].Quote < 0 && IsPeopleNoun(m - 1, low) && (phrases == 0 || m - 1 == low || OpensClauseWithDeterminer(m - 1, low)))
                {
                    return new Subject(m - 1, m, PronounKind.None, AttributionRule.SpeechVerb, m - 1, Nominal: true);
                }

                // "a resort on the coast of North Pagai": the phrase before is another's object, and the chain goes on.
                if (++phrases == MaxPhrases)
                {
                    return null;
                }

                phraseEnd = m;
                continue;
            }

            if (OpensClause(m) || (Document.IsLowerWord(m) && Lexicon.IsPreposition(Document.Text(m))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="k"/> is a person's role noun ("witness") or a plural noun of people that
    /// no body's noun is ("residents", not "councils"), lower-case or opening the clause at <paramref name="low"/>.</summary>
    private bool IsPeopleNoun(int k, int low)
    {
        if (Tokens[k].Kind != TokenKind.Word || !(Document.IsLowerWord(k) || (k == low && Document.IsCapitalised(k))))
        {
            return false;
        }

        string word = Document.Text(k).ToLowerInvariant();
        var kind = Lexicon.NominalKind(word);
        return kind == NameKind.Person
            || (kind == NameKind.Organization && Lexicon.IsPluralNoun(word) && !Lexicon.IsBodyNoun(word)
                && !Lexicon.IsOrganizationKindNoun(word.Substring(0, word.Length - 1)));
    }

    /// <summary>"speaking on condition of anonymity", "standing near the gate", "speaking anonymously" at <paramref name="k"/>:
    /// a present participle and the preposition, determiner or adverb after it open a phrase that describes the noun before
    /// (not "a police training officer", whose "training" is a descriptor).</summary>
    private bool OpensParticiplePhrase(int k, int end)
        => k + 1 < end && SpeechCues.IsParticiple(Document, k) && Document.IsLowerWord(k + 1)
            && Document.Text(k + 1) is var after
            && (Lexicon.IsPreposition(after) || Lexicon.IsDeterminer(after) || after.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>
    /// "familiar with", "close to", "briefed on", "knowledgeable about" at <paramref name="k"/>: the phrase by which news
    /// describes an unnamed source ("two people familiar with the matter", "a source close to the negotiations").
    /// </summary>
    private bool OpensSourcePhrase(int k)
        => k + 1 < Tokens.Length && Document.Text(k) is "familiar" or "close" or "briefed" or "knowledgeable"
            && Document.Text(k + 1) is "with" or "to" or "on" or "about";

    /// <summary>
    /// The unnamed source whose describing phrase ends at <paramref name="k"/> before its verb ("two people familiar with
    /// the matter said", "a source close to the talks told", "a source close to Jo Lee told"): a role noun, "people" or
    /// "person" right before the phrase; or an aide before the "to" of whom they serve ("an aide to the president said");
    /// null otherwise.
    /// </summary>
    private Subject? SourceBeforePhrase(int k, int low)
    {
        for (int m = k; m - 1 >= low && m > k - 8; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word)
            {
                return null;
            }

            if (OpensSourcePhrase(m))
            {
                return IsSourceNoun(m - 1) ? new Subject(m - 1, m, PronounKind.None, AttributionRule.SpeechVerb, m - 1, Nominal: true) : null;
            }

            if (Document.Text(m) is "to" && Document.IsLowerWord(m - 1) && Lexicon.IsServingNoun(Document.Text(m - 1)))
            {
                return new Subject(m - 1, m, PronounKind.None, AttributionRule.SpeechVerb, m - 1, Nominal: true);
            }
        }

        return null;
    }

    /// <summary>A role noun, "people" or "person" at <paramref name="k"/>, capitalised where it opens its sentence: who a
    /// source phrase may describe.</summary>
    private bool IsSourceNoun(int k)
        => (Document.IsLowerWord(k) || OpensSentence(k)) && Tokens[k].Quote < 0 && Tokens[k].Kind == TokenKind.Word
            && Document.Text(k).ToLowerInvariant() is var word
            && (Lexicon.NominalKind(word) != NameKind.Unknown || word is "people" or "person");

    /// <summary>
    /// The name after a phrase that gives a person's name or pseudonym, from <paramref name="k"/>: "named Katya", "(later)
    /// named as Katya", "called Katya", "using the pseudonym Katya", "under the name Katya", "(later) identified (only) as
    /// Katya", "known (only) as Katya",
    /// "who gave her name (only) as Katya", "who gave only her first name, Katya", "who asked to be identified only by her
    /// first name, Katya", after a comma or not; a single word is enough, as such names often are. Null for anything else.
    /// </summary>
    private Subject? NameGivenAfter(int k, int end)
    {
        // "said one protester, identified only as Katya": the phrase may stand after a comma.
        int m = k < end && Document.IsPunctuation(k, ',') ? k + 1 : k;

        // "The spokesperson, later named as Jo Lee,": the name given later on.
        m += m + 1 < end && Document.Text(m) is "later" && Document.Text(m + 1) is "named" or "identified" ? 1 : 0;
        string first = m < end ? Document.Text(m) : string.Empty;
        if (first is "who" && m + 1 < end && Document.Text(m + 1) is "gave" or "gives" or "asked")
        {
            m = GivenNameIntroduced(m + 1, end);
            if (m < 0)
            {
                return null;
            }
        }
        else if (first is "using" or "under" or "with" && m + 2 < end && Document.Text(m + 1) is "the" or "a"
            && Document.Text(m + 2) is "pseudonym" or "name" or "alias" or "nickname")
        {
            m += 2;
        }
        else if (first is "identified" or "known" && m + 1 < end)
        {
            m += Document.Text(m + 1) is "only" or "simply" ? 2 : 1;
            if (m >= end || Document.Text(m) is not "as")
            {
                return null;
            }
        }
        else if (first is "named" && m + 1 < end && Document.Text(m + 1) is "as")
        {
            m++;
        }
        else if (first is not ("named" or "called"))
        {
            return null;
        }

        int name = m + 1;
        if (name >= end || Tokens[name].Quote >= 0 || !Document.IsCapitalised(name))
        {
            return null;
        }

        int nameEnd = Document.RunEnd(name, end);
        return new Subject(name, nameEnd, PronounKind.None, AttributionRule.SpeechVerb, nameEnd - 1);
    }

    /// <summary>
    /// After "who" at <paramref name="verb"/> − 1: the token just before the name in "gave her name (only) as", "gave only
    /// his first name," or "asked to be identified (only) as" / "(only) by her first name,"; −1 for any other clause.
    /// </summary>
    private int GivenNameIntroduced(int verb, int end)
    {
        int m = verb + 1;
        bool Skip(params string[] words)
        {
            if (m < end && System.Array.IndexOf(words, Document.Text(m)) >= 0)
            {
                m++;
                return true;
            }

            return false;
        }

        if (Document.Text(verb) is "asked")
        {
            if (!Skip("to") || !Skip("be") || !Skip("identified", "named", "called"))
            {
                return -1;
            }

            Skip("only", "simply");
            if (m < end && Document.Text(m) is "as")
            {
                return m;
            }

            if (!Skip("by"))
            {
                return -1;
            }
        }
        else
        {
            Skip("only");
        }

        if (!Skip("her", "his", "their"))
        {
            return -1;
        }

        Skip("first", "given");
        if (!Skip("name"))
        {
            return -1;
        }

        Skip("only");
        return m < end && (Document.Text(m) is "as" || Document.IsPunctuation(m, ',')) ? m : -1;
    }

    /// <summary>The person role noun (not a spokesperson's) or group noun (not a body's) after at most two lower-case words
    /// from <paramref name="k"/>: "lawyer", "longtime lawyer", "family"; else null.</summary>
    private int? OwnersRoleNoun(int k, int end)
    {
        for (int m = k; m < end && m <= k + 2 && Document.IsLowerWord(m) && Tokens[m].Quote < 0; m++)
        {
            string word = Document.Text(m);
            var kind = Lexicon.NominalKind(word);
            if (kind == NameKind.Person)
            {
                return Lexicon.IsSpokesNoun(word) ? null : m;
            }

            // "said Jo Lee's family": a group of the owner's speaks; "the Biden campaign" is the owner's body, and "Jo Lee's
            // office" speaks for Jo Lee.
            if (kind == NameKind.Organization)
            {
                return Lexicon.IsBodyNoun(word) || Lexicon.IsOfficeNoun(word) ? null : m;
            }
        }

        return null;
    }

    /// <summary>The lower-case relation or role noun of a person at <paramref name="k"/> or after one or two lower-case
    /// modifiers ("energy minister", "main opposition leader"; not a spokesperson's), with no name or further noun after it,
    /// as a nominal subject; else null.</summary>
    private Subject? OwnersPersonNoun(int k, int limit)
    {
        if (IsPlainModifier(k, limit) && Document.IsLowerWord(k + 1) && Lexicon.NominalKind(Document.Text(k + 1)) == NameKind.Person)
        {
            k++;
        }
        else if (IsPlainModifier(k, limit) && IsPlainModifier(k + 1, limit) && Document.IsLowerWord(k + 2)
            && Lexicon.NominalKind(Document.Text(k + 2)) == NameKind.Person)
        {
            k += 2;
        }

        if (k + 1 >= limit || !Document.IsLowerWord(k) || Tokens[k].Quote >= 0 || Document.IsCapitalised(k + 1)
            || (Document.IsLowerWord(k + 1) && Lexicon.NominalKind(Document.Text(k + 1)) != NameKind.Unknown))
        {
            return null;
        }

        string word = Document.Text(k);
        return (Lexicon.IsRelationNoun(word) || Lexicon.NominalKind(word) != NameKind.Unknown) && !Lexicon.IsSpokesNoun(word)
            && !Lexicon.IsBodyNoun(word)
            ? new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true)
            : null;
    }

    /// <summary>Whether a lower-case word at <paramref name="k"/>, two tokens or more before <paramref name="limit"/>, may
    /// describe a noun after it: no role, body or relation noun itself.</summary>
    private bool IsPlainModifier(int k, int limit)
        => k + 2 < limit && Document.IsLowerWord(k) && Tokens[k].Quote < 0 && Lexicon.NominalKind(Document.Text(k)) == NameKind.Unknown
            && !Lexicon.IsRelationNoun(Document.Text(k));

    /// <summary>"One of them told reporters", "said one of these": whether "one of them", "these" or "those" stands at
    /// <paramref name="one"/> after a group of people named just before, one of whom speaks.</summary>
    private bool IsOneOfGroupBefore(int one)
        => one + 2 < Tokens.Length && Document.Text(one) is "One" or "one" && Document.Text(one + 1) is "of"
            && Document.Text(one + 2) is "them" or "these" or "those" && _linker.Nominals.MemberOfGroupBefore(one) is not null;

    /// <summary>"His wife added", "said his wife": whether the kin noun at <paramref name="kin"/> follows a person's possessive
    /// pronoun, not before <paramref name="low"/>.</summary>
    private bool IsKinAfterOwnerPronoun(int kin, int low)
        => kin - 1 >= low && Document.IsLowerWord(kin) && Tokens[kin].Quote < 0 && Lexicon.IsKinNoun(Document.Text(kin))
            && Lexicon.GetOwnerPronoun(Document.Text(kin - 1)) == PronounKind.Person;

    /// <summary>"China's foreign ministry released a statement": a noun of a kind of body after one or two lower-case
    /// modifiers at <paramref name="k"/>, after its owner's possessive, with no name or further noun after it, as a nominal
    /// subject (named with its owner and modifiers, "China's foreign ministry"); else null.</summary>
    private Subject? OwnersBodyOfKind(int k, int limit)
    {
        for (int m = k + 1; m < limit && m <= k + 2; m++)
        {
            if (!Document.IsLowerWord(m - 1) || Tokens[m - 1].Quote >= 0 || Lexicon.NominalKind(Document.Text(m - 1)) != NameKind.Unknown
                || !Document.IsLowerWord(m) || Tokens[m].Quote >= 0)
            {
                return null;
            }

            if (Lexicon.IsOrganizationKindNoun(Document.Text(m)))
            {
                return m + 1 < limit && (Document.IsCapitalised(m + 1) || Lexicon.NominalKind(Document.Text(m + 1)) != NameKind.Unknown)
                    ? null
                    : new Subject(m, m + 1, PronounKind.None, AttributionRule.SpeechVerb, m, Nominal: true);
            }
        }

        return null;
    }

    /// <summary>"the EU report", "The Harbour Agency report": the start of the capitalised run that names the owner of the
    /// lower-case document noun at <paramref name="noun"/> after an article; -1 when the run is a possessive or a function word
    /// ("Jo Lee's report", "The report") or no article opens it.</summary>
    private int OwnerBeforeDocumentNoun(int noun)
    {
        if (Document.IsPossessive(noun - 1) || Lexicon.IsFunctionWord(Document.Word(noun - 1)))
        {
            return -1;
        }

        int owner = Document.RunStart(noun - 1, 0);
        return Document.Text(owner) is "The" or "A" or "An" || (owner > 0 && Document.Text(owner - 1) is "the" or "a" or "an") ? owner : -1;
    }

    /// <summary>"Alden's brother Joe", "Lee's lawyer Tom Hale": the name right after the kin or role noun at <paramref name="k"/>
    /// that follows an owner's possessive, as the subject; null when no name follows the noun.</summary>
    private Subject? OwnersRelativeByName(int k, int limit)
    {
        if (k + 1 >= limit || !Document.IsLowerWord(k) || Tokens[k].Quote >= 0 || !Document.IsCapitalised(k + 1) || Tokens[k + 1].Quote >= 0
            || !Lexicon.IsPersonNoun(Document.Text(k)))
        {
            return null;
        }

        int end = Document.RunEnd(k + 1, limit);
        return NameInterpreter.Interpret(Document, k + 1, end) is { Kind: not NameKind.Organization } name
            ? new Subject(Document.TokenAt(name.Start), end, PronounKind.None, AttributionRule.SpeechVerb, end - 1)
            : null;
    }

    /// <summary>"a spokesman for the Russian foreign ministry": the end of the body's name that a nationality of one word at
    /// <paramref name="k"/> and the words describing a body's noun after it make (<see cref="NationalityBeforeRoleNoun"/>);
    /// <paramref name="runEnd"/> when the run is no such nationality.</summary>
    private int NationalBodyEnd(int k, int runEnd)
        => NationalityBeforeRoleNoun(k, runEnd) is { Nominal: true } body
            && Lexicon.NominalKind(Document.Text(body.FirstToken)) == NameKind.Organization
            ? body.EndToken
            : runEnd;

    /// <summary>"A Russian foreign ministry spokesman": a lower-case person noun after a body's noun is the head it
    /// describes.</summary>
    private bool IsPersonNounAt(int k)
        => k < Tokens.Length && Document.IsLowerWord(k) && Tokens[k].Quote < 0 && Lexicon.NominalKind(Document.Text(k)) == NameKind.Person;

    /// <summary>
    /// "Iranian officials", "the Malaysian transport ministry", "the British police", "A Western diplomat", "a Russian foreign
    /// ministry spokesman" (the article opening the sentence is capitalised with the nationality), "U.S. officials" (a
    /// country's initials stand for its nationality): the role noun after a nationality of one word and up to <see
    /// cref="MaxNationalityModifiers"/> lower-case words that describe it, as a nominal subject; null when a title or a full
    /// name follows the noun (the person is the subject) or no role noun comes.
    /// </summary>
    private Subject? NationalityBeforeRoleNoun(int k, int runEnd)
    {
        if (runEnd == k + 2 && Document.Text(k) is "A" or "An" or "The")
        {
            k++;
        }

        if (runEnd != k + 1 || !(Lexicon.IsNationality(Document.Word(k)) || Document.Word(k) is "U.S." or "US" or "U.K." or "UK"))
        {
            return null;
        }

        for (int noun = runEnd; noun <= runEnd + MaxNationalityModifiers && noun < Tokens.Length && Document.IsLowerWord(noun) && Tokens[noun].Quote < 0; noun++)
        {
            string word = Document.Text(noun);
            // "A Russian foreign ministry spokesman said": the spokesperson speaks for the body.
            bool spokesperson = Lexicon.NominalKind(word) == NameKind.Organization && IsPersonNounAt(noun + 1)
                && Lexicon.IsSpokesNoun(Document.Text(noun + 1));
            if (spokesperson || (Lexicon.NominalKind(word) != NameKind.Unknown && !IsPersonNounAt(noun + 1)))
            {
                // "Thai army Colonel Winthai Suwaree", "Venezuelan opposition leader Juan Guaidó", "Ethiopian government
                // spokesman Dawit Bekele", "British newspaper The Daily Telegraph": the noun describes the titled or fully
                // named person or the body named after it, which is the subject.
                int after = spokesperson ? noun + 2 : noun + 1;
                return after < Tokens.Length && Document.IsCapitalised(after) && Tokens[after].Quote < 0
                    && (Lexicon.IsTitle(Document.Word(after))
                        || NameInterpreter.Interpret(Document, after, Document.RunEnd(after, Tokens.Length)) is
                            { Kind: NameKind.Person, WordCount: >= 2 } or { Kind: NameKind.Organization })
                    ? null
                    : spokesperson ? new Subject(k, noun + 1, PronounKind.None, AttributionRule.SpeechVerb, noun + 1)
                    : new Subject(noun, noun + 1, PronounKind.None, AttributionRule.SpeechVerb, noun, Nominal: true);
            }

            if (Lexicon.IsFunctionWord(word) || Lexicon.IsPreposition(word) || SpeechCues.IsSpeechVerb(Document, noun))
            {
                return null;
            }
        }

        return null;
    }
}
