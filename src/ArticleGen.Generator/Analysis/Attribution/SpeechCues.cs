using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>How a token of the body reads as part of a speech clause: a speech verb, a participle, a passive auxiliary.</summary>
internal static class SpeechCues
{
    public static bool IsSpeechVerb(BodyDocument document, int token)
        => document.Tokens[token].Kind == TokenKind.Word
            && (Lexicon.IsSpeechVerb(document.Text(token)) || IsPhrasalSpeechVerb(document, token) || ViewsAsQuoted(document, token)
                || EstimatesThat(document, token))
            && !IsStateBeforeNoun(document, token) && !AnswersACount(document, token);

    /// <summary>"state senator", "state media", "state police", "state news agency", "state Senator Jo Lee": "state" before a
    /// noun of a role or a body (or one word and such a noun), or before a capitalised title, is its modifier, no verb.</summary>
    public static bool IsStateBeforeNoun(BodyDocument document, int token)
        => document.Text(token) is "state"
            && (IsLowerNominal(document, token + 1) || (IsLowerWordAt(document, token + 1) && IsLowerNominal(document, token + 2))
                || (token + 1 < document.Tokens.Length && document.Tokens[token + 1].Quote < 0 && document.IsCapitalised(token + 1)
                    && Lexicon.IsTitle(document.Word(token + 1))));

    /// <summary>Whether a lower-case word outside quotes stands at <paramref name="token"/>.</summary>
    private static bool IsLowerWordAt(BodyDocument document, int token)
        => token < document.Tokens.Length && document.IsLowerWord(token) && document.Tokens[token].Quote < 0;

    /// <summary>Whether a lower-case noun of a role or a body stands at <paramref name="token"/>, outside quotes.</summary>
    private static bool IsLowerNominal(BodyDocument document, int token)
        => IsLowerWordAt(document, token) && Lexicon.NominalKind(document.Text(token)) != NameKind.Unknown;

    /// <summary>"Putin views the troops as “a threat”", "regarded the ruling as “…”": a view put in the holder's words, as
    /// "described … as" would; only when "as" opens the quote a few words on, in the same sentence.</summary>
    private static bool ViewsAsQuoted(BodyDocument document, int token)
    {
        if (document.Text(token) is not ("view" or "views" or "viewed" or "regard" or "regards" or "regarded" or "see" or "sees" or "saw"))
        {
            return false;
        }

        int sentenceEnd = document.Sentences[document.TokenSentence[token]].EndToken;
        for (int k = token + 1; k + 1 < sentenceEnd && k <= token + MaxViewObjectTokens && document.Tokens[k].Quote < 0; k++)
        {
            if (document.Text(k) is "as")
            {
                return document.Tokens[k + 1].Quote >= 0;
            }
        }

        return false;
    }

    /// <summary>How far "as" may stand after a verb of viewing: an object of a few words ("the arrival of US troops in Poland").</summary>
    private const int MaxViewObjectTokens = 10;

    /// <summary>"“…,” the minister shot back", "hit back", "fired back": a retort; "“…,” Jo Lee pointed out": a remark. Verbs
    /// that say only with their particle.</summary>
    private static bool IsPhrasalSpeechVerb(BodyDocument document, int token)
    {
        // The particle is matched first, in the body's characters: this runs for every word asked about.
        if (token + 1 >= document.Tokens.Length || document.Tokens[token + 1] is not { Quote: < 0, Length: 3 or 4 } next)
        {
            return false;
        }

        return next.Length == 4
            ? string.CompareOrdinal(document.Body, next.Start, "back", 0, 4) == 0
                && document.Text(token) is "shot" or "shoots" or "hit" or "hits" or "fired" or "fires"
            : string.CompareOrdinal(document.Body, next.Start, "out", 0, 3) == 0
                && document.Text(token) is "pointed" or "points" or "point" or "pointing";
    }

