using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>A speech verb just after the quote, with its subject: "…,” Blinken said", "…,” he told reporters", "…,” said Sheriff Bill Brown".</summary>
internal sealed class TrailingCueSieve : AttributionSieve
{
    /// <summary>How many tokens after the closing mark the verb may be.</summary>
    private const int MaxSuffixTokens = 12;

    /// <summary>How many tokens after the closing mark the verb may be when a name's appositive set off by commas stands
    /// between.</summary>
    private const int MaxAppositiveSuffixTokens = 24;

    /// <summary>How many relative clauses a long appositive may hold ("the minister who led … and who has …").</summary>
    private const int MaxAppositiveRelativeClauses = 2;

    /// <summary>How many tokens each relative clause of a long appositive adds to the verb's reach.</summary>
    private const int MaxRelativeClauseTokens = 12;

    /// <summary>How many lower-case words may stand between "said" and its subject ("said the company's operations director,
    /// Jo Lee", "said the mission management team chairman, Jo Lee").</summary>
    private const int MaxInvertedDescriptors = 6;

    /// <summary>How many tokens after the closing mark a sentence-final speech clause may end: news reports a source's long
    /// sentence with a few of its words quoted and names the source only at its end (", Olsen said.").</summary>
    private const int MaxFinalClauseDistance = 48;

    /// <summary>At most this many tokens of a relative clause between dashes after the speaker's name are passed over.</summary>
    private const int MaxDashClauseTokens = 30;

