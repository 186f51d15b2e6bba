
namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// The last, least precise stage: a quote that opens its sentence with no attribution of its own, right after a
/// sentence (same or previous paragraph) that reports someone's speech, takes that sentence's speaker: "Barton said
/// the attack was planned. ¶ “The attacker was using a couple of guns …”", or the speaker of that sentence's quote; a
/// sentence that reports an act of speech by its noun ("Jo Lee issued a statement. ¶ “…”") speaks too.
/// </summary>
internal sealed class PreviousSentenceSieve : AttributionSieve
{
    /// <summary>How many words may stand between "asked" and the one asked: "asked glaciologist Jo Lee", "asked what she
    /// believes".</summary>
    private const int MaxWordsBeforeAsked = 1;

    /// <summary>How many quotes before a question its answerer's last words may stand.</summary>
    private const int MaxQuotesBeforeQuestion = 4;

    /// <summary>How many paragraphs before a question its answerer may have been named, when no one has spoken before it.</summary>
    private const int MaxParagraphsBeforeQuestion = 2;

    public PreviousSentenceSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    /// <summary>The subject of the previous sentence's speech verb; null when the quote does not open its sentence,
    /// or the previous sentence reports no speech.</summary>
    public override Subject? Find(int q)
    {
        int open = Document.OpenToken[q];
        int sentenceIndex = Document.TokenSentence[open];
        var sentence = Document.Sentences[sentenceIndex];
        if ((sentence.FirstToken != open && !OpensWithParticipleOnly(sentence.FirstToken, open)) || sentenceIndex == 0)
        {
            return null;
        }

        var previous = Document.Sentences[sentenceIndex - 1];
        if (previous.Paragraph < sentence.Paragraph - 1)
        {
            return null;
        }

        int low = System.Math.Max(previous.FirstToken, previous.EndToken - SubjectFinder.MaxScanTokens);
        Subject? subordinate = null;
        for (int k = previous.EndToken - 1; k >= low; k--)
        {
            if (Tokens[k].Quote >= 0 || !SpeechCues.IsSpeechVerbUse(Document, k))
            {
                continue;
            }

            // "Jo Lee addressed the council, saying: ¶ “…”": a participle that introduces the quote with a colon speaks for
            // its clause's subject; any other participle belongs to its own clause.
            bool participle = SpeechCues.IsParticiple(Document, k);
            if (participle && !(k > previous.FirstToken && Document.IsPunctuation(k - 1, ',') && k + 1 < previous.EndToken
                && Document.IsPunctuation(k + 1, ':')))
            {
                continue;
            }

            if (OpensAskedClause(k))
            {
                continue;
            }

            // "Wikinews asked Dela Paz what had been hardest. ¶ “Honestly? The paperwork.”", "“Why?” Wikinews asked. ¶ “…”": the
            // quote after a question answers it, so it is the words of the one asked, never the asker's.
            if (!participle && IsQuestionAsked(k))
            {
                var asked = OneAsked(k, previous.EndToken);
                if (asked is not { Nominal: true })
                {
                    return asked is { } addressee ? addressee with { LastToken = -1 } : null;
                }
            }

            // "He was also interviewed on Tuesday, and said he does not regret it. “…”": a verb after "and" or "but" speaks for
            // the sentence's subject, when no verb of saying before it reports another clause ("Reuters reported that an official
            // confirmed …, and said").
            var found = participle || (k > previous.FirstToken && Document.Text(k - 1) is "and" or "but"
                    && !SpeechCues.HasSpeechVerbBefore(Document, previous.FirstToken, k - 1))
                ? Subjects.ClauseSubject(previous.FirstToken, k - 1) ?? Subjects.MainSubject(previous.FirstToken, k)
                : InvertedAfterComma(k, previous.EndToken) ?? Subjects.PartySpokenWith(Subjects.Before(k - 1, previous.FirstToken), k, previous.EndToken);

            // "Police based in Tipperary said: ¶ “…”": a verb that ends its sentence with a colon speaks for the sentence's
            // subject when the words right before it name none.
            found ??= k + 2 == previous.EndToken && Document.IsPunctuation(k + 1, ':') ? Subjects.MainSubject(previous.FirstToken, k) : null;

            // "He said the world was an example of what astronomers called warm giants. “…”": a verb in a clause of what
            // someone calls a thing names it, and reports no words of theirs.
            if (found is { } naming && naming.FirstToken > previous.FirstToken && Document.Text(naming.FirstToken - 1) is "what")
            {
                continue;
            }

            // "Jo Lee said the figures spoke for themselves. “…”": a verb of the reported clause whose subject is no
            // speaker gives way to the verb that reports it; so does one of a clause of time or reason ("Jo Lee said she
            // agreed, minutes after doctors told her. “…”").
            if (found is { } subject)
            {
                if (!OpensSubordinateClause(subject.FirstToken - 1, previous.FirstToken))
                {
                    return subject with { Rule = AttributionRule.PreviousSentence, LastToken = -1 };
                }

                // "John Rhys-Davies broke news when he revealed": the clause's speaker when the sentence has no other.
                subordinate ??= subject with { Rule = AttributionRule.PreviousSentence, LastToken = -1 };
            }
        }

        if (subordinate is { } onlySpeaker)
        {
            return onlySpeaker;
        }

        return SpeechEventSubject(previous) ?? MannerSubject(previous, sentence) ?? AskedSubject(previous);
    }

