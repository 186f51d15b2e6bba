using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A speech verb before the quote in its sentence (at most 30 words away), with its subject: "Wang told Blinken that the
/// “…”", "He tweeted, “…”", "…, saying “…”" (the sentence's subject), and the passive "was told by X of “…”".
/// </summary>
internal sealed class LeadingCueSieve : AttributionSieve
{
    /// <summary>How many words the verb may be from the quote.</summary>
    private const int MaxPrefixWords = 30;

    /// <summary>How many lower-case modifiers may stand between a determiner and the noun of a thing before a participle.</summary>
    private const int MaxThingModifiers = 4;

    public LeadingCueSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    /// <summary>"Wang told Blinken that the “…”", "He tweeted, “…”", "…, saying “…”", "was told by X of “…”".</summary>
    public override Subject? Find(int q)
    {
        int open = Document.OpenToken[q];
        int sentenceStart = Document.Sentences[Document.TokenSentence[open]].FirstToken;
        int words = 0;
        int from = open - 1;
        bool afterTo = open > sentenceStart && Document.Text(open - 1) is "to";
        bool afterColon = open > sentenceStart && Document.IsPunctuation(open - 1, ':');
        if (ClaimOwner(q, open, sentenceStart) is { } owner)
        {
            return owner;
        }

        while (FindPrefixVerb(from, sentenceStart, afterTo, afterColon, ref words) is int verb and >= 0)
        {
            // "said — as reported by Hurriyet Daily News — “…”": the reporter is no speaker; but "Jo Lee was quoted as
            // saying “…”" (or "quoted saying") names the speaker before "quoted".
            bool quotedSaying = verb > sentenceStart && Document.Text(verb) is "saying" && Document.Text(verb - 1) is "quoted";
            bool asHaving = verb - 1 > sentenceStart && Document.Text(verb - 1) is "having" && Document.Text(verb - 2) is "as";
            if (verb > sentenceStart && (Document.Text(verb - 1) is "as" || quotedSaying || asHaving))
            {
                if (Subjects.QuotedAs(quotedSaying ? verb : verb - 1, sentenceStart) is { } quoted)
                {
                    return quoted;
                }

                from = verb - 1;
                continue;
            }

            // "The agency said two deaths had been confirmed and that it was “…”": a passive verb of saying with no agent
            // reports no one's words; the verb that reports the clause holding it is further left.
            if (IsAgentlessPassive(verb, open, sentenceStart) && !AgentAfter(q))
            {
                from = verb - 1;
                continue;
            }

            // "Jo Lee said in a statement read by her lawyer: “…”": who reads a document out only voices it; its author's
            // verb is further left.
            if (verb > sentenceStart && Document.Text(verb) is "read" && verb + 1 < open && Document.Text(verb + 1) is "by"
                && Lexicon.IsDocumentNoun(Document.Text(verb - 1)))
            {
                from = verb - 1;
                continue;
            }

            // "Astronomers revealed a planet, and according to Jo Lee, it is “…”": the source of the clause that holds the
            // quote is the according-to stage's, not the verb's before it.
            if (SourcedClauseBetween(verb, open))
            {
                return null;
            }

            // "said the report of Trump disclosing classified material was “another fake”", "OpenAI has said the lawsuit …
            // accusing it of copyright infringement is “without merit”": a participle inside the subject of a finite "was" or
            // "is" that closes its phrase before the quote (after "of" and a name, or with its object and a preposition's
            // phrase) does not introduce it; the verb further left does.
            if (SpeechCues.IsParticiple(Document, verb) && LastCopulaBetween(verb, open) is var copula and >= 0
                && (OfNameBefore(verb, sentenceStart) || DescribesCopulasSubject(verb, copula, sentenceStart)))
            {
                from = verb - 1;
                continue;
            }

            var subject = Subjects.PartySpokenWith(PrefixSubject(q, verb, open, sentenceStart), verb, open);

            // "Jo Lee said the bombings underlined “…”": a verb of saying whose subject is a thing speaks for no one; the
            // verb that reports the clause holding it is further left.
            if (subject is null && verb - 1 > sentenceStart && Lexicon.IsThingsSpeechVerb(Document.Text(verb))
                && Document.IsLowerWord(verb - 1) && Tokens[verb - 1].Quote < 0
                && Document.Text(verb - 2) is "the" or "The" && Lexicon.NominalKind(Document.Text(verb - 1)) == NameKind.Unknown
                && !Lexicon.IsSpeakerNoun(Document.Text(verb - 1)))
            {
                from = verb - 1;
                continue;
            }

            // "— which the BBC noted as … — “…”": the verb of a relative clause closed before the quote; the main verb is
            // further left. A relative clause that goes on to the quote quotes its own subject ("in which he called Trump
            // a “climate arsonist”", "which President Trump described as “Obamagate.”").
            if (subject is { } found && IsRelativeClauseSubject(found.FirstToken, sentenceStart) && ClosedBefore(verb, open)
                && !RepliesToWhich(found.FirstToken, verb, open))
            {
                from = found.FirstToken - 1;
                continue;
            }

            return subject;
        }

        return null;
    }