    public TrailingCueSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    public override Subject? Find(int q)
    {
        int close = Document.CloseToken[q];
        if (close < 0)
        {
            return null;
        }

        // "Asked why so much was happening “at the 11th hour”, she admitted …": words inside the question put to the subject
        // are the asker's.
        if (InsideAskedPhrase(q))
        {
            return null;
        }

        int end = Document.ParagraphTokenEnd[Document.Quotes[q].Paragraph];
        int j = close + 1;
        while (j < end && Document.IsCommaOrDash(j))
        {
            j++;
        }

        if ((OwnerOfWordsBefore(q) ?? OwnerOfWordsAfter(q, j, end)) is { } owner)
        {
            return owner;
        }

        if (j >= end)
        {
            return null;
        }

        // After "….” a capitalised word starts a new sentence: only a short "Smith said." still attributes, and not a quote
        // its own sentence introduces ("Jo Lee said: “….” Tom Hale rejected that.").
        bool newSentence = SpeechCues.EndsWithTerminal(Document, q) && j == close + 1 && Document.IsCapitalised(j);
        if (newSentence && IntroducedBefore(Document.OpenToken[q]))
        {
            return null;
        }

        int verb = -1;
        int limit = j + MaxSuffixTokens;
        for (int k = j; k < end && k < limit; k++)
        {
            // "Myint Thein of the National League for Democracy (NLD) was quoted": one token in brackets (an acronym, mostly)
            // adds no length.
            if (Document.IsOneTokenInBrackets(k, end))
            {
                limit += 3;
            }

            var token = Tokens[k];
            if (token.Kind == TokenKind.Mark || token.Quote >= 0
                || (token.Kind == TokenKind.Punctuation && Body[token.Start] is '.' or '!' or '?' or ';' or ':'))
            {
                break;
            }

            // "“…,” Ines Duarte — who teased on social media that she is back — told the magazine": a relative clause between
            // dashes describes the subject; a verb of speech inside it is not the clause's.
            if (k > j && Document.Text(k) is "who" or "whose" && Document.IsDash(k - 1) && ClosingDash(k, end) is var closing and > 0)
            {
                limit += closing - k;
                k = closing;
                continue;
            }

            // "“will not hesitate” to describe the outbreak as a pandemic, Jo Lee said": an infinitive with an object is no
            // clause's verb; one that ends the clause is ("“…,” the report went on to say.").
            if (token.Kind == TokenKind.Word && SpeechCues.IsSpeechVerbUse(Document, k) && !SpeechCues.IsParticiple(Document, k)
                && !(k > j && Document.Text(k - 1) is "to" && k + 1 < end && Tokens[k + 1].Kind == TokenKind.Word && Document.Text(k + 1) is not "that")
                && !IsAccusedInPassive(k))
            {
                verb = k;
                break;
            }

            // "“…,” Jo Lee laughed.", "“…,” she shrugged, …": a verb of manner after its subject, ending the clause.
            if (k > j && !newSentence && Document.IsLowerWord(k) && EndsClause(k + 1, end)
                && (Lexicon.IsMannerVerb(Document.Text(k)) || (k == j + 1 && IsVerbAfterHeOrShe(j))))
            {
                verb = k;
                break;
            }

            // "…,” Jo Lee was quoted (by Reuters) as saying.", "was reported as saying": the subject before "quoted".
            if (SpeechCues.IsQuotedVerb(Document.Text(k)) && SpeechCues.VerbAfterQuotedAs(Document, k, end) is var said and >= 0
                && Subjects.QuotedAs(said - 1, j) is { } quoted)
            {
                return quoted with { LastToken = said };
            }

            // "“…,” the Speaker was heard telling two ministers.": what someone was heard saying is their words; the subject
            // stands before the auxiliary.
            if (k > j + 1 && Document.Text(k) is "heard" && Document.Text(k - 1) is "was" or "were" && k + 1 < end
                && SpeechCues.IsParticiple(Document, k + 1) && SpeechCues.IsSpeechVerbUse(Document, k + 1)
                && Subjects.Before(k - 2, j) is { } heard)
            {
                return heard with { LastToken = k + 1 };
            }

            // "… “appalling tragedy” while Brudziński wrote …": a verb of another clause; but "“…,” Jo Lee, who owns the
            // bakery, said": a relative clause set off by commas or dashes describes the subject, and so does one right after a role
            // noun ("“…,” a man who saw the crash said"); an "and" inside an organisation's name joins no clause.
            if (Document.IsLowerWord(k) && Lexicon.IsClauseWord(Document.Text(k))
                && !(Document.Text(k) is "who" or "whose" && Document.IsCommaOrDash(k - 1))
                && !(k > j && SpeechCues.OpensRoleNounsClause(Document, k))
                && !(k > j && JoinsRoles(k, end))
                && !(k > j && JoinsTitleWords(k, end))
                && !Context.InsideOrganizationName(token.Start))
            {
                break;
            }
        }

        // "“….” Chin-chi Wu, the Director of the Taipei City Bureau of Education, remarked at the ceremony.": a new sentence
        // that only attributes, a long appositive between, is the short clause a new sentence may be (EndsSoon, below).
        int unclosedNameEnd = -1;
        if (verb < 0 && VerbAfterLongAppositive(j, end, out unclosedNameEnd) is var late and >= 0)
        {
            verb = late;
        }

        if (verb < 0)
        {
            return SignedAfterDash(close, end) ?? SentenceFinalClause(q, close);
        }

        // "“…,” told the Courier" would name the listener: "told" has its subject before it. "Jo Lee, whom Tom Hale accused of
        // “…”, denied it": "it" after the verb is its object, and the clause's subject stands before the quote.
        if (verb == j && verb + 1 < end && Document.Text(verb + 1) is "it" or "they")
        {
            return null;
        }

        // "“…,” the family were told", "to the custody sergeant who was told": a verb of telling or asking in the passive has
        // the one told or asked as its subject, never the speaker.
        if (verb > j && (Lexicon.IsTellVerb(Document.Text(verb)) || Document.Text(verb) is "asked") && SpeechCues.IsPassiveAuxiliary(Document, verb - 1))
        {
            return null;
        }

        // "Cutting the links, Kim said, “…,” KCNA reported.": an outlet reports words that a speech clause right before the
        // quote gives to its speaker.
        if (Document.Text(verb) is "reported" or "reports" && SaidRightBefore(Document.OpenToken[q]))
        {
            return null;
        }

        // "McCabe has promised to “vigorously” continue the Russia investigation": a quote inside an infinitive, its verb
        // right after it with no comma, goes on with the infinitive; no speech clause follows.
        if (verb == close + 1 && Document.OpenToken[q] - 1 >= 0 && Document.Text(Document.OpenToken[q] - 1) is "to")
        {
            return null;
        }

        // "Typhoon Mitag was “stationary” east of the coast, said Jo Lee.": a verb after a comma further on, with no subject
        // before it ("“…,” his solicitor, Jo Lee, said outside court"), has its subject after it, as right after the quote.
        var subject = unclosedNameEnd >= 0 ? new Subject(j, unclosedNameEnd, PronounKind.None, AttributionRule.SpeechVerb, verb)
            : verb != j ? Subjects.Before(verb - 1, j) ?? Subjects.AfterVerbOpeningClause(verb, end, MaxInvertedDescriptors)
            : Lexicon.IsTellVerb(Document.Text(verb)) ? null
            : Subjects.After(verb + 1, end, AttributionRule.SpeechVerb, MaxInvertedDescriptors);
        if (subject is not { } found)
        {
            // "“…,” said a protester using the pseudonym Katya": someone speaks, but not the speaker of the quote before.
            Context.UnresolvedClause[q] |= verb == j && !newSentence;
            return null;
        }

        // "Jo Lee said her rival was “unfit”, a claim Tom Hale rejected", "While Jo Lee called it “bold”, Tom Hale called it
        // “reckless”": a quote whose own clause has a speech verb before it is that verb's, unless the clause after it only
        // attributes ("… had told residents to “…,” she said.", "…, forecaster Jo Lee said.").
        if (verb != j && !(OnlyDescriptorsBefore(j, found.FirstToken) && EndsClause(verb + 1, end)) && SpokenInOwnClause(Document.OpenToken[q]))
        {
            return null;
        }

        // "“…,” Tom Hale recalled Jo Lee saying.", "“…,” Tom Hale said Jo Lee told him.": the person the speaker reports
        // said it first.
        if (verb != j && ReportedPerson(verb + 1, end) is { } reported)
        {
            found = reported;
        }

        int last = Math.Max(verb, found.EndToken - 1);
        // A quote that is a sentence of its own may be followed by a longer one ("“….” Macron told the world on Thursday via
        // Twitter."); after a quote that ends a sentence of its own words the next sentence is more likely new matter.
        bool standalone = Document.Sentences[Document.TokenSentence[Document.OpenToken[q]]].FirstToken == Document.OpenToken[q];
        if (newSentence && !SpeechCues.EndsSoon(Document, last + 1, end, standalone))
        {
            return null;
        }

        return found with { LastToken = last };
    }