    /// <summary>"Farmers needed support, said Theo Smith. “…”": a verb after a comma whose subject after it ends the sentence
    /// or stands before a comma (not "…, says Jo Lee changed how …", nor "…, said he had").</summary>
    private Subject? InvertedAfterComma(int verb, int end)
        => Subjects.AfterVerbOpeningClause(verb, end, 3) is { Pronoun: PronounKind.None } subject
            && (subject.EndToken >= end || Tokens[subject.EndToken].Kind == TokenKind.Punctuation)
            ? subject
            : null;

    /// <summary>
    /// "Asked what kept her going, Gurung paused. “…”", "Asked to respond, the mayor laughed. ¶ “…”": a sentence that opens
    /// with "Asked" (or "When asked", "If asked": <see cref="OpensAskedClause"/>) and a comma puts a question to its subject,
    /// whose answer the quote after it is; null otherwise.
    /// </summary>
    private Subject? AskedSubject(SentenceInfo previous)
    {
        int k = previous.FirstToken;
        if (k + 1 < previous.EndToken && OpensAskedClause(k + 1))
        {
            k++;
        }
        else if (Document.Text(k) is not "Asked")
        {
            return null;
        }

        if (SpeechCues.HoldsQuote(Document, previous.FirstToken, previous.EndToken))
        {
            return null;
        }

        for (int comma = k + 1; comma < previous.EndToken && comma <= k + SubjectFinder.MaxScanTokens; comma++)
        {
            if (Document.IsPunctuation(comma, ','))
            {
                return Subjects.MainSubject(comma + 1, previous.EndToken) is { } subject
                    ? subject with { Rule = AttributionRule.PreviousSentence, LastToken = -1 }
                    : null;
            }
        }

        return null;
    }

    /// <summary>"asked", "asks" in the active voice: the one asked is after the verb ("was asked" has them before it, "When
    /// asked …, Jo Lee" after the clause, which <see cref="AskedSubject"/> reads).</summary>
    private bool IsQuestionAsked(int k)
        => Document.Text(k) is "asked" or "asks" && !(k > 0 && SpeechCues.IsPassiveAuxiliary(Document, k - 1)) && !OpensAskedClause(k);

    /// <summary>"Further adding, “…”", "Adding: “…”": a speech participle with no subject, an adverb before it or none, a
    /// comma or colon after it, is all that stands before the quote at <paramref name="open"/> in its sentence.</summary>
    private bool OpensWithParticipleOnly(int first, int open)
    {
        int verb = open - 1 >= first && (Document.IsPunctuation(open - 1, ',') || Document.IsPunctuation(open - 1, ':')) ? open - 2 : open - 1;
        return verb >= first && verb <= first + 1 && Tokens[verb].Quote < 0 && SpeechCues.IsParticiple(Document, verb)
            && SpeechCues.IsSpeechVerb(Document, verb)
            && (verb == first || Document.Text(first) is "Further" or "Also" or "Then" or "Later" or "Finally");
    }