    /// <summary>A noun of what someone said or posted: a claim, comment or remark ("Jo Lee's “…” remark"), a tweet, post,
    /// message, statement or speech.</summary>
    private static bool IsClaimOrMessageNoun(string word)
        => Lexicon.IsClaimNoun(word) || word is "tweet" or "tweets" or "post" or "posts" or "message" or "statement" or "speech";

    /// <summary>"The plan was described as “reckless” by Tom Hale": "by" right after the quote names the passive's agent.</summary>
    private bool AgentAfter(int q)
        => Document.CloseToken[q] is var close and >= 0 && close + 2 < Document.Sentences[Document.TokenSentence[close]].EndToken
            && string.Equals(Document.Text(close + 1), "by", StringComparison.Ordinal);

    /// <summary>"had been confirmed", "were reported", "had been independently observed" before the quote, with no "by" of an
    /// agent right after the verb ("was told by police"); not "was directing" (the progressive, which has a subject).</summary>
    private bool IsAgentlessPassive(int verb, int open, int sentenceStart)
        => AdverbBefore(verb, sentenceStart) is var auxiliary && auxiliary > sentenceStart && SpeechCues.IsPassiveAuxiliary(Document, auxiliary - 1)
            && !Document.Text(verb).EndsWith("ing", StringComparison.Ordinal)
            && !(verb + 1 < open && Document.Text(verb + 1) is "by")
            && !(verb + 2 < open && Document.IsLowerWord(verb + 1) && Document.Text(verb + 2) is "by");

    /// <summary>The token of an adverb in "-ly" right before <paramref name="verb"/> ("independently observed"), or
    /// <paramref name="verb"/> itself when none stands there.</summary>
    private int AdverbBefore(int verb, int sentenceStart)
        => verb - 1 > sentenceStart && Document.IsLowerWord(verb - 1) && Tokens[verb - 1].Quote < 0
            && Document.Text(verb - 1).EndsWith("ly", StringComparison.Ordinal) ? verb - 1 : verb;

    /// <summary>The nearest speech verb at or before <paramref name="from"/> in the sentence, outside quotes; -1 if none.
    /// A directive verb counts when the quote follows "to" ("directed them to “…”"), "cited" when it follows a colon.</summary>
    private int FindPrefixVerb(int from, int sentenceStart, bool afterTo, bool afterColon, ref int words)
    {
        int verb = -1;
        int low = Math.Max(sentenceStart, from - SubjectFinder.MaxScanTokens);
        for (int k = from; k >= low; k--)
        {
            var token = Tokens[k];
            if (token.Quote >= 0)
            {
                continue;
            }

            if (Document.IsPunctuation(k, ';'))
            {
                break;
            }

            if (token.Kind == TokenKind.Word)
            {
                if (++words > MaxPrefixWords)
                {
                    break;
                }

                if ((SpeechCues.IsSpeechVerbUse(Document, k) && !SpeechCues.AgreesToSomething(Document, k))
                    || (afterTo && Lexicon.IsDirectiveVerb(Document.Text(k)))
                    || (afterColon && Lexicon.IsColonVerb(Document.Text(k))))
                {
                    verb = k;
                    break;
                }
            }
        }

        return verb;
    }

