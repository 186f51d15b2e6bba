using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>Resolves a subject pronoun of a speech clause to the person or organisation it stands for.</summary>
internal sealed class PronounResolver
{
    /// <summary>Bounds the walk back for an antecedent, so that it stays linear.</summary>
    private const int MaxAntecedentSteps = 200;

    /// <summary>How many paragraphs back a he or she looks for a person the article shows to be of that gender, once the
    /// paragraph before holds no antecedent.</summary>
    private const int MaxGenderedParagraphs = 3;

    /// <summary>How far before a name the word that opens its clause may stand ("stated Okcular, Yukari Kanatli").</summary>
    private const int MaxInnerClauseLead = 3;

    private readonly AttributionContext _context;
    private readonly SubjectFinder _subjects;
    private readonly SpeakerLinker _linker;
    private GenderEvidence? _genders;

    // The gender a he or she gave the person it was resolved to ("“…,” she said" → Jo Lee), for names the article gives
    // no other evidence of: a "he" later is someone else.
    private Dictionary<string, Gender>? _resolvedGenders;

    public PronounResolver(AttributionContext context, SubjectFinder subjects, SpeakerLinker linker)
    {
        _context = context;
        _subjects = subjects;
        _linker = linker;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>
    /// he/she → a person, it/they → an organisation: the previous quote's speaker of that kind or the nearest
    /// such name before the pronoun (same or previous paragraph), whichever is more recent. A name inside the
    /// previous quote's sentence ("Wang told Blinken that “…”") does not outrank that quote's speaker. "she" passes
    /// over a person the article calls "he", and the other way round; a noun of one gender ("actress") at
    /// <paramref name="position"/> stands for that gender as its pronoun would. A he or she with no antecedent there stands
    /// for what the same pronoun opening the sentence before stood for, else for the nearest person up to
    /// <see cref="MaxGenderedParagraphs"/> paragraphs back whom the article shows to be of that gender.
    /// </summary>
    public Speaker? Resolve(PronounKind pronoun, int position, int q) => Resolve(pronoun, position, q, chained: false);

    /// <summary>
    /// "Raila Odinga has said that Robert Mugabe should be suspended. He has said …", "Chávez displayed the book, written
    /// by Noam Chomsky, and recommended it. He described …": in a sentence before the pronoun's, the subject of the clause
    /// that holds the clause of the nearest subject is the antecedent, not that nearer subject; a clause joined on as an
    /// equal ("Jo Lee said …, while Tom Hale wrote …") keeps its own.
    /// </summary>
    private int MainSubjectOfItsSentence(int occurrence, NameKind wanted, Gender gender, int position)
    {
        var occurrences = _context.Occurrences;
        int sentence = Document.TokenSentence[Document.TokenAt(occurrences[occurrence].Start)];
        if (sentence == Document.TokenSentence[Document.TokenAt(position)])
        {
            return occurrence;
        }

        // "Trump asked Vice President Mike Pence to attend the march. “…,” he told the crowd": the one asked to act acts on.
        int first = Document.TokenAt(occurrences[occurrence].Start);
        if (Document.IsAskedToAct(Document.RunStart(first, Document.Sentences[sentence].FirstToken), Document.TokenAt(occurrences[occurrence].End - 1) + 1))
        {
            return occurrence;
        }

        int sentenceStart = _context.Tokens[Document.Sentences[sentence].FirstToken].Start;
        int main = occurrence;
        for (int index = occurrence - 1; index >= 0 && occurrences[index].Start >= sentenceStart; index--)
        {
            var candidate = occurrences[index];
            if (candidate.Kind == wanted && candidate.IsSubject && !Contradicts(candidate.Name, gender)
                && OpensInnerClause(Document.TokenAt(candidate.End - 1) + 1, Document.TokenAt(occurrences[main].Start)))
            {
                main = index;
            }
        }

        return main;
    }

    /// <summary>Whether the name at <paramref name="occurrence"/>, a subject in the sentence of quote <paramref name="q"/> and before
    /// its speaker, is the subject of the verb of saying or thinking whose clause names that speaker ("Jo Lee, 52, said one
    /// officer shouted “…”").</summary>
    private bool ReportsSpeakerOf(int occurrence, int q)
    {
        var found = _context.Occurrences[occurrence];
        int speakerEnd = _context.AttributionEnd[q];
        int open = Document.OpenToken[q];
        if (!found.IsSubject || speakerEnd < 0 || speakerEnd >= open || _context.Speakers[q] is not { } speaker || speaker.Name == found.Name)
        {
            return false;
        }

        int nameEnd = Document.TokenAt(found.End - 1) + 1;
        return Document.TokenSentence[nameEnd - 1] == Document.TokenSentence[open] && nameEnd <= speakerEnd
            && OpensInnerClause(nameEnd, speakerEnd);
    }

    /// <summary>Whether a complementiser, a verb of saying or thinking, a subordinator, "by", "whose" or an absolute "with"
    /// opens the clause of the name at <paramref name="inner"/>, at most <see cref="MaxInnerClauseLead"/> tokens before it
    /// and after <paramref name="outer"/> ("has said that Robert Mugabe", "stated Okcular, Yukari Kanatli", "after a Nadal
    /// ball", "written by Noam Chomsky", "with Ellery translating", "Jodie Fenner, whose daughter Isla died"),
    /// with no coordinator between ("while Tom Hale wrote"): the outer subject's own verb, further back, opens nothing.</summary>
    private bool OpensInnerClause(int outer, int inner)
    {
        // "saying that both Khaleda Zia and Tarique Rahman are convicts": a name joined by "and" to a name before it is read
        // from where the first opens (and its "both").
        if (inner - 2 >= outer && Document.Text(inner - 1) is "and" && Document.IsCapitalised(inner - 2) && _context.Tokens[inner - 2].Quote < 0)
        {
            inner = Document.RunStart(inner - 2, outer);
            inner = inner - 1 >= outer && Document.Text(inner - 1) is "both" ? inner - 1 : inner;
        }

        for (int k = inner - 1; k >= outer && k >= inner - MaxInnerClauseLead; k--)
        {
            if (_context.Tokens[k].Kind != TokenKind.Word)
            {
                if (Document.IsPunctuation(k, ';') || Document.IsPunctuation(k, ':'))
                {
                    return false;
                }

                continue;
            }

            string word = Document.Text(k);

            // "Gambhir said Morkel and Irfan Pathan turned out …": "and" right between two names joins the names, not clauses.
            if (word is "and" && k == inner - 1 && k - 1 >= outer && Document.IsCapitalised(k - 1))
            {
                continue;
            }

            if (word is "and" or "but" or "or" or "while" or "whereas" or "yet")
            {
                return false;
            }

            // "Mike Pence pointed out President Trump is …": a verb of saying with its particle.
            // "Kamińska accepted the prize, with Ellery translating at her side": an absolute phrase, unless its verb speaks
            // ("with Smith describing the signal as one cause").
            if ((word is "with" && Document.RunEnd(inner, _context.Tokens.Length) is var after
                    && (after >= _context.Tokens.Length || !SpeechCues.IsSpeechVerb(Document, after)))
                || word is "that" or "by" or "whose" || Lexicon.IsSpeechVerb(word) || Lexicon.IsCognitionVerb(word) || Lexicon.IsOpeningSubordinator(word)
                || (word is "out" or "back" && k - 1 >= outer && SpeechCues.IsSpeechVerb(Document, k - 1)))
            {
                return true;
            }
        }

        return false;
    }

    private Speaker? Resolve(PronounKind pronoun, int position, int q, bool chained)
    {
        var quotes = Document.Quotes;
        // The antecedent is read back from the pronoun's paragraph, or from the quote's when the pronoun stands after it; a
        // subject in the paragraph before its quote ("The 27-year-old spoke about the race. ¶ “…”") looks back from its own.
        int ownParagraph = Document.Sentences[Document.TokenSentence[Document.TokenAt(position)]].Paragraph;
        int paragraph = chained ? ownParagraph : Math.Min(ownParagraph, quotes[ChainStart(q)].Paragraph);
        var wanted = pronoun == PronounKind.Person ? NameKind.Person : NameKind.Organization;
        string word = Document.Text(Document.TokenAt(position));
        var gender = GenderEvidence.OfPronoun(word) is var said and not Gender.Unknown ? said : GenderEvidence.OfDescribingNoun(word);

        // "Other residents said they had warned the council that “…”": the role noun reporting just before the pronoun.
        if (!chained && ReporterBefore(Document.TokenAt(position), word) is { } reporter)
        {
            return reporter;
        }

        // "“Was that your last match?” ¶ “No,” he replied": the one who asked the question just before does not answer it.
        int previousQuote = -1;
        string? asker = !chained && q > 0 && Document.IsQuestion(q - 1) && !Document.IsQuestion(q) ? _context.Speakers[q - 1]?.Name : null;
        for (int k = q - 1; k >= 0 && k >= q - MaxAntecedentSteps && quotes[k].Paragraph >= paragraph - 1; k--)
        {
            // A speaker of no known kind is a he or she's, or a they or it's in the pronoun's own paragraph ("Al-Jazeera said
            // they were “appalled” by the decision, which they described as “…”").
            if (_context.Speakers[k] is { } speaker
                && (speaker.Kind == wanted
                    || (speaker.Kind == NameKind.Unknown && (wanted == NameKind.Person || quotes[k].Paragraph == ownParagraph))
                    || (word is "they" or "They" && IsUnnamedSpokesperson(speaker)))
                && !Contradicts(speaker.Name, gender) && speaker.Name != asker && !IsPeopleForIt(speaker, word))
            {
                previousQuote = k;
                break;
            }
        }

        // The nearest name of the wanted kind in subject position, else the nearest one at all; not one inside the phrase that
        // opens the pronoun's sentence ("Jailing Tomas Brandt for two years, he said": he jails, not Brandt).
        int occurrence = -1;
        int nearest = -1;
        int index = _context.LastOccurrenceStartingBefore(position);
        int openingPhraseStart = OpeningPhraseStart(Document.TokenAt(position));
        for (int steps = 0; index >= 0 && steps < MaxAntecedentSteps && _context.Occurrences[index].Paragraph >= paragraph - 1; index--, steps++)
        {
            var candidate = _context.Occurrences[index];
            if (candidate.Kind == wanted && candidate.End <= position && candidate.Start < openingPhraseStart && !Contradicts(candidate.Name, gender))
            {
                nearest = nearest < 0 ? index : nearest;
                if (candidate.IsSubject)
                {
                    occurrence = index;
                    break;
                }
            }
        }

        bool subjectFound = occurrence >= 0;
        occurrence = subjectFound ? MainSubjectOfItsSentence(occurrence, wanted, gender, position) : nearest;

        // "A spokesman for Tidewater Hospital said the patient, Tomas Brandt, was stable. “…,” he said": the spokesperson
        // goes on speaking for the body, unless the pronoun's own sentence names a person before it.
        int token = Document.TokenAt(position);
        if (pronoun == PronounKind.Person && GenderEvidence.OfPronoun(word) != Gender.Unknown
            && (occurrence < 0 || _context.Occurrences[occurrence].Start < _context.Tokens[Document.Sentences[Document.TokenSentence[token]].FirstToken].Start)
            && SpokespersonsBodyBefore(token) is { } spokenFor)
        {
            return spokenFor;
        }

        // A role noun of people as the subject of the sentence before is nearer than the name or quote before it ("the club"
        // before "it" is left to the body it names).
        int nearestBefore = Math.Max(occurrence >= 0 ? _context.Occurrences[occurrence].Start : -1, previousQuote >= 0 ? quotes[previousQuote].RegionEnd : -1);
        var nominalBefore = !chained && nearestBefore >= 0 && word is not ("it" or "It") ? FittingNominalBefore(token, word, previousParagraph: false) : null;
        if (nominalBefore is { } nearer && NearerNominal(nearer, nearestBefore) is { } nominal)
        {
            return nominal;
        }

        // "Addressing the press, the BJP leader asked Rahul Gandhi and Mallikarjun Kharge whether …. “…,” he said": names
        // inside the clause of a role noun that is the sentence's subject do not outrank it; nor do they when that sentence
        // ends the paragraph before ("The gymnast took gold ahead of Nariman Korbin and Stephen Nedrow. ¶ “…,” he said").
        var holdingNominal = nominalBefore
            ?? (!chained && nearestBefore >= 0 && word is not ("it" or "It") ? FittingNominalBefore(token, word, previousParagraph: true) : null);
        if (holdingNominal is { } holding && occurrence >= 0 && GenderEvidence.OfPronoun(word) != Gender.Unknown
            && (previousQuote < 0 || quotes[previousQuote].RegionEnd < _context.Occurrences[occurrence].Start)
            && NominalHoldingName(holding, _context.Occurrences[occurrence].Start) is { } holder)
        {
            return holder;
        }

        // "Tomas Brandt won gold. ¶ The 18-year-old, who finished ahead of Kieran Holt, said …. ¶ “…,” he said": so do names
        // inside the clause of an epithet or an age that is such a subject.
        if (!chained && occurrence >= 0 && GenderEvidence.OfPronoun(word) != Gender.Unknown
            && (previousQuote < 0 || quotes[previousQuote].RegionEnd < _context.Occurrences[occurrence].Start)
            && (holdingNominal ?? SubjectOfSentenceBefore(token, previousParagraph: true)) is { Pronoun: PronounKind.None } described
            && EpithetHoldingName(described, _context.Occurrences[occurrence].Start, pronoun, q) is { } epithetHolder)
        {
            return epithetHolder;
        }

        // The previous speaker stays the antecedent unless a subject is named after that quote, or reports that quote's
        // speaker ("Jo Lee said one officer shouted “…”. “…,” she told reporters" is Jo Lee's).
        if (previousQuote >= 0
            && (occurrence < 0 || !_context.Occurrences[occurrence].IsSubject || _context.Occurrences[occurrence].Start < quotes[previousQuote].RegionEnd)
            && !(occurrence >= 0 && ReportsSpeakerOf(occurrence, previousQuote)))
        {
            return _context.Speakers[previousQuote];
        }

        // "He said he told Dr Mahathir about the meetings. ¶ “…,” he said", "She beat the record set by Sarah Sjostrom. “…,” she
        // said": a name in no subject's place after a sentence whose subject is the same pronoun, or any name inside that
        // sentence, does not outrank what that pronoun stood for (one step back, bounded).
        // The sentences before may each have that pronoun as subject ("He said that Tom Hale would visit. ¶ He said all
        // issues …. ¶ He said, “…”"): the first of them is the one the name must follow.
        if (!chained && occurrence >= 0 && GenderEvidence.OfPronoun(word) != Gender.Unknown
            && SamePronounSubjectBefore(token, pronoun, word) is { } pronounBefore
            && FirstOfPronounRun(pronounBefore.FirstToken, pronoun, word) is var runFirst
            && _context.Tokens[runFirst].Start < _context.Occurrences[occurrence].Start
            && (!subjectFound || Document.TokenSentence[runFirst] == Document.TokenSentence[Document.TokenAt(_context.Occurrences[occurrence].Start)])
            && Resolve(pronoun, _context.Tokens[runFirst].Start, q, chained: true) is { } chainedSpeaker)
        {
            return chainedSpeaker;
        }

        if (occurrence >= 0)
        {
            var found = _context.Occurrences[occurrence];
            return new Speaker(found.Entity, found.Name, found.Kind);
        }

        // "“…,” Jo Lee said. ¶ She said the doses would arrive soon. ¶ “…,” she added": a he or she with no antecedent near
        // it stands for what the same pronoun opening the sentence before stood for; one step back, so the chain is bounded.
        if (chained || GenderEvidence.OfPronoun(word) == Gender.Unknown)
        {
            return null;
        }

        // Else a role noun that the sentence before (in the paragraph) has as its subject or source is nearer than a person
        // of that gender further back.
        return SamePronounSubjectBefore(token, pronoun, word) is { } before
            ? Resolve(pronoun, _context.Tokens[FirstOfPronounRun(before.FirstToken, pronoun, word)].Start, q, chained: true)
            : NearerNominal(token, -1) ?? PersonOfGenderBefore(position, paragraph, gender, q);
    }

    /// <summary>Where the phrase that opens the sentence of the pronoun at <paramref name="pronoun"/> starts, when a comma sets it
    /// off right before the pronoun and a preposition or a participle opens it ("Jailing Tomas Brandt for two years, he said",
    /// "In a letter to Jo Lee, she wrote"): no name inside it is the pronoun's antecedent; <see cref="int.MaxValue"/> (no
    /// bound) when no such phrase opens the sentence, or a subordinator opens it ("After Jo Lee left, she said").</summary>
    private int OpeningPhraseStart(int pronoun)
    {
        int first = Document.Sentences[Document.TokenSentence[pronoun]].FirstToken;
        if (pronoun - 2 <= first || !Document.IsPunctuation(pronoun - 1, ',') || _context.Tokens[first].Kind != TokenKind.Word)
        {
            return int.MaxValue;
        }

        string opener = Document.Word(first).ToLowerInvariant();
        return (Lexicon.IsPreposition(opener) && !Lexicon.IsOpeningSubordinator(opener)) || Lexicon.IsIngForm(opener)
            ? _context.Tokens[first].Start
            : int.MaxValue;
    }

    /// <summary>"Jo Lee said …. ¶ He said that Tom Hale would visit. ¶ He said all issues …. ¶ He said, “…”": the pronoun
    /// subject of the first of the sentences, one after another up to the one of <paramref name="pronounToken"/>, whose
    /// subject is that same pronoun (at most <see cref="MaxPronounRun"/> back, walked without recursion).</summary>
    private int FirstOfPronounRun(int pronounToken, PronounKind pronoun, string word)
    {
        int first = pronounToken;
        for (int steps = 0; steps < MaxPronounRun && SamePronounSubjectBefore(first, pronoun, word) is { } before; steps++)
        {
            first = before.FirstToken;
        }

        return first;
    }

    /// <summary>The subject of the sentence before the one of <paramref name="token"/> (in its paragraph or ending the one
    /// before) when it is the same pronoun <paramref name="word"/>; null otherwise.</summary>
    private Subject? SamePronounSubjectBefore(int token, PronounKind pronoun, string word)
        => SubjectOfSentenceBefore(token, previousParagraph: true) is { } before && before.Pronoun == pronoun
            && string.Equals(Document.Text(before.FirstToken), word, StringComparison.OrdinalIgnoreCase)
            ? before
            : null;

    /// <summary>How many sentences back a run of the same pronoun as subject is followed.</summary>
    private const int MaxPronounRun = 4;

    /// <summary>"“I urge all residents to stay home. ¶ “Let us remain calm,” he said": the first quote of the run of paragraphs
    /// one quotation goes on through, up to quote <paramref name="q"/>; the pronoun after it looks back from there.</summary>
    private int ChainStart(int q)
    {
        var quotes = Document.Quotes;
        int first = q;
        while (first > 0 && first > q - MaxAntecedentSteps && quotes[first].ContinuesPrevious && quotes[first - 1].ContinuesNext)
        {
            first--;
        }

        return first;
    }

    /// <summary>
    /// "“…,” said Meera Iyer. ¶ Lars Eriksson … “…,” he said. ¶ The finding still matters, she added": the nearest person
    /// before <paramref name="position"/>, up to <see cref="MaxGenderedParagraphs"/> paragraphs back, whom the article
    /// shows to be of the pronoun's gender, named there or the named speaker of a quote there before quote <paramref name="q"/>
    /// ("Apologising to his party, he said: “…” ¶ The count went on, led by Starmer. ¶ The party won 131 seats. ¶ “…,” he
    /// said"); null when none is.
    /// </summary>
    private Speaker? PersonOfGenderBefore(int position, int paragraph, Gender gender, int q)
    {
        Speaker? found = null;
        int foundStart = -1;
        int index = _context.LastOccurrenceStartingBefore(position);
        for (int steps = 0; index >= 0 && steps < MaxAntecedentSteps && _context.Occurrences[index].Paragraph >= paragraph - MaxGenderedParagraphs; index--, steps++)
        {
            var candidate = _context.Occurrences[index];
            if (candidate.Kind == NameKind.Person && candidate.End <= position && KnownGender(candidate.Name) == gender)
            {
                found = new Speaker(candidate.Entity, candidate.Name, candidate.Kind);
                foundStart = candidate.Start;
                break;
            }
        }

        var quotes = Document.Quotes;
        for (int k = q - 1; k >= 0 && k >= q - MaxAntecedentSteps && quotes[k].Paragraph >= paragraph - MaxGenderedParagraphs && quotes[k].Start > foundStart; k--)
        {
            if (_context.Speakers[k] is { Kind: NameKind.Person } speaker && KnownGender(speaker.Name) == gender && IsPersonNamedBefore(speaker.Name, position))
            {
                return speaker;
            }
        }

        return found;
    }

    /// <summary>
    /// A pronoun at <paramref name="token"/> that no name resolves stands for the role noun that is the subject of the
    /// sentence before it: "they" for a group noun in its paragraph ("The researchers found … They reported, “…”"), "it"
    /// for a noun of one organisation there ("The club confirmed … “…,” it said"), "he" or "she" for a role noun of one
    /// person of that gender or of none, in its paragraph or the one before ("One woman, who asked not to be named, said …
    /// ¶ “…,” she told the Courier"); null otherwise.
    /// </summary>
    public Speaker? NominalAntecedent(int token)
    {
        string pronoun = Document.Text(token);

        // "The ministry said …. ¶ “…,” it said": a body's noun ending the paragraph before goes on when it stands for a body
        // the text named ("Tarvos Foreign Ministry"); an unnamed one stays in its paragraph.
        if (pronoun is "it" or "It" && FittingNominalBefore(token, pronoun, previousParagraph: true) is { } body
            && _linker.Nominals.LinkAsWritten(body.FirstToken) is { Kind: NameKind.Organization } named && char.IsUpper(named.Name[0]))
        {
            return named;
        }

        return (FittingNominalBefore(token, pronoun, previousParagraph: pronoun is not ("they" or "They" or "it" or "It"))
                ?? FittingNominalOverThing(token, pronoun)) is { } subject
            ? _linker.Nominals.LinkAsWritten(subject.FirstToken)
            : null;
    }

    /// <summary>"The judge said he would read the report. The application was to extend the detention. “…,” he said": a he
    /// or she whose sentence before, in its paragraph, has a thing as its subject stands for the role noun that is the
    /// subject of the sentence before that one; null otherwise.</summary>
    private Subject? FittingNominalOverThing(int token, string pronoun)
        => GenderEvidence.OfPronoun(pronoun) != Gender.Unknown && SentenceBefore(token, previousParagraph: false) is { } previous
            && _subjects.MainSubject(previous.FirstToken, previous.EndToken) is var thing
            && (thing is null || (thing is { Pronoun: PronounKind.None, Nominal: true }
                && Lexicon.NominalKind(Document.Text(thing.Value.FirstToken).ToLowerInvariant()) == NameKind.Unknown
                && !Lexicon.IsPersonNoun(Document.Text(thing.Value.FirstToken).ToLowerInvariant())))
            && !HoldsPersonName(previous, GenderEvidence.OfPronoun(pronoun))
            ? FittingNominalBefore(previous.FirstToken, pronoun, previousParagraph: false)
            : null;

    /// <summary>Whether a person's name of no other <paramref name="gender"/> stands in <paramref name="sentence"/>: one the
    /// pronoun might stand for instead (any of its names, not only the last: "The application came from Tomas Brandt of the
    /// Tidewater Trust").</summary>
    private bool HoldsPersonName(SentenceInfo sentence, Gender gender)
    {
        int start = _context.Tokens[sentence.FirstToken].Start;
        for (int index = _context.LastOccurrenceStartingBefore(_context.Tokens[sentence.EndToken - 1].End);
            index >= 0 && _context.Occurrences[index].Start >= start; index--)
        {
            if (_context.Occurrences[index].Kind == NameKind.Person && !Contradicts(_context.Occurrences[index].Name, gender))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role noun that is the subject of the sentence before <paramref name="token"/> and fits the pronoun
    /// <paramref name="pronoun"/> (see <see cref="NominalAntecedent"/>); null otherwise.</summary>
    private Subject? FittingNominalBefore(int token, string pronoun, bool previousParagraph)
    {
        bool group = pronoun is "they" or "They";
        bool body = pronoun is "it" or "It";
        var gender = GenderEvidence.OfPronoun(pronoun);
        if (!group && !body && gender == Gender.Unknown)
        {
            return null;
        }

        // The subject of the sentence before, or for he or she the source that opens it ("According to a Western diplomat,
        // the talks were to seal the deal. “…,” he added"); "Residents were angry. “…,” they said": a role noun opening its
        // sentence is a capitalised run of one word.
        if (((!group && !body ? SourceOpeningSentenceBefore(token, previousParagraph) : null) ?? SubjectOfSentenceBefore(token, previousParagraph))
                is not { } subject
            || !(subject.Nominal || (subject.EndToken == subject.FirstToken + 1 && Document.IsCapitalised(subject.FirstToken))))
        {
            return null;
        }

        return Fits(subject, pronoun) ? subject : null;
    }

    /// <summary>Whether the role noun <paramref name="subject"/> fits the pronoun <paramref name="pronoun"/>: a group for
    /// "they", a body for "it", one person of no other gender for "he" or "she" ("One of the victims recalled the attack.
    /// “…,” he said": one person of the group).</summary>
    private bool Fits(Subject subject, string pronoun)
    {
        bool group = pronoun is "they" or "They";
        bool body = pronoun is "it" or "It";
        string noun = Document.Text(subject.FirstToken).ToLowerInvariant();
        if (!group && !body && IsOneOf(subject.FirstToken) && Lexicon.SingularPersonNoun(noun) is { } single)
        {
            noun = single;
        }

        var kind = Lexicon.NominalKind(noun);
        return group ? kind == NameKind.Organization
            : body ? Lexicon.IsOrganizationKindNoun(noun) || Lexicon.IsBodyNoun(noun)
            : kind == NameKind.Person && GenderEvidence.OfRoleNoun(noun) is var role && (role == Gender.Unknown || role == GenderEvidence.OfPronoun(pronoun));
    }

    /// <summary>"Other residents said they had warned the council that “…”", "The mayor said he had warned that “…”": the
    /// role noun that is the subject of the verb of saying right before the pronoun at <paramref name="token"/> ("that"
    /// between or not), in its sentence, when it fits the pronoun; null otherwise.</summary>
    private Speaker? ReporterBefore(int token, string pronoun)
    {
        int verb = token >= 2 && Document.Text(token - 1) is "that" ? token - 2 : token - 1;
        int first = Document.Sentences[Document.TokenSentence[token]].FirstToken;
        if (verb <= first || !Document.IsLowerWord(verb) || !SpeechCues.IsSpeechVerbUse(Document, verb) || Lexicon.IsTellVerb(Document.Text(verb)))
        {
            return null;
        }

        int end = verb;
        while (end - 1 > first && Document.IsLowerWord(end - 1) && Lexicon.IsAuxiliary(Document.Text(end - 1)))
        {
            end--;
        }

        return _subjects.MainSubject(first, verb + 1) is { Nominal: true } subject && subject.EndToken == end && Fits(subject, pronoun)
            ? _linker.Nominals.LinkAsWritten(subject.FirstToken)
            : null;
    }

    /// <summary>Whether "one of the" or "one of" stands before the noun at <paramref name="token"/>.</summary>
    private bool IsOneOf(int token)
    {
        int of = token >= 1 && Document.Text(token - 1) is "the" ? token - 2 : token - 1;
        return of >= 1 && Document.Text(of) is "of" && Document.Text(of - 1) is "One" or "one";
    }

    /// <summary>"A local police officer said 14 had died. “…,” he said": the role noun that is the subject of the sentence
    /// before <paramref name="token"/> in its paragraph, when it stands after <paramref name="after"/> (the name or quote the
    /// pronoun would otherwise take); null otherwise.</summary>
    private Speaker? NearerNominal(int token, int after)
        => FittingNominalBefore(token, Document.Text(token), previousParagraph: false) is { } subject ? NearerNominal(subject, after) : null;

    /// <summary>As <see cref="NearerNominal(int, int)"/>, for the role noun <paramref name="subject"/> found already.</summary>
    private Speaker? NearerNominal(Subject subject, int after)
        => _context.Tokens[subject.FirstToken].Start > after && !IsDefiniteEpithet(subject.FirstToken)
            ? _linker.Nominals.LinkAsWritten(subject.FirstToken)
            : null;

    /// <summary>The person the role noun <paramref name="subject"/>, the subject of the sentence before the pronoun, stands
    /// for, when it stands before the name at <paramref name="nameStart"/> in that sentence; null when the noun links to no
    /// one named.</summary>
    private Speaker? NominalHoldingName(Subject subject, int nameStart)
        => _context.Tokens[subject.FirstToken].Start < nameStart
            && Document.TokenSentence[subject.FirstToken] == Document.TokenSentence[Document.TokenAt(nameStart)]
            && _linker.Nominals.LinkAsWritten(subject.FirstToken) is { Kind: NameKind.Person } linked && IsPersonNamedBefore(linked.Name, nameStart)
            ? linked
            : null;

    /// <summary>"Tomas Brandt won gold. ¶ The champion, who finished ahead of Kieran Holt, said …. ¶ “…,” he said": "the" and
    /// an epithet or an age ("The 18-year-old") that no one was named with (no name after it: "The blogger and activist Rhys
    /// Morgan"; a "who" clause or a verb follows), the subject of the sentence before the pronoun and before the name at
    /// <paramref name="nameStart"/> in it, stand for whom a he or she at the noun would (one step back, bounded), a person
    /// named before that sentence; null otherwise.</summary>
    private Speaker? EpithetHoldingName(Subject subject, int nameStart, PronounKind pronoun, int q)
    {
        int noun = subject.FirstToken;
        int start = _context.Tokens[noun].Start;
        int sentenceStart = _context.Tokens[Document.Sentences[Document.TokenSentence[noun]].FirstToken].Start;
        int next = noun + 1;
        bool alone = next < _context.Tokens.Length
            && ((Document.IsPunctuation(next, ',') && next + 1 < _context.Tokens.Length && Document.Text(next + 1) is "who")
                || (Document.IsLowerWord(next) && Document.Text(next) is not ("and" or "or")));
        return alone && noun > 0 && Document.Text(noun - 1) is "the" or "The" && start < nameStart
            && Document.TokenSentence[noun] == Document.TokenSentence[Document.TokenAt(nameStart)]
            && (Document.AgeNoun(noun) >= 0 || Lexicon.IsEpithetNoun(Document.Text(noun).ToLowerInvariant()))
            && Resolve(pronoun, start, q, chained: true) is { Kind: NameKind.Person } person && IsPersonNamedBefore(person.Name, sentenceStart)
            ? person
            : null;
    }

    /// <summary>Whether the text named a person <paramref name="name"/> before <paramref name="position"/> (a role noun's link
    /// to someone named, not the noun kept as written).</summary>
    private bool IsPersonNamedBefore(string name, int position)
    {
        int index = _context.LastOccurrenceStartingBefore(position);
        for (int steps = 0; index >= 0 && steps < MaxAntecedentSteps; index--, steps++)
        {
            if (_context.Occurrences[index].Kind == NameKind.Person && _context.Occurrences[index].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The manager added that …. “…,” he said": "the" and an epithet noun alone describe the person named before
    /// (head coach Jo Lee), who stays the antecedent, rather than name someone new.</summary>
    private bool IsDefiniteEpithet(int noun)
        => noun > 0 && Document.Text(noun - 1) is "the" or "The" && Lexicon.IsEpithetNoun(Document.Text(noun).ToLowerInvariant());

    /// <summary>The body a spokesperson speaks for who is the subject of the pronoun's own sentence before it ("A spokesperson
    /// for the Arts Centre said security would be in place for what she called “…”") or of the sentence before <paramref
    /// name="token"/> ("A spokesman for Tidewater Hospital said …. “…,” he said"); null otherwise.</summary>
    private Speaker? SpokespersonsBodyBefore(int token)
        => SpokespersonsBody(SubjectOfOwnSentence(token))
            ?? SpokespersonsBody(SubjectOfSentenceBefore(token, previousParagraph: true))
            ?? SpokespersonsBody(SubjectOfClosingAttribution(token));

    /// <summary>"The ban will run to September, a spokesman for the Authority told AFP. “…,” he said": the subject of the
    /// attribution clause after the last comma of the sentence before <paramref name="token"/>, right before its speech
    /// verb; null when that sentence ends in no such clause.</summary>
    private Subject? SubjectOfClosingAttribution(int token)
    {
        if (SentenceBefore(token, previousParagraph: true) is not { } previous)
        {
            return null;
        }

        int comma = Document.LastCommaBefore(previous.FirstToken, previous.EndToken);
        for (int verb = comma + 2; comma >= 0 && verb < previous.EndToken; verb++)
        {
            if (_context.Tokens[verb].Quote < 0 && Document.IsSpeechVerbUse(verb))
            {
                return _subjects.Before(verb - 1, comma + 1);
            }
        }

        return null;
    }

    private Speaker? SpokespersonsBody(Subject? found)
        => found is { Pronoun: PronounKind.None } subject && (_linker.IsSpokespersonsBody(subject.FirstToken) || OwnsSpokesperson(subject))
            ? subject.Nominal
                ? _linker.Nominals.LinkAsWritten(subject.FirstToken)
                : _linker.Link(subject.FirstToken, subject.EndToken)
            : null;

    /// <summary>"The Russian Defence Ministry's spokesman expressed …", "A Russian foreign ministry spokesman said …": a body's
    /// name, in the possessive or as a modifier, before a spokes noun.</summary>
    private bool OwnsSpokesperson(Subject subject)
        => !subject.Nominal && subject.EndToken < _context.Tokens.Length
            && (Document.IsPossessive(subject.EndToken - 1) || Document.IsLowerWord(subject.EndToken - 1))
            && Document.IsLowerWord(subject.EndToken) && Lexicon.IsSpokesNoun(Document.Text(subject.EndToken));

    /// <summary>
    /// "it", or a noun of a kind of organisation after "the", at <paramref name="token"/> that no organisation named before
    /// resolves stands for the name of no person that is the subject of the sentence before it, in its paragraph:
    /// "Ryanair cancelled 400 flights. “…,” it said" (or "the airline said"); null otherwise.
    /// </summary>
    public Speaker? BodyAntecedent(int token)
    {
        // "Skyways and its union met on Monday. The union said": the noun stands for the one the sentence before wrote.
        if (Document.IsLowerWord(token) && Lexicon.GetPronoun(Document.Text(token)) == PronounKind.None && WrittenInSentenceBefore(token))
        {
            return null;
        }

        var subject = SubjectOfSentenceBefore(token, previousParagraph: false);
        return PlatformAsCompany(subject, token) ?? BodyNamedBy(subject, nounOfBody: Lexicon.GetPronoun(Document.Text(token)) == PronounKind.None);
    }

    /// <summary>"Facebook has announced …. “…,” the company said": a platform named as the subject before a company's noun is
    /// the company that runs it, which speaks (a platform is otherwise never the speaker); null otherwise.</summary>
    private Speaker? PlatformAsCompany(Subject? subject, int noun)
        => subject is { Nominal: false, Pronoun: PronounKind.None } named && named.EndToken == named.FirstToken + 1
            && Lexicon.IsPlatform(Document.Word(named.FirstToken))
            && Document.Text(noun) is "company" or "firm" or "platform" or "network" or "giant"
            ? new Speaker(-1, Document.Word(named.FirstToken), NameKind.Organization)
            : null;

    /// <summary>"The union warned that the plans could fail. ¶ A spokesperson said: “…”", "There are 37,000 in hotels, the
    /// Home Office also clarified. ¶ A spokesman said: “…”": the body that the subject of the sentence before (after a "But"
    /// that opens it, too), or of the
    /// attribution that closes it, names, in the paragraph before too, a body's noun as the text named it ("the union" for
    /// the London Renters Union); null when neither names a body.</summary>
    public Speaker? BodyOfSubjectBefore(int token)
        => BodyOf(SubjectOfSentenceBefore(token, previousParagraph: true)) ?? BodyOf(SubjectAfterConjunctionBefore(token))
            ?? BodyOf(SubjectOfClosingAttribution(token));

    /// <summary>"But the union warned that the plans could fail. ¶ A spokesperson said": the subject of the sentence before,
    /// in the paragraph before too, after a conjunction or a linking adverb that opens it; null when none opens it.</summary>
    private Subject? SubjectAfterConjunctionBefore(int token)
    {
        if (SentenceBefore(token, previousParagraph: true) is not { } previous || previous.FirstToken + 2 >= previous.EndToken
            || Document.Text(previous.FirstToken) is not ("But" or "And" or "Yet" or "However"))
        {
            return null;
        }

        int start = Document.IsPunctuation(previous.FirstToken + 1, ',') ? previous.FirstToken + 2 : previous.FirstToken + 1;
        return _subjects.MainSubject(start, previous.EndToken);
    }

    /// <summary>The body a subject names (<see cref="BodyNamedBy"/>), or that a body's noun as subject stands for.</summary>
    private Speaker? BodyOf(Subject? subject)
        => subject is { Nominal: true } nominal
            ? _linker.Nominals.Link(nominal.FirstToken) is { Kind: NameKind.Organization } linked && linked.Name != Document.Word(nominal.FirstToken) ? linked : null
            : BodyNamedBy(subject);

    /// <summary>"Ofcom is currently “…”, according to a spokesperson": the body named as the subject of the sentence of the
    /// noun at <paramref name="token"/>, before it; null when that subject names no body.</summary>
    public Speaker? BodySubjectOfOwnSentence(int token)
        => BodyNamedBy(SubjectOfOwnSentence(token));

    /// <summary>The body a subject names: a name (no pronoun, no role noun alone, no person's, not after a preposition) that
    /// links to no person ("Doctors Without Borders" opens with a role noun and names a body); null otherwise. With
    /// <paramref name="nounOfBody"/> ("the company said"), a name read as a person's whose first word is no known given
    /// name is the body's too ("Brauhof Confectionery said …. “…,” the company said").</summary>
    private Speaker? BodyNamedBy(Subject? found, bool nounOfBody = false)
    {
        if (found is { Nominal: false, Pronoun: PronounKind.None } asking && SeeksComment(asking.EndToken))
        {
            return BodyAsked(asking.EndToken + 1);
        }

        if (found is not { Nominal: false, Pronoun: PronounKind.None } subject
            || Document.FollowsPreposition(subject.FirstToken, 0)
            || NameInterpreter.Interpret(Document, subject.FirstToken, subject.EndToken) is not { } named
            || _linker.IsKnownPerson(subject.FirstToken, subject.EndToken)
            || (subject.EndToken == subject.FirstToken + 1 && Lexicon.NominalKind(Document.Text(subject.FirstToken).ToLowerInvariant()) != NameKind.Unknown))
        {
            return null;
        }

        bool bodyForAll = nounOfBody && named.WordCount >= 2 && GivenNames.Of(Document.Word(Document.TokenAt(named.Start))) == Gender.Unknown;
        return (named.Kind != NameKind.Person || bodyForAll) && _linker.Link(subject.FirstToken, subject.EndToken) is { } body
            && (body.Kind != NameKind.Person || bodyForAll)
            ? body with { Kind = NameKind.Organization }
            : null;
    }

    /// <summary>"Wikinews contacted the ministry for comment. A spokesperson said …": whether a verb of seeking someone's
    /// words follows a subject ending before <paramref name="token"/>, which then asks for the words, not speaks them.</summary>
    private bool SeeksComment(int token)
        => token < _context.Tokens.Length && Document.IsLowerWord(token)
            && Document.Text(token) is "contacted" or "asked" or "approached" or "emailed" or "e-mailed" or "phoned" or "reached"
                or "sought" or "requested" or "questioned" or "interviewed";

    /// <summary>"Reuters asked Acme Corp about the report": the body named right after the verb of seeking words (and "the"),
    /// as the one that answers; null when no body's name stands there.</summary>
    private Speaker? BodyAsked(int token)
    {
        int first = token < _context.Tokens.Length && Document.Text(token) is "the" ? token + 1 : token;
        return first < _context.Tokens.Length && Document.IsCapitalised(first) && _context.Tokens[first].Quote < 0
            && Document.RunEnd(first, _context.Tokens.Length) is var end
            && NameInterpreter.Interpret(Document, first, end) is { Kind: not NameKind.Person } named && named.Start == _context.Tokens[first].Start
            && !_linker.IsKnownPerson(first, end)
            && _linker.Link(first, end) is { Kind: not NameKind.Person } body
            ? body with { Kind = NameKind.Organization }
            : null;
    }

    /// <summary>Whether the word at <paramref name="token"/> stands outside quotes in the sentence before, in its paragraph.</summary>
    private bool WrittenInSentenceBefore(int token)
    {
        if (SentenceBefore(token, previousParagraph: false) is not { } previous)
        {
            return false;
        }

        string word = Document.Text(token);
        for (int k = previous.FirstToken; k < previous.EndToken; k++)
        {
            if (_context.Tokens[k].Quote < 0 && _context.Tokens[k].Kind == TokenKind.Word && string.Equals(Document.Text(k), word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role noun that "According to" opening the sentence before <paramref name="token"/> names as its source ("According
    /// to a Western diplomat, …"), as a nominal subject; null when that sentence opens otherwise or its source is a name.</summary>
    private Subject? SourceOpeningSentenceBefore(int token, bool previousParagraph)
        => SentenceBefore(token, previousParagraph) is { } previous && previous.FirstToken + 2 < previous.EndToken
            && Document.Text(previous.FirstToken) is "According" && Document.Text(previous.FirstToken + 1) is "to"
            && _subjects.After(previous.FirstToken + 2, previous.EndToken, AttributionRule.AccordingTo, 3) is { Nominal: true } source
            ? source
            : null;

    /// <summary>The main subject of the sentence of <paramref name="token"/>, before it.</summary>
    private Subject? SubjectOfOwnSentence(int token)
        => _subjects.MainSubject(Document.Sentences[Document.TokenSentence[token]].FirstToken, token);

    /// <summary>The main subject of the sentence before the one of <paramref name="token"/>, when that sentence is in the
    /// same paragraph (or, with <paramref name="previousParagraph"/>, ends the paragraph before); null otherwise.</summary>
    private Subject? SubjectOfSentenceBefore(int token, bool previousParagraph)
        => SentenceBefore(token, previousParagraph) is { } previous ? _subjects.MainSubject(previous.FirstToken, previous.EndToken) : null;

    /// <summary>The sentence before the one of <paramref name="token"/>, when it is in the same paragraph (or, with
    /// <paramref name="previousParagraph"/>, ends the paragraph before); null otherwise.</summary>
    private SentenceInfo? SentenceBefore(int token, bool previousParagraph)
    {
        int sentence = Document.TokenSentence[token];
        if (sentence == 0)
        {
            return null;
        }

        var previous = Document.Sentences[sentence - 1];
        int paragraph = Document.Sentences[sentence].Paragraph;
        return previous.Paragraph == paragraph || (previousParagraph && previous.Paragraph == paragraph - 1) ? previous : null;
    }

    /// <summary>Records that the pronoun <paramref name="word"/> (he or she) was resolved to <paramref name="speaker"/>.</summary>
    public void Remember(Speaker speaker, string word)
    {
        if (speaker.Kind == NameKind.Person && GenderEvidence.OfPronoun(word) is var gender and not Gender.Unknown)
        {
            (_resolvedGenders ??= new Dictionary<string, Gender>(StringComparer.Ordinal))[speaker.Name] = gender;
        }
    }

    /// <summary>The last word of a speaker's name: the noun of a nominal speaker ("council spokesperson" → "spokesperson").</summary>
    private static string NounOf(Speaker speaker) => speaker.Name.Substring(speaker.Name.LastIndexOf(' ') + 1);

    /// <summary>"A council spokesperson said: “…” ¶ “…”, they added": a spokesperson the text does not name, whom news calls
    /// "they".</summary>
    private static bool IsUnnamedSpokesperson(Speaker speaker)
        => speaker.Entity < 0 && speaker.Kind == NameKind.Person && Lexicon.IsSpokesNoun(NounOf(speaker));

    /// <summary>"All 23 players posted the message. The club responded with what it called “…”": "it" stands for no group of
    /// people ("players", "Forest officials").</summary>
    private static bool IsPeopleForIt(Speaker speaker, string pronoun)
        => pronoun is "it" or "It" && speaker.Entity < 0 && NounOf(speaker) is var noun
            && Lexicon.SingularPersonNoun(noun) is not null;

    private bool Contradicts(string name, Gender pronoun)
        => pronoun != Gender.Unknown && KnownGender(name) is var known && known != Gender.Unknown && known != pronoun;

    /// <summary>The gender the article shows the person to be of, or that a he or she resolved to them gave.</summary>
    private Gender KnownGender(string name)
    {
        var known = (_genders ??= new GenderEvidence(_context)).Of(name);
        if (known == Gender.Unknown && _resolvedGenders is not null)
        {
            _resolvedGenders.TryGetValue(name, out known);
        }

        return known;
    }
}