    /// <summary>"When asked", "If asked": a clause that puts a question to the subject after it.</summary>
    private bool OpensAskedClause(int k)
        => Document.Text(k) is "asked" && k > 0 && Document.Text(k - 1) is "When" or "when" or "If" or "if" or "Once" or "once";

    /// <summary>Whether the word at <paramref name="k"/> opens a clause of time, reason or condition ("after", "when",
    /// "because": the words that open such a clause before a subject, and "whereas", "unless"), inside the sentence from
    /// <paramref name="first"/>.</summary>
    private bool OpensSubordinateClause(int k, int first)
        => k > first && Document.IsLowerWord(k)
            && (Lexicon.IsOpeningSubordinator(Document.Text(k)) || Document.Text(k) is "whereas" or "unless" or "whether");

    /// <summary>
    /// "Ines Duarte smiled. “Who knows?”", "Tomas Brandt laughed. “Not a chance.”": the subject of a sentence of the same
    /// paragraph that ends in a verb of manner speaks the quote after it; null otherwise.
    /// </summary>
    private Subject? MannerSubject(SentenceInfo previous, SentenceInfo sentence)
    {
        int verb = previous.EndToken - 2;
        return previous.Paragraph == sentence.Paragraph && verb > previous.FirstToken && Document.IsPunctuation(previous.EndToken - 1, '.')
            && Document.IsLowerWord(verb) && Lexicon.IsMannerVerb(Document.Text(verb))
            && Subjects.Before(verb - 1, previous.FirstToken) is { } subject
            ? subject with { Rule = AttributionRule.PreviousSentence, LastToken = -1 }
            : null;
    }