    /// <summary>Whether the participle at <paramref name="participle"/> and its object are inside the subject of the copula at
    /// <paramref name="copula"/> ("the lawsuit … accusing it of copyright infringement is"): no comma, progressive's "be" or
    /// clause's "that" around it, a preposition's phrase after its object, and a noun, not a pronoun, right before the
    /// copula; "members saying there are", "…, saying it is", "declaring that the crisis was" and "Jo Lee telling reporters
    /// the attack was" keep their verb.</summary>
    private bool DescribesCopulasSubject(int participle, int copula, int sentenceStart)
    {
        if (participle <= sentenceStart || Tokens[participle - 1].Kind != TokenKind.Word
            || Document.Text(participle - 1) is "is" or "was" or "are" or "were" or "been" or "be"
            || !Document.IsLowerWord(copula - 1) || Lexicon.GetPronoun(Document.Text(copula - 1)) != PronounKind.None
            || Document.Text(copula - 1) is "there" or "that" or "this")
        {
            return false;
        }

        bool preposition = false;
        for (int m = participle + 1; m < copula; m++)
        {
            if (Tokens[m].Kind != TokenKind.Word || Tokens[m].Quote >= 0 || Document.Text(m) is "that")
            {
                return false;
            }

            preposition |= Document.IsLowerWord(m) && Lexicon.IsPreposition(Document.Text(m));
        }

        return preposition;
    }

    /// <summary>
    /// "Tom Hale rejected Jo Lee's claim that it was “a fair trial”", "… the claim by Jo Lee that", "… a letter from Jo Lee:":
    /// the owner of a claim, comment, remark or document that the quote reports (at most eight lower-case words between the
    /// noun and the quote, no speech verb) said it, not the one who answers it; null if there is none, or if a copula or
    /// "as" after the noun makes the quote a judgment of the claim. "a report about Jo Lee's “mini-strokes” tweet": the owner
    /// of the claim or message the quote names.
    /// </summary>
    private Subject? ClaimOwner(int q, int open, int sentenceStart)
    {
        int close = Document.CloseToken[q];
        if (open - 1 > sentenceStart && close >= 0 && close + 1 < Tokens.Length && Document.IsPossessive(open - 1)
            && Document.IsCapitalised(open - 1) && Tokens[open - 1].Quote < 0 && Document.IsLowerWord(close + 1)
            && IsClaimOrMessageNoun(Document.Text(close + 1)))
        {
            return new Subject(Document.RunStart(open - 1, sentenceStart), open, PronounKind.None, AttributionRule.SpeechVerb, open - 1);
        }

        // "Tom Hale read out a letter from Jo Lee: “…”": the author of a document that a colon opens.
        int colon = open - 1;
        if (colon > sentenceStart && Document.IsPunctuation(colon, ':') && AuthorAfterNoun(colon - 1, sentenceStart, Lexicon.IsDocumentNoun) is var writer and >= 0)
        {
            return new Subject(writer, colon, PronounKind.None, AttributionRule.SpeechVerb, colon - 1);
        }

        for (int k = open - 1, words = 0; k > sentenceStart && words <= 8; k--)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word || SpeechCues.IsSpeechVerbUse(Document, k))
            {
                return null;
            }

            // "Tom Hale said Jo Lee's claim was “nonsense”", "dismissed Jo Lee's claim as “absurd”": words said of the claim,
            // not in it, are the answerer's.
            if (Lexicon.IsClaimNoun(Document.Text(k)) && Document.IsPossessive(k - 1) && Document.IsCapitalised(k - 1)
                && Document.Text(k + 1) is not ("was" or "is" or "were" or "are" or "as"))
            {
                return new Subject(Document.RunStart(k - 1, sentenceStart), k, PronounKind.None, AttributionRule.SpeechVerb, k);
            }

            // "Tom Hale denied the claim by Jo Lee that he was “…”": the author after "by" or "from".
            if (AuthorAfterNoun(k, sentenceStart, Lexicon.IsClaimNoun) is var author and >= 0
                && Document.Text(k + 1) is not ("was" or "is" or "were" or "are" or "as"))
            {
                return new Subject(author, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
            }

            if (!Document.IsLowerWord(k))
            {
                return null;
            }

            words++;
        }