    /// <summary>"The CBO estimated that the act “would result in …”": a verb of estimating reports a finding only before
    /// "that" ("an estimated 300 people", "estimated the cost at" report none).</summary>
    private static bool EstimatesThat(BodyDocument document, int token)
        => token + 1 < document.Tokens.Length && document.Tokens[token + 1].Quote < 0 && document.Text(token + 1) is "that"
            && document.Text(token) is "estimated" or "estimates" or "estimate";

    /// <summary>"said", "told", "wrote", "announced": a past form, a verb after a platform's name ("Facebook said"), where
    /// "a Facebook post" is a noun.</summary>
    private static bool IsPastForm(string word) => word is "said" or "told" or "wrote" || word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>A speech-verb form used as a verb: not right after a determiner or possessive ("the call", "Trump's
    /// statement"), a preposition ("in remarks published by CNN", "with comments") or a platform ("a Facebook post"; a past
    /// form there is a verb, "Facebook said"), nor before a role noun and its verb ("state media reported"). "these" and
    /// "those" go before a plural noun ("these claims") but also stand for people ("One of these told Reuters").</summary>
    public static bool IsSpeechVerbUse(BodyDocument document, int token) => document.IsSpeechVerbUse(token);

    /// <summary>Reads <see cref="IsSpeechVerbUse"/> for the token; <see cref="BodyDocument"/> keeps the answer.</summary>
    internal static bool ReadSpeechVerbUse(BodyDocument document, int token)
        => IsSpeechVerb(document, token)
            && !(token > 0 && document.Tokens[token - 1].Kind == TokenKind.Word
                && ((IsDeterminerAnyCase(document.Text(token - 1)) && !IsVerbAfterDemonstrative(document, token))
                    || IsNounAfterThat(document, token)
                    || IsPluralAfterPrepositionOrQuantity(document, token)
                    || IsNounAfterModifier(document, token)
                    || (Lexicon.IsPlatform(document.Text(token - 1)) && !IsPastForm(document.Text(token)))))
            && !ModifiesRoleNoun(document, token)
            && !IsPluralBeforeVerb(document, token)
            && !IsPluralAfterSaid(document, token)
            && !KeepsAThing(document, token)
            && !IsStatesNoun(document, token)
            && !RulesOut(document, token)
            && !ContinuesToAct(document, token)
            && !TakesUpActivity(document, token)
            && !DescribesDocument(document, token);

    /// <summary>"Keillor began writing after deciding …": an "-ing" verb of speech after a verb of beginning or stopping, with
    /// no "that" after it and no quote in the rest of its sentence, is an activity taken up, no report ("began saying “…”",
    /// "cease referring to the protests as “riots”" report).</summary>
    private static bool TakesUpActivity(BodyDocument document, int token)
    {
        if (token == 0 || !document.Text(token).EndsWith("ing", StringComparison.Ordinal) || !document.IsLowerWord(token - 1)
            || !Lexicon.IsAspectualVerb(document.Text(token - 1)) || (token + 1 < document.Tokens.Length && document.Text(token + 1) is "that"))
        {
            return false;
        }

        int end = Math.Min(document.Sentences[document.TokenSentence[token]].EndToken, token + SubjectFinder.MaxScanTokens);
        return !HoldsQuote(document, token + 1, end);
    }

    /// <summary>"in a statement posted on its website", "a letter sent to members": a participle of making public right after
    /// a document's noun that "a" or "an" brings in describes the document, and the speaker is who said it there ("a
    /// statement issued by X" names its author by "by"; "The statement continued" and "the notice alleged" speak).</summary>
    private static bool DescribesDocument(BodyDocument document, int token)
        => token > 1 && document.Text(token - 2) is "a" or "an" && document.IsLowerWord(token - 1)
            && Lexicon.IsDocumentNoun(document.Text(token - 1)) && Lexicon.IsPublishingParticiple(document.Text(token))
            && !(token + 1 < document.Tokens.Length && document.Text(token + 1) is "by");

    /// <summary>"Tokyo would continue to seek a resolution “…”", "She wants to continue gracing magazine covers", "search
    /// operations were continuing at “…”": "continue to", "continue" and an "-ing" verb, or "continue" and a preposition of
    /// place or time goes on doing, and says nothing itself ("“…,” he continued" and "continued: “…”" do).</summary>
    private static bool ContinuesToAct(BodyDocument document, int token)
        => document.Text(token) is "continue" or "continues" or "continued" or "continuing"
            && token + 1 < document.Tokens.Length
            && (document.Text(token + 1) is "to" or "at" or "until" or "through" or "throughout" or "into" or "across" or "around"
                || (document.IsLowerWord(token + 1) && document.Text(token + 1).EndsWith("ing", StringComparison.Ordinal)));

    /// <summary>"ruled out a “snap election”": "ruled out" excludes a thing; "ruled that …" gives a decision's words.</summary>
    private static bool RulesOut(BodyDocument document, int token)
        => document.Text(token) is "ruled" && token + 1 < document.Tokens.Length && document.Text(token + 1) is "out";

    /// <summary>"the Iranians had agreed only to “cosmetic concessions”", "agreed to a ceasefire": "agree to" consents to a
    /// thing, so the quote after it is not its subject's words ("agreed that …" and "agreed it was …" are); the verb still
    /// tells that the sentence reports what was agreed.</summary>
    public static bool AgreesToSomething(BodyDocument document, int token)
    {
        if (!document.Text(token).StartsWith("agree", StringComparison.Ordinal))
        {
            return false;
        }

        int next = token + 1;
        if (next < document.Tokens.Length && document.Text(next) is "only" or "just" or "also" or "not")
        {
            next++;
        }

        return next < document.Tokens.Length && document.Tokens[next].Quote < 0 && document.Text(next) is "to";
    }

    /// <summary>"Kano and Sokoto states by the end of the month", "the Gulf states." : "states" before a preposition, a
    /// conjunction or the end of a clause is the plural noun ("Jo Lee states that …" keeps its verb); so is "states" one word
    /// after a verb of saying or asking, the object it addresses ("asked EU states “to find …”", "urged member states").</summary>
    private static bool IsStatesNoun(BodyDocument document, int token)
        => document.Text(token) == "states" && token + 1 < document.Tokens.Length
            && ((document.Tokens[token + 1].Kind == TokenKind.Punctuation
                    ? document.Body[document.Tokens[token + 1].Start] is '.' or ';' or ')'
                    : Lexicon.IsPreposition(document.Text(token + 1)) || document.Text(token + 1) is "and" or "or")
                || (token >= 2 && document.IsLowerWord(token - 2) && document.Tokens[token - 1].Kind == TokenKind.Word
                    && Lexicon.GetPronoun(document.Text(token - 1)) == PronounKind.None
                    && (Lexicon.IsSpeechVerb(document.Text(token - 2)) || Lexicon.IsDirectiveVerb(document.Text(token - 2)))));

    /// <summary>"was maintaining a heightened state", "maintained the bridge", "to maintain sanctions": "maintain" before a
    /// determiner or a lower-case noun keeps a thing, it says nothing ("maintained that …", "maintained it was …" and
    /// "maintained on Monday that …" do).</summary>
    private static bool KeepsAThing(BodyDocument document, int token)
    {
        if (!document.Text(token).StartsWith("maintain", StringComparison.Ordinal) || token + 1 >= document.Tokens.Length
            || document.Tokens[token + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        string next = document.Text(token + 1);
        return Lexicon.IsDeterminer(next)
            || (document.IsLowerWord(token + 1) && next is not ("that" or "yesterday" or "today" or "again" or "throughout")
                && Lexicon.GetPronoun(next) == PronounKind.None && next is not ("we" or "you" or "i")
                && !Lexicon.IsPreposition(next) && !Lexicon.IsAuxiliary(next) && !next.EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>"the chatbot had answered more than 18,000 queries", "answers 400 calls a day": "answer" before a count
    /// handles that many things, it reports no words.</summary>
    private static bool AnswersACount(BodyDocument document, int token)
    {
        if (!document.Text(token).StartsWith("answer", StringComparison.Ordinal))
        {
            return false;
        }

        int count = token + 3 < document.Tokens.Length && document.Text(token + 1) is "more" or "fewer" && document.Text(token + 2) is "than"
            ? token + 3
            : token + 1;
        return count < document.Tokens.Length && document.Tokens[count].Kind == TokenKind.Word && document.Tokens[count].Quote < 0
            && Lexicon.IsNumber(document.Text(count));
    }

    /// <summary>"member states must", "the reports were": an -s form before a modal or an auxiliary of the plural is a
    /// plural noun, never a verb of the third person ("she states must" is no English).</summary>
    private static bool IsPluralBeforeVerb(BodyDocument document, int token)
        => document.Text(token).EndsWith("s", StringComparison.Ordinal) && token + 1 < document.Tokens.Length
            && document.Text(token + 1) is "must" or "will" or "would" or "should" or "can" or "could" or "may" or "might"
                or "shall" or "have" or "had" or "are" or "were" or "do" or "did";

    /// <summary>"The commission said promises of free goods should", "Jo Lee said claims of fraud were false": an -s form
    /// right after "said" or "says" is a plural noun that opens the clause reported, never a verb of the third person.</summary>
    private static bool IsPluralAfterSaid(BodyDocument document, int token)
        => token > 0 && document.Text(token - 1) is "said" or "says" && document.Text(token).EndsWith("s", StringComparison.Ordinal);

    /// <summary>A determiner, also capitalised at a sentence's start: "The report was …" opens with a noun, not a verb.</summary>
    private static bool IsDeterminerAnyCase(string word)
        => Lexicon.IsDeterminer(word)
            || (word.Length > 1 && char.IsUpper(word[0]) && Lexicon.IsDeterminer(char.ToLowerInvariant(word[0]) + word.Substring(1)));

    /// <summary>"Girard called that claim “…”", "he rejected that report": a speech-verb form that is also a noun, after "that"
    /// after a verb (a speech verb or an "-ed" form), is that noun; "groups that claim" keeps its verb.</summary>
    private static bool IsNounAfterThat(BodyDocument document, int token)
        => token >= 2 && document.Text(token - 1) is "that" && Lexicon.IsSpeechNoun(document.Text(token))
            && document.IsLowerWord(token - 2)
            && (Lexicon.IsSpeechVerb(document.Text(token - 2)) || document.Text(token - 2).EndsWith("ed", StringComparison.Ordinal));

    private static bool IsVerbAfterDemonstrative(BodyDocument document, int token)
        => document.Text(token - 1) is "these" or "those" or "These" or "Those" && !document.Text(token).EndsWith("s", StringComparison.Ordinal);

    /// <summary>"state media reported", "state police said": a speech-verb form before a role noun that a speech verb follows.</summary>
    private static bool ModifiesRoleNoun(BodyDocument document, int token)
        => token + 2 < document.Tokens.Length && document.IsLowerWord(token + 1)
            && Lexicon.NominalKind(document.Text(token + 1)) != NameKind.Unknown && IsSpeechVerb(document, token + 2);

    /// <summary>"in its annual report", "a brief reply", "the official report", "in a social media post": a speech-verb form
    /// that is also a noun, after a determiner and a modifier, is that noun; "the officials claim" keeps its verb (a plural
    /// stands between), and "a local said" and "the young say" theirs (no noun forms).</summary>
    private static bool IsNounAfterModifier(BodyDocument document, int token)
    {
        string word = document.Text(token);
        if (token >= 3 && document.Text(token - 1) is "media" && document.Text(token - 2) is "social" && Lexicon.IsSpeechNoun(word))
        {
            return IsDeterminerAnyCase(document.Text(token - 3));
        }

        if (token < 2 || !Lexicon.IsSpeechNoun(word) || !document.IsLowerWord(token - 1) || document.Tokens[token - 2].Kind != TokenKind.Word
            || !IsDeterminerAnyCase(document.Text(token - 2)))
        {
            return false;
        }

        // "the official report": "official" is an adjective before a singular noun ("the official reports" may be a verb).
        string modifier = document.Text(token - 1);
        return (modifier is "official" && !word.EndsWith("s", StringComparison.Ordinal))
            || (!modifier.EndsWith("s", StringComparison.Ordinal) && Lexicon.NominalKind(modifier) == NameKind.Unknown
                && !Lexicon.IsAuxiliary(modifier) && !Lexicon.IsSpeechVerb(modifier));
    }

    /// <summary>"in remarks", "with comments", "many labels", "several reports", "400 calls": an -s form after a preposition,
    /// a word of quantity or a number is a plural noun ("to tell", "after saying", "the 68-year-old recalls" stay verbs); so
    /// is one after a preposition and one lower-case modifier ("among member states", "in recent remarks").</summary>
    private static bool IsPluralAfterPrepositionOrQuantity(BodyDocument document, int token)
        => document.Text(token).EndsWith("s", StringComparison.Ordinal)
            && ((document.IsLowerWord(token - 1)
                    && (Lexicon.IsPreposition(document.Text(token - 1)) || Lexicon.IsCountingOrUnnamingWord(document.Text(token - 1))
                        || (token >= 2 && document.IsLowerWord(token - 2) && Lexicon.IsPreposition(document.Text(token - 2))
                            && !Lexicon.IsDeterminer(document.Text(token - 1)) && Lexicon.GetPronoun(document.Text(token - 1)) == PronounKind.None
                            && !Lexicon.IsFunctionWord(document.Text(token - 1)))))
                || (document.Tokens[token - 1].Kind == TokenKind.Word && Lexicon.IsNumber(document.Text(token - 1))));

    /// <summary>"quoted", "reported" or "cited" in "was quoted as saying", "was reported as saying", "is cited as saying": a
    /// passive verb of quoting whose subject is the one quoted.</summary>
    public static bool IsQuotedVerb(string word) => word is "quoted" or "reported" or "cited";

    /// <summary>The speech verb of "quoted as saying", "quoted by Reuters as saying" or "quoted as having said" after
    /// <paramref name="quoted"/> (at most eight tokens on, before <paramref name="end"/>), or -1.</summary>
    public static int VerbAfterQuotedAs(BodyDocument document, int quoted, int end)
    {
        // "quoted Tomas Verhoef, a man living nearby, as saying": an appositive set off by commas may stand before "as".
        for (int k = quoted + 1; k + 1 < end && k <= quoted + MaxQuotedObjectTokens && document.Tokens[k].Quote < 0
            && (document.Tokens[k].Kind == TokenKind.Word || document.IsPunctuation(k, ',')); k++)
        {
            if (document.Text(k) is "as")
            {
                int verb = k + 2 < end && document.Text(k + 1) is "having" ? k + 2 : k + 1;
                return IsSpeechVerb(document, verb) ? verb : -1;
            }
        }

        return -1;
    }

    /// <summary>How many tokens may stand between "quoted" and its "as": the one quoted and an appositive ("quoted district
    /// police chief Omar Belden as saying", "cited Tomas Verhoef, a man living nearby, as saying").</summary>
    private const int MaxQuotedObjectTokens = 12;

    public static bool IsParticiple(BodyDocument document, int token) => document.Text(token).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"I'm like", "people went like": "like" at <paramref name="token"/> after a form of "be" or "go", a quotative
    /// that introduces words as a speech verb does ("I really like" names what one likes).</summary>
    public static bool IsQuotativeLike(BodyDocument document, int token)
    {
        if (token < 1 || document.Text(token) is not "like")
        {
            return false;
        }

        string verb = document.Text(token - 1);
        return verb is "was" or "were" or "is" or "are" or "am" or "be" or "been" or "go" or "goes" or "went" or "going"
            || verb.EndsWith("'m", StringComparison.Ordinal) || verb.EndsWith("'re", StringComparison.Ordinal)
            || verb.EndsWith("'s", StringComparison.Ordinal) || verb.EndsWith("\u2019m", StringComparison.Ordinal)
            || verb.EndsWith("\u2019re", StringComparison.Ordinal) || verb.EndsWith("\u2019s", StringComparison.Ordinal);
    }

    public static bool IsPassiveAuxiliary(BodyDocument document, int token)
        => document.Tokens[token].Kind == TokenKind.Word
            && document.Text(token) is "was" or "were" or "been" or "being" or "is" or "are" or "be";

    /// <summary>Whether <paramref name="k"/> is the "who", "whose" or "that" of a relative clause right after a role noun: "a
    /// man who witnessed the crash", "a councillor whose parish was cut off", "supporters that gathered".</summary>
    public static bool OpensRoleNounsClause(BodyDocument document, int k)
        => k > 0 && document.Text(k) is "who" or "whose" or "that" && document.Tokens[k - 1].Kind == TokenKind.Word && document.Tokens[k - 1].Quote < 0
            && Lexicon.NominalKind(document.Text(k - 1).ToLowerInvariant()) != NameKind.Unknown;

    /// <summary>Whether a token of [<paramref name="start"/>, <paramref name="end"/>) is inside a quote.</summary>
    public static bool HoldsQuote(BodyDocument document, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (document.Tokens[k].Quote >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a speech verb stands outside quotes between <paramref name="start"/> and the quote's opening mark
    /// <paramref name="open"/> (at most <see cref="SubjectFinder.MaxScanTokens"/> tokens back): a speech clause that the
    /// cue stages could not resolve, after which no weaker stage may guess.</summary>
    public static bool HasSpeechVerbBefore(BodyDocument document, int start, int open)
        => HasSpeechVerbIn(document, Math.Max(start, open - SubjectFinder.MaxScanTokens), open);

    /// <summary>Whether a speech verb stands outside quotes in [<paramref name="start"/>, <paramref name="end"/>); the caller
    /// bounds the range.</summary>
    public static bool HasSpeechVerbIn(BodyDocument document, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (document.Tokens[k].Quote < 0 && IsSpeechVerbUse(document, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the quote's text ends with a sentence's final punctuation.</summary>
    public static bool EndsWithTerminal(BodyDocument document, int q)
    {
        var quote = document.Quotes[q];
        for (int k = quote.Start + quote.Length - 1; k >= quote.Start; k--)
        {
            char c = document.Body[k];
            if (!char.IsWhiteSpace(c))
            {
                return c is '.' or '!' or '?' or '\u2026';
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence ends within a few words of <paramref name="k"/> ("Smith told reporters."): at most four words,
    /// then, when <paramref name="phrases"/>, only prepositional phrases of up to three words each ("Smith told the world
    /// on Thursday via Twitter."), where a clause word ("on Monday that …") opens another clause.
    /// </summary>
    public static bool EndsSoon(BodyDocument document, int k, int end, bool phrases)
    {
        for (int words = 0, limit = 4; k < end; k++)
        {
            var token = document.Tokens[k];
            if (token.Kind == TokenKind.Mark || token.Quote >= 0)
            {
                return false;
            }

            if (token.Kind == TokenKind.Punctuation && document.Body[token.Start] is '.' or '!' or '?')
            {
                return true;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            string word = document.Text(k);
            if (limit == 3 && document.IsLowerWord(k) && Lexicon.IsClauseWord(word))
            {
                return false;
            }

            if (phrases && document.IsLowerWord(k) && Lexicon.IsPreposition(word))
            {
                words = 0;
                limit = 3;
            }
            else if (++words > limit)
            {
                return false;
            }
        }

        return true;
    }
}