    /// <summary>
    /// "“We were outplayed.” ¶ That was the blunt verdict of captain Jo Lee", "“We are not going anywhere.” The message from
    /// Jo Lee is clear", "“…,” was the warning from the agency", "“….” Those were the words of Jo Lee", "“A disaster” was
    /// Hale's verdict": the owner of a noun that names the quote's words, in the clause right after it (or opening the next
    /// paragraph when the quote is a paragraph of its own); null otherwise.
    /// </summary>
    private Subject? OwnerOfWordsAfter(int q, int j, int end)
    {
        int open = Document.OpenToken[q];
        int paragraph = Document.Quotes[q].Paragraph;
        if (j >= end && open == Document.ParagraphTokenStart[paragraph] && paragraph + 1 < Document.Paragraphs.Length)
        {
            j = Document.ParagraphTokenStart[paragraph + 1];
            end = Document.ParagraphTokenEnd[paragraph + 1];
        }

        // "“A betrayal” — that was how …": after a dash or comma the demonstrative need not open a sentence.
        int k = j;
        if (k < end && (Document.Text(k) is "That" or "This" or "Those" or "These"
            || (k > Document.CloseToken[q] + 1 && Document.Text(k) is "that" or "this")))
        {
            k++;
        }

        if (k < end && Document.Text(k) is "was" or "is" or "were" or "are")
        {
            k++;
        }

        // "“A betrayal” — that was how Jo Lee described the decision", "That is how Jo Lee put it": the subject after "how".
        if (k > j && k < end && Document.Text(k) is "how" && SubjectOfHow(k + 1, end) is { } described)
        {
            return described with { LastToken = -1 };
        }

        // "“A disaster” was Hale's verdict", "That was Jo Lee's message": the owner's possessive before the noun of words.
        if (k > j && k < end && Document.IsCapitalised(k) && Tokens[k].Quote < 0 && Document.RunEnd(k, end) is var ownerEnd
            && Document.IsPossessive(ownerEnd - 1) && WordsNounAt(ownerEnd, end) >= 0)
        {
            return new Subject(k, ownerEnd, PronounKind.None, AttributionRule.SpeechVerb, -1);
        }

        if (k >= end || Document.Text(k) is not ("the" or "The") || (k == j && Document.Text(k) is "the"))
        {
            return null;
        }

        int m = WordsNounAt(k + 1, end);
        return m >= 0 && m + 1 < end && Document.Text(m + 1) is "of" or "from"
            && Subjects.After(m + 2, Document.Sentences[Document.TokenSentence[m]].EndToken, AttributionRule.SpeechVerb, MaxInvertedDescriptors) is { } owner
            ? owner with { LastToken = -1 }
            : null;
    }