    /// <summary>
    /// "Jo Lee issued a statement on Monday. ¶ “…”", "The ministry held a news conference. “…”": the subject of a sentence
    /// that reports an act of speech by its noun (a statement, speech, news conference, interview, briefing) with no speech
    /// verb; null if it names no such act or its subject is no name or role noun.
    /// </summary>
    private Subject? SpeechEventSubject(SentenceInfo previous)
    {
        if (SpeechCues.HoldsQuote(Document, previous.FirstToken, previous.EndToken))
        {
            return null;
        }

        for (int k = previous.FirstToken + 2; k < previous.EndToken; k++)
        {
            if (!Document.IsLowerWord(k) || !Lexicon.IsSpeechEventNoun(Document.Text(k)))
            {
                continue;
            }

            // "issued a statement", "held a news conference": the act is the object of its verb, not "after the speech".
            int determiner = Lexicon.IsDeterminer(Document.Text(k - 1)) ? k - 1 : k - 2;
            if (determiner > previous.FirstToken && Lexicon.IsDeterminer(Document.Text(determiner))
                && Document.Text(determiner - 1) is "issued" or "released" or "gave" or "held" or "delivered" or "made" or "published")
            {
                return Subjects.MainSubject(previous.FirstToken, determiner) is { Pronoun: PronounKind.None } subject
                    ? subject with { Rule = AttributionRule.PreviousSentence, LastToken = -1 }
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether quote <paramref name="q"/> opens its sentence right after a question quote (the one before it) that the
    /// sentence before asks of no one named: "“How far away were you?” Bell asked. ¶ “Maybe thirty feet.”", "Wikinews
    /// asked: “How many?” ¶ “About 1,100.”" (the question may end a sentence of its own before "Bell asked."). The quote
    /// answers it, so it is not the asker's.
    /// </summary>
    public bool AnswersQuestion(int q)
    {
        int open = Document.OpenToken[q];
        int sentenceIndex = Document.TokenSentence[open];
        int question = q == 0 ? -1 : Document.OpenToken[q - 1];
        if (question < 0 || sentenceIndex == 0 || Document.Sentences[sentenceIndex].FirstToken != open
            || Document.TokenSentence[question] < sentenceIndex - 2)
        {
            return false;
        }

        var previous = Document.Sentences[sentenceIndex - 1];
        for (int k = previous.FirstToken; k < previous.EndToken; k++)
        {
            if (Tokens[k].Quote < 0 && IsQuestionAsked(k) && OneAsked(k, previous.EndToken) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The answerer of a question <see cref="AnswersQuestion"/> found: the speaker of the last quote before the
    /// question who is not its asker, within <see cref="MaxQuotesBeforeQuestion"/> quotes; else, when no one has spoken
    /// yet, the person named last before the question, within <see cref="MaxParagraphsBeforeQuestion"/> paragraphs ("Jo
    /// Lee swam the strait. Wikinews spoke to her on Sunday. “What was the hardest moment?” Wikinews asked. ¶ “…”"); null
    /// otherwise.</summary>
    public Speaker? AnswerSpeaker(int q)
    {
        // "“About 1,100,” she said. ¶ Wikinews then asked whether the town could go on. ¶ “Only with help …”": a question
        // reported in the sentence before, with no quote of its own, is put to the one who answered before.
        if (Document.TokenSentence[Document.OpenToken[q - 1]] < Document.TokenSentence[Document.OpenToken[q]] - 1 && !Document.IsQuestion(q - 1))
        {
            return Context.Speakers[q - 1];
        }

        if (Context.Speakers[q - 1] is not { } asker)
        {
            return null;
        }

        bool spoken = false;
        for (int before = q - 2; before >= 0 && before >= q - 1 - MaxQuotesBeforeQuestion; before--)
        {
            if (Context.Speakers[before] is { } other)
            {
                if (other.Name != asker.Name)
                {
                    return other;
                }

                spoken = true;
            }
        }

        return spoken ? null : PersonNamedBefore(Document.OpenToken[q - 1], asker.Name);
    }

    /// <summary>The person named last before <paramref name="token"/> (not <paramref name="asker"/>), within <see
    /// cref="MaxParagraphsBeforeQuestion"/> paragraphs; null when none is.</summary>
    private Speaker? PersonNamedBefore(int token, string asker)
    {
        int paragraph = Document.Sentences[Document.TokenSentence[token]].Paragraph;
        int index = Context.LastOccurrenceStartingBefore(Tokens[token].Start);
        for (; index >= 0 && Context.Occurrences[index].Paragraph >= paragraph - MaxParagraphsBeforeQuestion; index--)
        {
            var occurrence = Context.Occurrences[index];
            if (occurrence.Kind == NameKind.Person && occurrence.Name != asker)
            {
                return new Speaker(occurrence.Entity, occurrence.Name, NameKind.Person);
            }
        }

        return null;
    }

    /// <summary>The one asked after the question verb at <paramref name="k"/>: "asked Dela Paz", "asked glaciologist Jo Lee",
    /// "asked her", or the subject of the question asked ("asked what she believes", "asked whether he would"); null when
    /// the question names no one ("asked: “…”", "asked whether the plan would work").</summary>
    private Subject? OneAsked(int k, int end)
    {
        if (k + 2 < end && Lexicon.IsQuestionWord(Document.Text(k + 1))
            && Lexicon.GetPronoun(Document.Text(k + 2)) == PronounKind.Person)
        {
            return new Subject(k + 2, k + 3, PronounKind.Person, AttributionRule.PreviousSentence, -1);
        }

        return Subjects.After(k + 1, end, AttributionRule.PreviousSentence, MaxWordsBeforeAsked);
    }

    /// <summary>The speaker of the last quote of the previous sentence, when that sentence is in the previous paragraph
    /// and the quote opens its own paragraph: a quote carried on over a paragraph break.</summary>
    public Speaker? PreviousQuoteSpeaker(int q)
    {
        if (q == 0 || Context.Speakers[q - 1] is not { } speaker)
        {
            return null;
        }

        int open = Document.OpenToken[q];
        int previousOpen = Document.OpenToken[q - 1];
        var quotes = Document.Quotes;
        return previousOpen >= 0
            && quotes[q - 1].Paragraph == quotes[q].Paragraph - 1
            && Document.ParagraphTokenStart[quotes[q].Paragraph] == open
            && Document.TokenSentence[previousOpen] == Document.TokenSentence[open] - 1
            ? speaker
            : null;
    }
}