        return null;
    }

    /// <summary>The start of a name ending at <paramref name="k"/> that "by" or "from" gives as the author of a noun
    /// <paramref name="isNoun"/> accepts right before ("the claim by Jo Lee", "a letter from Jo Lee"); -1 otherwise.</summary>
    private int AuthorAfterNoun(int k, int sentenceStart, Func<string, bool> isNoun)
    {
        if (k <= sentenceStart || !Document.IsCapitalised(k) || Tokens[k].Quote >= 0)
        {
            return -1;
        }

        int author = Document.RunStart(k, sentenceStart);
        return author - 2 > sentenceStart && Document.Text(author - 1) is "by" or "from" && isNoun(Document.Text(author - 2)) ? author : -1;
    }

    /// <summary>
    /// Whether "according to", its source, a comma and a clause of two words or more ("it is") stand between the verb and the
    /// quote's opening mark; "Jo Lee said, according to the BBC, “…”" holds no clause after the source.
    /// </summary>
    private bool SourcedClauseBetween(int verb, int open)
    {
        for (int k = verb + 1; k + 1 < open; k++)
        {
            if (Tokens[k].Quote < 0 && string.Equals(Document.Text(k), "according", StringComparison.OrdinalIgnoreCase)
                && Document.Text(k + 1) is "to")
            {
                int comma = k + 2;
                while (comma < open && !Document.IsPunctuation(comma, ','))
                {
                    comma++;
                }

                int words = 0;
                for (int m = comma + 1; m < open; m++)
                {
                    words += Tokens[m].Kind == TokenKind.Word && Tokens[m].Quote < 0 ? 1 : 0;
                }

                return words >= 2;
            }
        }

        return false;
    }

    /// <summary>The last "was", "is", "were" or "are" outside quotes between the verb and the quote's opening mark; -1 if
    /// none stands there.</summary>
    private int LastCopulaBetween(int verb, int open)
    {
        for (int k = open - 1; k > verb; k--)
        {
            if (Tokens[k].Quote < 0 && Document.Text(k) is "was" or "is" or "were" or "are")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether "of" and a name stand right before the participle at <paramref name="verb"/> ("the report of Trump
    /// disclosing").</summary>
    private bool OfNameBefore(int verb, int sentenceStart)
        => verb - 2 > sentenceStart && Document.IsCapitalised(verb - 1)
            && Document.RunStart(verb - 1, sentenceStart) is var name && name > sentenceStart && Document.Text(name - 1) is "of";

    /// <summary>"The caller asked about corruption, to which Jo Lee replied, “…”": a reply to what was asked, its verb's comma
    /// bringing the quote in, is the quote's clause.</summary>
    private bool RepliesToWhich(int subjectStart, int verb, int open)
    {
        int which = subjectStart >= 1 && Document.Text(subjectStart - 1) is "the" or "a" or "an" ? subjectStart - 2 : subjectStart - 1;
        return which >= 1 && Document.Text(which) is "which" && Document.Text(which - 1) is "to"
            && verb + 2 == open && Document.IsPunctuation(verb + 1, ',');
    }

    /// <summary>Whether a dash or a comma stands between the verb and the quote's opening mark.</summary>
    private bool ClosedBefore(int verb, int open)
    {
        for (int k = verb + 1; k < open; k++)
        {
            if (Document.IsCommaOrDash(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsRelativeClauseSubject(int subjectStart, int sentenceStart)
    {
        int k = subjectStart - 1;
        if (k >= sentenceStart && Document.Text(k) is "the" or "a" or "an")
        {
            k--;
        }

        return k >= sentenceStart && Document.Text(k) is "which" or "who" or "whom" or "whose";
    }

    private Subject? PrefixSubject(int q, int verb, int open, int sentenceStart)
    {
        if (verb + 1 < open && string.Equals(Document.Text(verb + 1), "by", StringComparison.Ordinal))
        {
            return Subjects.After(verb + 2, open, AttributionRule.Passive, 2);
        }

        // "he was told that “…”" gives no speaker; "she was directing them to “…”" is no passive; "it was previously
        // announced to be a “pandemic” by the WHO" names the speaker after the quote.
        int auxiliary = verb - 1;
        while (auxiliary > sentenceStart && auxiliary > verb - 3 && Document.IsLowerWord(auxiliary) && Lexicon.IsAuxiliary(Document.Text(auxiliary))
            && !SpeechCues.IsPassiveAuxiliary(Document, auxiliary))
        {
            auxiliary--;
        }

        // "Cameron is to call the move …" is an infinitive, no passive.
        if (auxiliary >= sentenceStart && SpeechCues.IsPassiveAuxiliary(Document, auxiliary) && !SpeechCues.IsParticiple(Document, verb)
            && Document.Text(verb - 1) is not "to")
        {
            int agent = Document.CloseToken[q] + 1;
            int sentenceEnd = Document.Sentences[Document.TokenSentence[open]].EndToken;
            return agent > open && agent + 1 < sentenceEnd && string.Equals(Document.Text(agent), "by", StringComparison.Ordinal)
                ? Subjects.After(agent + 1, sentenceEnd, AttributionRule.Passive, 2)
                : null;
        }

        // "A video showed him saying “…”", "a video of him saying", "a spokesperson for them saying": whom the pronoun before
        // the participle stands for speaks; not one spoken to ("shouted at him saying").
        if (verb - 1 >= sentenceStart && SpeechCues.IsParticiple(Document, verb) && Lexicon.GetObjectPronoun(Document.Text(verb - 1)) is var pronoun
            && pronoun != PronounKind.None && !(verb - 2 >= sentenceStart && Document.Text(verb - 2) is "to" or "at" or "with"))
        {
            return new Subject(verb - 1, verb, pronoun, AttributionRule.SpeechVerb, verb - 1);
        }

        // "…, with Jo Lee, the coach, saying “…”": the subject of the absolute phrase speaks, not the sentence's.
        if (SpeechCues.IsParticiple(Document, verb) && Subjects.AbsoluteWith(verb, sentenceStart) is { } absolute)
        {
            return absolute;
        }

        // "Marchetti said Kowal had leaned over the net and whispered: “…”", "… and had told him: “…”": the subject of the
        // reported clause the verb goes on from speaks.
        int and = verb - 1 > sentenceStart && Document.Text(verb - 1) is "had" ? verb - 2 : verb - 1;
        if (and > sentenceStart && Document.Text(and) is "and" && Subjects.ReportedClauseSubject(sentenceStart, and) is { } reported)
        {
            return reported;
        }

        // "…, saying “…”", "… opposed the withdrawal and said …", "… agreed but warned …": the sentence's subject speaks;
        // "The statement continued, concluding that “…”": a document before the verb of saying before the comma speaks for
        // its issuer.
        if (verb > sentenceStart
            && ((SpeechCues.IsParticiple(Document, verb) && Document.IsPunctuation(verb - 1, ','))
                || Document.Text(verb - 1) is "and" or "but"))
        {
            return Subjects.ClauseSubject(sentenceStart, verb - 1) ?? SpeakerOfVerbBefore(sentenceStart, verb) ?? Subjects.MainSubject(sentenceStart, verb)
                ?? (verb - 3 >= sentenceStart && Document.IsPunctuation(verb - 1, ',') && SpeechCues.IsSpeechVerbUse(Document, verb - 2)
                    && Document.IsLowerWord(verb - 3) && Lexicon.IsDocumentNoun(Document.Text(verb - 3))
                    ? Subjects.Before(verb - 3, sentenceStart)
                    : null);
        }

        // "Jo Lee took to Twitter to say that …", "Jo Lee is expected to say": an infinitive speaks for the sentence's subject;
        // after "had to" for the subject of "had" ("The debate grew so heated that the moderator, Jim Kessler, had to ask").
        if (verb - 1 > sentenceStart && Document.Text(verb - 1) is "to" && !SpeechCues.IsParticiple(Document, verb))
        {
            return (verb - 2 > sentenceStart && Document.Text(verb - 2) is "had" or "has" or "have" ? Subjects.Before(verb - 2, sentenceStart) : null)
                ?? Subjects.ReportedClauseSubject(sentenceStart, verb - 1)
                ?? Subjects.MainSubject(sentenceStart, verb);
        }

        // "He underlined the call for cooperation by saying “…”": a participle after "by", "after", "while" … speaks for
        // the subject of its clause, the sentence's unless a clause before it ends in a comma ("After Jo Lee implied …, Tom
        // Hale responded by saying").
        if (verb > sentenceStart && SpeechCues.IsParticiple(Document, verb) && Document.IsLowerWord(verb - 1)
            && Document.Text(verb - 1) is "by" or "after" or "before" or "while" or "when" or "without")
        {
            return (Document.LastCommaBefore(sentenceStart, verb - 1) >= 0 ? Subjects.ClauseSubject(sentenceStart, verb - 1) : null)
                ?? Subjects.MainSubject(sentenceStart, verb)
                ?? (verb - 3 >= sentenceStart && Document.IsLowerWord(verb - 2) && Tokens[verb - 2].Quote < 0
                    ? Subjects.Before(verb - 3, sentenceStart)
                    : null);
        }

        // "The government must stop referring to the protests as “…”", "Jo Lee kept calling it “…”": the "-ing" verb after a
        // verb of beginning or stopping speaks for that verb's subject.
        if (verb - 1 > sentenceStart && SpeechCues.IsParticiple(Document, verb) && Document.IsLowerWord(verb - 1)
            && Lexicon.IsAspectualVerb(Document.Text(verb - 1)))
        {
            return Subjects.Before(verb - 2, sentenceStart);
        }

        // "Jo Lee was filmed saying “…”", "she was caught on camera saying": the one heard or seen speaks.
        if (SpeechCues.IsParticiple(Document, verb) && PerceivedAuxiliary(verb - 1, sentenceStart) is var perceived and >= 0)
        {
            return Subjects.Before(perceived - 1, sentenceStart);
        }

        // "Jo Lee addressed the Senate saying “…”", "Jo Lee criticised the government saying": a body that a verb takes
        // as its object does not speak the participle after it; the sentence's subject does ("a video showed Jo Lee
        // saying" is Jo Lee's words).
        if (SpeechCues.IsParticiple(Document, verb) && Subjects.VerbOfObjectBody(verb - 1, sentenceStart) is var objectVerb and >= 0)
        {
            return Subjects.ClauseSubject(sentenceStart, objectVerb) ?? Subjects.MainSubject(sentenceStart, objectVerb + 1);
        }

        // "Jo Lee decided not to play for the Federation saying “…”", "Jo Lee wrote a letter to Prime Minister Tom Hale arguing
        // “…”", "Jo Lee issued a statement outside Washington saying “…”": a body after a preposition, the person written or
        // spoken to and a place are objects and do not speak the participle after them; the subject before them does.
        if (SpeechCues.IsParticiple(Document, verb) && ObjectPhraseBefore(verb - 1, sentenceStart) is var objectPhrase and >= 0)
        {
            return Subjects.ClauseSubject(sentenceStart, objectPhrase) ?? Subjects.MainSubject(sentenceStart, objectPhrase);
        }

        // "It is, says Tomas Brandt, “the best job in the world”", "The plan, says the mayor, is “…”": a speech clause set off
        // by commas, its subject after the verb; "told" has the one told after it ("Jo Lee, whose …, told ABC News, “…”").
        if (verb > sentenceStart && Document.IsPunctuation(verb - 1, ',') && !SpeechCues.IsParticiple(Document, verb)
            && !Lexicon.IsTellVerb(Document.Text(verb))
            && Subjects.After(verb + 1, open, AttributionRule.SpeechVerb, 2) is { } inverted
            && inverted.EndToken < open && Document.IsPunctuation(inverted.EndToken, ','))
        {
            return inverted;
        }

        return Subjects.Before(verb - 1, sentenceStart) ?? SubjectOfDocument(verb, sentenceStart) ?? SubjectPastThing(verb, sentenceStart);
    }

    /// <summary>
    /// "Met Office Chief of Science and Technology, Professor Stephen Belcher, said he was not “…”, adding it is “…”": the
    /// person set off by commas right before the sentence's first verb of saying, before the participle at
    /// <paramref name="participle"/>, who speaks for both (the sentence's main subject would be the title before them); a
    /// name of two words or more ("counsel, Chief Jo Lee, SAN, urged": a post-nominal is no person); null when no such
    /// appositive person stands there.
    /// </summary>
    private Subject? SpeakerOfVerbBefore(int sentenceStart, int participle)
    {
        for (int k = sentenceStart + 2; k < participle - 1; k++)
        {
            if (Tokens[k].Quote >= 0 || !Document.IsSpeechVerbUse(k) || SpeechCues.IsParticiple(Document, k))
            {
                continue;
            }

            return Document.IsPunctuation(k - 1, ',') && Subjects.Before(k - 1, sentenceStart) is { Pronoun: PronounKind.None, Nominal: false } person
                && person.EndToken - person.FirstToken >= 2 && person.FirstToken > sentenceStart && Document.IsPunctuation(person.FirstToken - 1, ',')
                ? person
                : null;
        }

        return null;
    }

    /// <summary>The first token of a phrase ending at <paramref name="k"/> whose name is an object, no speaker: a body after a
    /// preposition, a person after "to", or a place; -1 when there is none.</summary>
    private int ObjectPhraseBefore(int k, int sentenceStart)
    {
        int start = Subjects.PrepositionBeforeBody(k, sentenceStart);
        start = start >= 0 ? start : Subjects.ToBeforePerson(k, sentenceStart);
        return start >= 0 ? start : Subjects.PlacePhraseBefore(k, sentenceStart);
    }

    /// <summary>"was filmed", "were heard", "was caught on camera", "was recorded in a video": the passive auxiliary of a verb
    /// of hearing or seeing that ends at <paramref name="k"/>, before a participle of speech; -1 when there is none.</summary>
    private int PerceivedAuxiliary(int k, int sentenceStart)
    {
        if (k > sentenceStart && Document.Text(k) is "video" or "camera" or "tape" or "film" or "footage")
        {
            k -= Document.Text(k - 1) is "a" or "the" ? 2 : 1;
            if (k <= sentenceStart || Document.Text(k) is not ("on" or "in"))
            {
                return -1;
            }

            k--;
        }

        return k > sentenceStart && Tokens[k].Quote < 0
            && Document.Text(k) is "filmed" or "recorded" or "captured" or "caught" or "heard" or "overheard" or "seen"
                or "videotaped" or "taped" or "shown"
            && SpeechCues.IsPassiveAuxiliary(Document, k - 1)
            ? k - 1
            : -1;
    }

    /// <summary>"The U.N. said it has no plans to leave the country saying “…”": a participle right after a determiner's
    /// noun that names no one (no role, group, document or sign, no word of a doer in "-er", "-or", "-man" or "-ist")
    /// speaks for the sentence's subject when no comma sets off a clause between them ("…, as members stood in the aisles
    /// shouting" may have a subject of its own); else null.</summary>
    private Subject? SubjectPastThing(int verb, int sentenceStart)
    {
        int noun = verb - 1;
        if (noun - 1 <= sentenceStart || !SpeechCues.IsParticiple(Document, verb) || !Document.IsLowerWord(noun) || Tokens[noun].Quote >= 0)
        {
            return null;
        }

        // "the royalty dispute", "Alberta's oil and gas royalty dispute": up to four lower-case modifiers (one may be "and")
        // after the determiner or owner.
        int determiner = noun - 1;
        while (determiner > sentenceStart && determiner >= noun - MaxThingModifiers && Document.IsLowerWord(determiner) && Tokens[determiner].Quote < 0
            && !Lexicon.IsDeterminer(Document.Text(determiner)) && !Lexicon.IsPreposition(Document.Text(determiner))
            && (Document.Text(determiner) is "and" || !Lexicon.IsClauseWord(Document.Text(determiner))) && !SpeechCues.IsSpeechVerb(Document, determiner))
        {
            determiner--;
        }

        // "the third and final reading of the law": after modifiers, "reading" is a noun.
        if (determiner <= sentenceStart || !(Lexicon.IsDeterminer(Document.Text(determiner)) || Document.IsPossessive(determiner))
            || (determiner < noun - 1 && Document.Text(verb) is "reading"))
        {
            return null;
        }

        string word = Document.Text(noun);
        bool namesSomeone = Lexicon.NominalKind(word) != NameKind.Unknown || Lexicon.IsSpeakerNoun(word) || Lexicon.IsSignNoun(word)
            || Lexicon.HasDoersEnding(word) || word.EndsWith("ist", StringComparison.Ordinal);
        if (namesSomeone)
        {
            return null;
        }

        // "On June 8, an official stood by the claim saying": the subject of the clause after a comma, else the sentence's;
        // but a clause opened by "as", "while" … has a subject of its own ("…, as opposition members stood shouting").
        int comma = Document.LastCommaBefore(sentenceStart, noun);
        return comma < 0 ? Subjects.MainSubject(sentenceStart, noun)
            : Subjects.ClauseSubject(sentenceStart, noun)
                ?? (Document.IsLowerWord(comma + 1) && Lexicon.IsClauseWord(Document.Text(comma + 1)) ? null : Subjects.MainSubject(sentenceStart, noun));
    }

    /// <summary>"President Trump delivered a speech declaring himself the “…”", "The ministry issued a statement on Monday
    /// saying": a participle after a document or speech (and a phrase of time) quotes the sentence's subject; else null.</summary>
    private Subject? SubjectOfDocument(int verb, int sentenceStart)
    {
        if (verb <= sentenceStart || !SpeechCues.IsParticiple(Document, verb))
        {
            return null;
        }

        int document = Subjects.BeforeAdverbial(verb - 1, sentenceStart);
        return Document.IsLowerWord(document) && Lexicon.IsSpeakerNoun(Document.Text(document)) ? Subjects.MainSubject(sentenceStart, document + 1) : null;
    }
}