    /// <summary>
    /// "Howe's motto was “Why not?” said her son", "Bygraves, whose catchphrase was “…”", "Her answer is: “…”": the owner
    /// of a noun of words that a copula right before the quote joins to it, by a name's possessive, a person's possessive
    /// pronoun, or "whose" after the name; those words are the owner's, whoever reports them after the quote. Null
    /// otherwise.
    /// </summary>
    private Subject? OwnerOfWordsBefore(int q)
    {
        int open = Document.OpenToken[q];
        int sentenceStart = Document.Sentences[Document.TokenSentence[open]].FirstToken;
        int k = open - 1;
        if (k > sentenceStart && (Document.IsPunctuation(k, ':') || Document.IsPunctuation(k, ',')))
        {
            k--;
        }

        int owner = k - 2;
        if (owner < sentenceStart || Tokens[owner].Quote >= 0 || Document.Text(k) is not ("was" or "is")
            || !Document.IsLowerWord(k - 1) || !Lexicon.IsWordsNoun(Document.Text(k - 1)))
        {
            return null;
        }

        if (Document.IsCapitalised(owner) && Document.IsPossessive(owner))
        {
            return new Subject(Document.RunStart(owner, sentenceStart), owner + 1, PronounKind.None, AttributionRule.SpeechVerb, owner);
        }

        if (Document.Text(owner) is "whose" && owner - 2 >= sentenceStart && Document.IsPunctuation(owner - 1, ',')
            && Document.IsCapitalised(owner - 2))
        {
            return Subjects.Before(owner - 2, sentenceStart);
        }

        var pronoun = Lexicon.GetOwnerPronoun(Document.Text(owner));
        return pronoun == PronounKind.Person ? new Subject(owner, owner + 1, pronoun, AttributionRule.SpeechVerb, owner) : null;
    }

    /// <summary>The subject of the verb of speech (or "put", as in "put it") at most <see cref="MaxHowTokens"/> tokens after
    /// "how", the subject starting at <paramref name="first"/>; null when no such verb stands there.</summary>
    private Subject? SubjectOfHow(int first, int end)
    {
        for (int v = first + 1; v < end && v <= first + MaxHowTokens && Tokens[v].Quote < 0; v++)
        {
            if (Document.IsLowerWord(v) && (Document.Text(v) is "put" || SpeechCues.IsSpeechVerbUse(Document, v)))
            {
                return Subjects.Before(v - 1, first);
            }
        }

        return null;
    }

    /// <summary>How many tokens may stand between "how" and the verb whose subject said the words ("how the former prime
    /// minister Jo Lee described").</summary>
    private const int MaxHowTokens = 8;

    /// <summary>The token of a noun of words ("verdict", "message") at <paramref name="k"/> or after at most
    /// <see cref="MaxWordsNounModifiers"/> lower-case modifiers ("blunt"); -1 when none stands there.</summary>
    private int WordsNounAt(int k, int end)
    {
        for (int m = k; m < end && m <= k + MaxWordsNounModifiers && Document.IsLowerWord(m) && Tokens[m].Quote < 0; m++)
        {
            if (Lexicon.IsWordsNoun(Document.Text(m)))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>How many modifiers may stand before the noun of "the blunt verdict of".</summary>
    private const int MaxWordsNounModifiers = 3;

    /// <summary>"“…,” she offers.", "“…,” he demurred, …": "he" or "she" right after the quote and one word ending the clause;
    /// that word is their verb, whatever it is, and a verb there reports the words. Only a finite form counts: a third-person
    /// "-s" or a past "-ed", not an auxiliary ("“…,” he was.", "“…,” she does.").</summary>
    private bool IsVerbAfterHeOrShe(int pronoun)
    {
        if (Document.Text(pronoun) is not ("he" or "she"))
        {
            return false;
        }

        string word = Document.Text(pronoun + 1);
        return ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
                || (word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)))
            && !Lexicon.IsAuxiliary(word);
    }

    /// <summary>Whether the clause ends at <paramref name="k"/>: the paragraph's end or a stop, comma or semicolon.</summary>
    private bool EndsClause(int k, int end)
        => k >= end || (Tokens[k].Kind == TokenKind.Punctuation && Body[Tokens[k].Start] is '.' or ',' or ';' or '!' or '?');

    /// <summary>"said: “…", "told reporters, “…", "told reporters the talks were “…": a colon, or a speech verb before the
    /// opening mark at <paramref name="open"/> in its sentence, outside quotes.</summary>
    private bool IntroducedBefore(int open)
    {
        int k = open - 1;
        if (k < 0 || Tokens[k].Quote >= 0 || Document.TokenSentence[k] != Document.TokenSentence[open])
        {
            return false;
        }

        if (Document.IsPunctuation(k, ':'))
        {
            return true;
        }

        // The verb may have its listener, a phrase or the start of the reported clause after it: "told reporters, “…",
        // "said on Monday “…", "told reporters the talks were “…".
        int sentenceStart = Document.Sentences[Document.TokenSentence[open]].FirstToken;
        for (int m = k; m >= sentenceStart && m > k - SubjectFinder.MaxScanTokens && Tokens[m].Quote < 0; m--)
        {
            if (Tokens[m].Kind == TokenKind.Word && SpeechCues.IsSpeechVerbUse(Document, m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Kim said, “…", "Kim said: “…": a speech verb and a comma or colon right before the opening mark at
    /// <paramref name="open"/>.</summary>
    private bool SaidRightBefore(int open)
        => open >= 2 && (Document.IsPunctuation(open - 1, ',') || Document.IsPunctuation(open - 1, ':')) && Tokens[open - 2].Quote < 0
            && Tokens[open - 2].Kind == TokenKind.Word && SpeechCues.IsSpeechVerbUse(Document, open - 2);

    /// <summary>Whether quote <paramref name="q"/> stands inside the phrase "Asked …" (or "When asked …") that opens its
    /// sentence, before that phrase's comma.</summary>
    private bool InsideAskedPhrase(int q)
    {
        int open = Document.OpenToken[q];
        int k = Document.Sentences[Document.TokenSentence[open]].FirstToken;
        k += Document.Text(k) is "When" or "If" or "Once" ? 1 : 0;
        if (k >= open || Document.Text(k) is not ("Asked" or "asked"))
        {
            return false;
        }

        for (int m = k + 1; m < open; m++)
        {
            if (Document.IsPunctuation(m, ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The dash that closes a relative clause opened at <paramref name="who"/>, within <see cref="MaxDashClauseTokens"/>
    /// tokens and before a quote or a stop; -1 when none does.</summary>
    private int ClosingDash(int who, int end)
    {
        for (int m = who + 1; m < end && m <= who + MaxDashClauseTokens; m++)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark || Document.IsPunctuation(m, '.'))
            {
                return -1;
            }

            if (Document.IsDash(m))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>"“We will rebuild.” — Ana Ruiz, mayor of Tidewater": a person's full name after a dash right after the quote,
    /// closing its sentence or set off by a comma, signs the words; null otherwise.</summary>
    private Subject? SignedAfterDash(int close, int end)
    {
        int first = close + 2;
        if (first >= end || Document.IsPunctuation(close + 1, ',') || !Document.IsCommaOrDash(close + 1) || !Document.IsCapitalised(first)
            || Tokens[first].Quote >= 0)
        {
            return null;
        }

        int runEnd = Document.RunEnd(first, end);
        return (runEnd >= end || Document.IsPunctuation(runEnd, ',') || Document.IsPunctuation(runEnd, '.'))
            && NameInterpreter.Interpret(Document, first, runEnd) is { Kind: NameKind.Person, WordCount: >= 2 } name
            && Document.TokenAt(name.Start) == first
            ? new Subject(first, runEnd, PronounKind.None, AttributionRule.SpeechVerb, runEnd - 1)
            : null;
    }

    /// <summary>Whether the words from <paramref name="first"/> up to the subject at <paramref name="subject"/> only describe
    /// it ("forecaster", "Bureau senior forecaster"): no article, clause word or verb of speech, and a person's role noun
    /// right before the subject (not "a claim Jo Lee rejected").</summary>
    private bool OnlyDescriptorsBefore(int first, int subject)
    {
        if (subject <= first)
        {
            return subject == first;
        }

        for (int k = first; k < subject; k++)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word || Lexicon.IsDeterminer(Document.Text(k))
                || Lexicon.IsClauseWord(Document.Text(k)) || SpeechCues.IsSpeechVerbUse(Document, k))
            {
                return false;
            }
        }

        return Document.IsLowerWord(subject - 1) && Lexicon.NominalKind(Document.Text(subject - 1)) == NameKind.Person;
    }

    /// <summary>Whether a speech verb stands before the opening mark at <paramref name="open"/> in the same clause: no
    /// punctuation and no word opening another clause ("that" apart) between them, within its sentence.</summary>
    private bool SpokenInOwnClause(int open)
    {
        int sentenceStart = Document.Sentences[Document.TokenSentence[open]].FirstToken;
        for (int k = open - 1; k >= sentenceStart && k > open - SubjectFinder.MaxScanTokens; k--)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            // "said that", "told reporters that" go on with the verb's clause; "his assertion that" opens another.
            if (Document.IsLowerWord(k) && Lexicon.IsClauseWord(Document.Text(k)))
            {
                return Document.Text(k) is "that" && k - 1 >= sentenceStart
                    && (SpeechCues.IsSpeechVerbUse(Document, k - 1) || (k - 2 >= sentenceStart && SpeechCues.IsSpeechVerbUse(Document, k - 2)));
            }

            // A participle ("In the blog post announcing “…”, GitHub said") has no subject of its own in the clause.
            if (SpeechCues.IsSpeechVerbUse(Document, k))
            {
                return !SpeechCues.IsParticiple(Document, k);
            }
        }

        return false;
    }

    /// <summary>A person's name of two words or more at <paramref name="k"/> right before a speech verb: the subject of a
    /// reported clause ("recalled Jo Lee saying", "said Jo Lee told him"); else null.</summary>
    private Subject? ReportedPerson(int k, int end)
    {
        if (k >= end || !Document.IsCapitalised(k) || Tokens[k].Quote >= 0)
        {
            return null;
        }

        int runEnd = Document.RunEnd(k, end);
        return runEnd < end && SpeechCues.IsSpeechVerbUse(Document, runEnd)
            && NameInterpreter.Interpret(Document, k, runEnd) is { Kind: NameKind.Person, WordCount: >= 2 }
            ? new Subject(k, runEnd, PronounKind.None, AttributionRule.SpeechVerb, runEnd)
            : null;
    }

    /// <summary>"“…,” Santos, 54, a nurse at a public hospital in the city, said at a centre set up in a school.": the speech verb
    /// right after the comma that closes a long appositive of the name at <paramref name="j"/>, up to <see
    /// cref="MaxAppositiveSuffixTokens"/> tokens on, with no clause word, quote or sentence end before it; -1 otherwise.
    /// <paramref name="unclosedNameEnd"/> is the end of the person's name when the appositive opened with "a" or "the" after it
    /// and was left unclosed before the verb, so that the name, not the end of the appositive, is the subject; -1 otherwise.</summary>
    private int VerbAfterLongAppositive(int j, int end, out int unclosedNameEnd)
    {
        unclosedNameEnd = -1;
        if (j >= end || !Document.IsCapitalised(j) || Tokens[j].Quote >= 0)
        {
            return -1;
        }

        int opening = -1;
        int nameEnd = Document.RunEnd(j, end);
        int limit = j + MaxAppositiveSuffixTokens;
        int relatives = 0;
        for (int k = j + 1; k + 1 < end && k < limit; k++)
        {
            // "Halina Moravec, the deputy foreign minister who led the delegation and who has twice before walked out, told": a
            // relative clause of the appositive's role noun, and one joined to it by "and", describe the person; each lets
            // the verb stand further on, and a subordinator inside it opens no clause of the sentence.
            bool joinedRelative = relatives > 0 && Document.Text(k) is "and" && Document.Text(k + 1) is "who";
            if (opening >= 0 && relatives < MaxAppositiveRelativeClauses && (joinedRelative || SpeechCues.OpensRoleNounsClause(Document, k)))
            {
                relatives++;
                limit += MaxRelativeClauseTokens;
                k += joinedRelative ? 1 : 0;
                continue;
            }

            var token = Tokens[k];
            if (token.Kind == TokenKind.Mark || token.Quote >= 0
                || (token.Kind == TokenKind.Punctuation && Body[token.Start] is '.' or '!' or '?' or ';' or ':')
                || (Document.IsLowerWord(k) && Lexicon.IsClauseWord(Document.Text(k)) && !JoinsDescriptions(k, end)
                    && !(relatives > 0 && Document.Text(k) is not ("and" or "but" or "or"))))
            {
                return -1;
            }

            bool comma = Document.IsPunctuation(k, ',');
            opening = opening < 0 && comma ? k : opening;

            // "“…,” Michael E. Brown, a professor of planetary astronomy at the California Institute of Technology said": an
            // appositive that opens with "a" or "the" and is left unclosed before the verb.
            bool unclosedSoFar = !comma && opening == nameEnd && opening + 1 < k && Document.Text(opening + 1) is "a" or "an" or "the";
            if ((comma || unclosedSoFar) && Tokens[k + 1].Kind == TokenKind.Word && SpeechCues.IsSpeechVerbUse(Document, k + 1)
                && !SpeechCues.IsParticiple(Document, k + 1))
            {
                if (unclosedSoFar && NameInterpreter.Interpret(Document, j, nameEnd) is not { Kind: NameKind.Person })
                {
                    return -1;
                }

                unclosedNameEnd = unclosedSoFar ? nameEnd : -1;
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The border issue is the “main difference” between Greece and Turkey, he added.": a speech clause after the last
    /// comma of the quote's sentence (at most 8 tokens, ending at most 24 tokens after the quote, no other quote after this
    /// one, no speech verb before it) speaks the whole sentence.
    /// </summary>
    private Subject? SentenceFinalClause(int q, int close)
    {
        // A speech verb before the quote is the leading cue's to resolve ("Biden called Trump a “…”, while …, declared").
        var sentence = Document.Sentences[Document.TokenSentence[Document.OpenToken[q]]];
        if (SpeechCues.HasSpeechVerbBefore(Document, sentence.FirstToken, Document.OpenToken[q]) || sentence.EndToken - close > MaxFinalClauseDistance)
        {
            return null;
        }

        int end = sentence.EndToken;
        while (end - 1 > close && Tokens[end - 1].Kind != TokenKind.Word)
        {
            if (Tokens[end - 1].Kind == TokenKind.Mark || Tokens[end - 1].Quote >= 0)
            {
                return null;
            }

            end--;
        }

        for (int k = end - 1; k > close && k >= end - 8; k--)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind == TokenKind.Mark)
            {
                return null;
            }

            if (!Document.IsPunctuation(k, ','))
            {
                continue;
            }

            for (int verb = k + 1; verb < end; verb++)
            {
                if (Tokens[verb].Kind == TokenKind.Word && SpeechCues.IsSpeechVerbUse(Document, verb) && !SpeechCues.IsParticiple(Document, verb))
                {
                    // "“…,” Jo Lee, a baker who lost everything, told the Courier.": "told" has its subject before it, never
                    // after; "“…,” Jo Lee, head of the Harbour Trust's legal team, said.": nor has "said" with none after it.
                    var subject = (verb == k + 1 ? Subjects.AfterVerbOpeningClause(verb, end, 1) : null)
                        ?? Subjects.Before(verb - 1, verb == k + 1 ? close + 1 : k + 1);
                    return subject is { } found ? found with { LastToken = Math.Max(verb, found.EndToken - 1) } : null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"“…,” Refugee Relief and Repatriation Commissioner Jo Lee said": an "and" at <paramref name="k"/> between
    /// capitalised words of a title (no given name after it) joins no clauses.</summary>
    private bool JoinsTitleWords(int k, int end)
        => Document.Text(k) is "and" && k + 1 < end && Document.IsCapitalised(k - 1) && Document.IsCapitalised(k + 1)
            && Tokens[k + 1].Quote < 0 && GivenNames.Of(Document.Word(k + 1)) == Gender.Unknown
            && !Document.IsPossessive(k - 1);

    /// <summary>"the party's leader and a former mayor of the capital": an "and" at <paramref name="k"/> after a person's role
    /// noun and before "a", "an" or "the" joins two descriptions of one person in an appositive, no clauses.</summary>
    private bool JoinsDescriptions(int k, int end)
        => Document.Text(k) is "and" && k + 1 < end && Document.IsLowerWord(k - 1) && Lexicon.NominalKind(Document.Text(k - 1)) == NameKind.Person
            && Document.Text(k + 1) is "a" or "an" or "the";

    /// <summary>"“…,” co-founder and chief executive Jo Lee said": an "and" at <paramref name="k"/> between a person's role
    /// noun and the lower-case words of another role before a name joins two titles of one person, no clauses.</summary>
    private bool JoinsRoles(int k, int end)
    {
        string before = Document.Text(k - 1);
        if (Document.Text(k) is not "and" || !Document.IsLowerWord(k - 1)
            || !(Lexicon.NominalKind(before) == NameKind.Person || before.EndsWith("founder", StringComparison.Ordinal)))
        {
            return false;
        }

        int m = k + 1;
        while (m < end && m <= k + 3 && Document.IsLowerWord(m) && !Lexicon.IsClauseWord(Document.Text(m)))
        {
            m++;
        }

        return m > k + 1 && m < end && Document.IsCapitalised(m) && Tokens[m].Quote < 0;
    }

    /// <summary>"“…” their case against a policeman who is accused of theft, his lawyers told": one accused in the passive is
    /// the one accused, no speaker, and the verb that gives the words comes after.</summary>
    private bool IsAccusedInPassive(int k)
        => k > 0 && Document.Text(k) is "accused" or "alleged" && SpeechCues.IsPassiveAuxiliary(Document, k - 1);
}
