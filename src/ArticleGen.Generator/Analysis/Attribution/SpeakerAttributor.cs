using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Attributes each quote to a speaker with a sieve of stages, most precise first (in the spirit of Muzny et al. 2017):
/// a speech verb after the quote, a speech verb before it in its sentence, "according to X"; the subject found is
/// linked to a declared entity or a name of the text, a pronoun resolved to its antecedent. A quote no stage decides
/// may continue the quote before it, be a first-person quote about its sentence's subject, take the speaker of the
/// sentence before it, or resume the last speaker after narration; a speech quote still without a speaker may take its
/// sentence's subject, a person. Whenever no stage can decide, the quote has no speaker: a wrong speaker is worse than
/// none.
/// </summary>
internal sealed class SpeakerAttributor
{
    private readonly AttributionContext _context;
    private readonly AttributionSieve[] _sieves;
    private readonly SpeakerLinker _linker;
    private readonly QuotedFullNames _quotedNames;
    private readonly PronounResolver _pronouns;
    private readonly ContinuationSieve _continuation;
    private readonly SpeechClassifier _classifier;
    private readonly PreviousSentenceSieve _previousSentence;
    private readonly FirstPersonSieve _firstPerson;
    private readonly SentenceSubjectSieve _sentenceSubject;
    private readonly LeadPersonSieve _leadPerson;
    private readonly ResumedQuoteSieve _resumed;
    private readonly SubjectFinder _subjects;

    public SpeakerAttributor(AttributionContext context)
    {
        _context = context;
        _linker = new SpeakerLinker(context);
        _quotedNames = new QuotedFullNames(context);
        _subjects = new SubjectFinder(context, _linker);
        _sieves =
        [
            new InterviewSieve(context, _subjects),
            new TrailingCueSieve(context, _subjects),
            new LeadingCueSieve(context, _subjects),
            new AccordingToSieve(context, _subjects),
            new ColonSieve(context, _subjects),
            new SignSieve(context, _subjects),
            new HeadlineSieve(context, _subjects),
        ];
        _pronouns = new PronounResolver(context, _subjects, _linker);
        _continuation = new ContinuationSieve(context);
        _classifier = new SpeechClassifier(context);
        _previousSentence = new PreviousSentenceSieve(context, _subjects);
        _firstPerson = new FirstPersonSieve(context, _subjects);
        _sentenceSubject = new SentenceSubjectSieve(context, _subjects);
        _leadPerson = new LeadPersonSieve(context);
        _resumed = new ResumedQuoteSieve(context, _classifier);
    }

    private BodyDocument Document => _context.Document;

    public ImmutableArray<FoundQuote> Attribute(CancellationToken cancellationToken)
    {
        var quotes = Document.Quotes;
        for (int q = 0; q < quotes.Length; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Document.OpenToken[q] >= 0 && !TrySieves(q, out bool heOrShe) && !_context.UnresolvedClause[q])
            {
                if (!_continuation.TryContinue(q) && !(_firstPerson.Find(q) is { } subject && TryDecide(q, subject)))
                {
                    TryPreviousSentence(q);
                }

                // "“…,” she said" that no one resolves may go on from the quote before, but never as an organisation's words.
                if (heOrShe && _context.Speakers[q] is { Kind: NameKind.Organization })
                {
                    _context.Speakers[q] = null;
                    _context.Rules[q] = AttributionRule.None;
                }
            }
        }

        _continuation.FillMultiParagraphQuotes();
        var speech = new bool[quotes.Length];
        for (int q = 0; q < quotes.Length; q++)
        {
            speech[q] = Document.OpenToken[q] < 0 || (_classifier.IsSpeech(q) && !_classifier.NamesAgain(q, speech) && !_classifier.ContinuesList(q, speech));
        }

        for (int q = 0; q < quotes.Length; q++)
        {
            if (speech[q] && Document.OpenToken[q] >= 0 && _context.Speakers[q] is null && !_context.UnresolvedClause[q]
                && _sentenceSubject.Find(q) is { } subject)
            {
                TryDecide(q, subject);
            }
        }

        var result = ImmutableArray.CreateBuilder<FoundQuote>(quotes.Length);
        for (int q = 0; q < quotes.Length; q++)
        {
            var (sentenceStart, sentenceEnd) = SentenceSpan(q);
            var speaker = speech[q] ? _context.Speakers[q] : null;
            result.Add(new FoundQuote(
                quotes[q].Start,
                quotes[q].Length,
                sentenceStart,
                sentenceEnd - sentenceStart,
                speaker?.Entity ?? -1,
                speaker?.Name,
                speaker is null ? AttributionRule.None : _context.Rules[q],
                speech[q]));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// The first stage that finds a subject decides, if the subject resolves to a speaker. "it" or "they" that resolves to
    /// no organisation ("…,” they said" after two people are named) still tells that a group speaks, so the weaker stages
    /// must not give the quote to one person; "he" or "she" unresolved (<paramref name="heOrShe"/>) may still continue the
    /// previous quote.
    /// </summary>
    private bool TrySieves(int q, out bool heOrShe)
    {
        heOrShe = false;
        foreach (var sieve in _sieves)
        {
            if (sieve.Find(q) is { } subject)
            {
                bool decided = TryDecide(q, subject);
                _context.UnresolvedClause[q] |= !decided && subject.Pronoun == PronounKind.Organization;
                heOrShe = !decided && subject.Pronoun == PronounKind.Person && GenderEvidence.OfPronoun(Document.Text(subject.FirstToken)) != Gender.Unknown;
                return decided;
            }
        }

        return false;
    }

    private void TryPreviousSentence(int q)
    {
        if (_previousSentence.Find(q) is { } subject)
        {
            TryDecide(q, subject);
        }
        else if (_previousSentence.AnswersQuestion(q))
        {
            if (_previousSentence.AnswerSpeaker(q) is { } answerer)
            {
                _context.Decide(q, answerer, AttributionRule.PreviousSentence);
            }
        }
        else if (_previousSentence.PreviousQuoteSpeaker(q) is { } speaker)
        {
            _context.Decide(q, speaker, AttributionRule.Continuation);
        }
        else if (_leadPerson.Find(q) is { } lead)
        {
            _context.Decide(q, lead, AttributionRule.LeadPerson);
        }
        else if (_resumed.Find(q) is { } resumed)
        {
            _context.Decide(q, resumed, AttributionRule.Continuation);
        }
    }

    private bool TryDecide(int q, Subject subject)
    {
        var speaker = subject.Pronoun != PronounKind.None
            ? _pronouns.Resolve(subject.Pronoun, _context.Tokens[subject.FirstToken].Start, q) ?? _pronouns.NominalAntecedent(subject.FirstToken)
                ?? (Document.Text(subject.FirstToken) is "it" or "It" ? _pronouns.BodyAntecedent(subject.FirstToken) : null)
            : subject.Nominal ? NominalSpeaker(subject, q)
            : _linker.Link(subject.FirstToken, subject.EndToken) is { } linked
                ? OfficeAntecedent(subject, linked, q) ?? (linked.Kind == NameKind.Person ? null : HeadInLead(OfBeforeBody(subject.FirstToken)))
                    ?? _quotedNames.WithNameFromQuotes(linked)
                : AgeAntecedent(subject, q);
        if (speaker is not { } found)
        {
            return false;
        }

        if (subject.Pronoun == PronounKind.Person)
        {
            _pronouns.Remember(found, Document.Text(subject.FirstToken));
        }

        var rule = subject.Pronoun != PronounKind.None && subject.Rule is not (AttributionRule.PreviousSentence or AttributionRule.FirstPerson)
            ? AttributionRule.Pronoun
            : subject.Rule;
        _context.Decide(q, found, rule, subject.LastToken);
        return true;
    }

    /// <summary>"Gordon Brown will map out the scheme. The Prime Minister will say: “…”": a title after "the" that the article
    /// names no one with stands for the person "he" or "she" would, unless the text named that person under another title
    /// ("Foreign Minister Julie Bishop spoke. “…,” the Bishop said" keeps the Bishop).</summary>
    private Speaker? OfficeAntecedent(Subject subject, Speaker linked, int q)
        => linked.Entity < 0 && linked.Kind == NameKind.Person && subject.FirstToken > 0
            && Document.Text(subject.FirstToken - 1) is "the" && linked.Name == Document.Words(subject.FirstToken, subject.EndToken)
            && Lexicon.IsTitle(Document.Word(subject.EndToken - 1))
            && _pronouns.Resolve(PronounKind.Person, _context.Tokens[subject.FirstToken].Start, q) is { } person
            && !ReportsBefore(person, subject.FirstToken) && !_linker.Introductions.HasTitleBefore(person, subject.FirstToken)
            ? person
            : null;

    /// <summary>"Ines Duarte won the race. … the 28-year-old said": an age that no one was introduced with stands for a person
    /// named before, as "she" would, unless the text gave that person another age.</summary>
    private Speaker? AgeAntecedent(Subject subject, int q)
        => subject.EndToken == subject.FirstToken + 1 && Document.AgeNoun(subject.FirstToken) >= 0
            && _pronouns.Resolve(PronounKind.Person, _context.Tokens[subject.FirstToken].Start, q) is { } person
            && !_linker.Introductions.HasAgeBefore(person, subject.FirstToken)
            ? person
            : null;

    /// <summary>A role or group noun as speaker; "the airline" that no airline named before resolves stands for the body
    /// that is the subject of the sentence before; "the champion" that no one was named as stands for the person "she"
    /// would (<see cref="EpithetAntecedent"/>).</summary>
    private Speaker LinkNominal(int token, int q)
    {
        var speaker = _linker.Nominals.Link(token);
        if (speaker.Entity >= 0)
        {
            return speaker;
        }

        // The bare noun decides what the noun stands for; the speaker left is named as written.
        var written = _linker.Wording.AsWritten(speaker, token);
        return Lexicon.IsOrganizationKindNoun(speaker.Name) && Document.IsDefiniteBodyNoun(token)
                ? _pronouns.BodyAntecedent(token) ?? _linker.Nominals.DocumentAuthorBefore(token) ?? written
            : Document.DefiniteArticleBefore(token) >= 0 ? EpithetAntecedent(token, speaker, q) ?? (speaker.Name == Document.Word(token) ? _linker.Wording.AsIntroduced(token) : null) ?? written
            : Lexicon.IsSpokesNoun(speaker.Name) && IsIndefiniteSpokesperson(token)
                ? _pronouns.BodySubjectOfOwnSentence(token) ?? _pronouns.BodyAntecedent(token) ?? _pronouns.BodyOfSubjectBefore(token) ?? written
            : speaker.Name.EndsWith(Document.Word(token), StringComparison.Ordinal) ? NamedInNextParagraph(token) ?? written
            : written;
    }

    /// <summary>
    /// "A former nurse testified on Tuesday that she had raised concerns “at least four times”. ¶ Fiona McBride, 54, told
    /// the court …": a person's role noun after "a" or "an" in the article's first paragraph, as a news lead describes
    /// someone it names in the paragraph after, is the person whose full name is the subject of that paragraph's first
    /// sentence (of no other gender than the noun's); null otherwise. The noun phrase opens the lead (after a dateline's
    /// dash, if any): "A bus driver told a jury he heard a police officer shout “…”" names the driver after, not the
    /// officer. No official or source either, whom news leaves unnamed.
    /// </summary>
    private Speaker? NamedInNextParagraph(int token)
    {
        string noun = Document.Text(token);
        int sentence = Document.TokenSentence[token];
        var lead = Document.Sentences[sentence];
        int article = Document.IndefiniteArticleBefore(token);
        if (lead.Paragraph != 0 || Lexicon.NominalKind(noun) != NameKind.Person || Lexicon.IsSpokesNoun(noun)
            || noun is "official" or "source" || article < 0
            || !(article == lead.FirstToken || (article > lead.FirstToken && Document.IsDash(article - 1))))
        {
            return null;
        }

        return PersonOpeningSecondParagraph(GenderEvidence.OfDescribingNoun(noun));
    }

    /// <summary>A role noun as subject: what <see cref="LinkNominal"/> makes of it, or, for a body's head that it leaves as
    /// written ("The chief executive of Halden Bank said"), the person the lead names a paragraph late (<see cref="HeadInLead"/>).</summary>
    private Speaker NominalSpeaker(Subject subject, int q)
    {
        var role = LinkNominal(subject.FirstToken, q);
        bool asWritten = role.Entity < 0 && role.Name.Length > 0 && char.IsLower(role.Name[0]);
        return asWritten && HeadInLead(subject.EndToken) is { } head ? head : role;
    }

    /// <summary>The "of" before the body's name at <paramref name="body"/>, over a "the" and up to two lower-case words of its
    /// kind ("The CEO of cybersecurity company CrowdStrike"); when none stands there, the token the walk stopped at, which
    /// <see cref="HeadInLead"/> refuses.</summary>
    private int OfBeforeBody(int body)
    {
        int of = body - 1;
        of -= of >= 0 && Document.Text(of) is "the" ? 1 : 0;
        for (int modifiers = 0; of >= 0 && modifiers < 2 && Document.IsLowerWord(of) && Document.Text(of) is not "of"; modifiers++)
        {
            of--;
        }

        return of;
    }

    /// <summary>
    /// "Farmers should be “passionate,” the head of the National Farmers' Union said. ¶ Tom Bradshaw said …", "The CEO of
    /// cybersecurity company CrowdStrike said …": a body's head in the article's first paragraph, "the", a head's title and
    /// the "of" at <paramref name="of"/>, is the person whose full name is the subject of the next paragraph's first
    /// sentence, as a news lead names its source a paragraph late; null otherwise.
    /// </summary>
    private Speaker? HeadInLead(int of)
    {
        if (of < 2 || of >= _context.Tokens.Length || Document.Text(of) is not "of" || Document.Sentences[Document.TokenSentence[of]].Paragraph != 0)
        {
            return null;
        }

        int title = of;
        while (title > 0 && of - title < 2 && Lexicon.IsHeadTitle(Document.Text(title - 1)) && _context.Tokens[title - 1].Quote < 0)
        {
            title--;
        }

        return title < of && title > 0 && Document.Text(title - 1) is "the" or "The" ? PersonOpeningSecondParagraph(Gender.Unknown) : null;
    }

    /// <summary>The person whose full name is the subject of the first sentence of the article's second paragraph, of no
    /// other gender than <paramref name="gender"/> by their given name; null otherwise.</summary>
    private Speaker? PersonOpeningSecondParagraph(Gender gender)
    {
        // Read from the second paragraph's first token, not by walking the first paragraph's sentences: a lead may be long.
        if (Document.Paragraphs.Length < 2 || Document.ParagraphTokenStart[1] == Document.ParagraphTokenEnd[1])
        {
            return null;
        }

        int next = Document.TokenSentence[Document.ParagraphTokenStart[1]];
        return _subjects.MainSubject(Document.Sentences[next].FirstToken, Document.Sentences[next].EndToken) is { Pronoun: PronounKind.None, Nominal: false } named
            && NameInterpreter.Interpret(Document, named.FirstToken, named.EndToken) is { Kind: NameKind.Person, WordCount: >= 2 } person
            && !(gender != Gender.Unknown
                && GivenNames.Of(Document.Word(Document.TokenAt(person.Start))) is var given and not Gender.Unknown && given != gender)
            ? _linker.Link(named.FirstToken, named.EndToken)
            : null;
    }

    /// <summary>Whether "a" or "an" stands before the spokes noun at <paramref name="token"/>, a noun of a kind of body
    /// between or not ("a spokesperson", "an agency spokesperson" for a body the text names otherwise).</summary>
    private bool IsIndefiniteSpokesperson(int token)
    {
        int determiner = token - 1 >= 0 && Document.IsLowerWord(token - 1) && Lexicon.IsOrganizationKindNoun(Document.Text(token - 1)) ? token - 2 : token - 1;
        return determiner >= 0 && Document.Text(determiner) is "a" or "A" or "an" or "An";
    }

    /// <summary>"Ines Duarte won gold. “…,” the Olympic champion said": a noun that describes a person by what they do
    /// or won, that the article named no one with, stands for the person "she" or "he" would (of the noun's gender, if it
    /// has one: "the actress"); "the coach" or "the manager" only with no modifier; so does a noun of kin of one gender
    /// right after "the" ("David Turpin was also charged. ¶ The father said “…”"), and any person's noun given an age
    /// ("“…,” the nurse, 33, said"). Not the person named before it in its own
    /// sentence, who reports what the one so described said ("Berg said the driver had told him: “…”").</summary>
    private Speaker? EpithetAntecedent(int token, Speaker nominal, int q)
        => ((nominal.Name == Document.Word(token)
                && ((Lexicon.IsEpithetNoun(nominal.Name) && (!Lexicon.IsBareEpithetNoun(nominal.Name) || IsTeamsEpithet(token)))
                    || IsBareKinNoun(token, nominal.Name) || HasAgeAppositive(token)))
                || IsFormerRoleEpithet(token))
            && !OwnedBefore(token)
            && _pronouns.Resolve(PronounKind.Person, _context.Tokens[token].Start, q) is { } person
            && !ReportsBefore(person, token)
            ? person
            : null;

    /// <summary>"the coach", "the England manager": "the" and only capitalised words (a team's or a country's name) before the
    /// noun at <paramref name="token"/>, which keep a coach or a manager a team's, unlike "the programme manager".</summary>
    private bool IsTeamsEpithet(int token)
    {
        int article = Document.DefiniteArticleBefore(token);
        for (int k = article + 1; article >= 0 && k < token; k++)
        {
            if (!Document.IsCapitalised(k) || Document.IsPossessive(k))
            {
                return false;
            }
        }

        return article >= 0;
    }

    /// <summary>"“…,” the nurse, 33, said": an age set off by commas after the noun at <paramref name="token"/>, which news
    /// gives a person it has named.</summary>
    private bool HasAgeAppositive(int token)
        => token + 3 < _context.Tokens.Length && Document.IsPunctuation(token + 1, ',') && Document.Age(token + 2) >= 0
            && Document.IsPunctuation(token + 3, ',');

    /// <summary>Whether <paramref name="person"/> is named in the sentence of <paramref name="token"/> before a verb of
    /// saying that stands before it: the one who reports ("Berg said the driver"), not the one described ("Ines Duarte won
    /// gold, and the champion said").</summary>
    private bool ReportsBefore(Speaker person, int token)
    {
        int sentenceStart = _context.Tokens[Document.Sentences[Document.TokenSentence[token]].FirstToken].Start;
        for (int o = _context.LastOccurrenceStartingBefore(_context.Tokens[token].Start); o >= 0 && _context.Occurrences[o].Start >= sentenceStart; o--)
        {
            if (_context.Occurrences[o].Name == person.Name)
            {
                for (int k = Document.TokenAt(_context.Occurrences[o].End - 1) + 1; k < token; k++)
                {
                    if (_context.Tokens[k].Quote < 0 && SpeechCues.IsSpeechVerbUse(Document, k))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>"Tom Hale scored twice, and his coach was delighted. “…,” the coach said": the noun at <paramref name="token"/>
    /// written after "his", "her" or "their" in its paragraph or the one before names someone of the person's, not the
    /// person.</summary>
    private bool OwnedBefore(int token)
    {
        string noun = Document.Text(token);
        int paragraph = Document.Sentences[Document.TokenSentence[token]].Paragraph;
        int first = Document.ParagraphTokenStart[Math.Max(0, paragraph - 1)];
        for (int k = token - 1; k > first; k--)
        {
            if (_context.Tokens[k].Quote < 0 && string.Equals(Document.Text(k), noun, StringComparison.Ordinal)
                && Document.Text(k - 1) is "his" or "her" or "their" or "His" or "Her" or "Their")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Hecking was not impressed. “…,” the former Nurnberg coach said": "the former", the one word of where a role
    /// was held and the role of one person describe someone by their past, the one just written of, and name no one new
    /// ("the former president" alone may be someone else).</summary>
    private bool IsFormerRoleEpithet(int token)
        => token >= 3 && Document.Text(token - 2) is "former" && Document.Text(token - 3) is "the" or "The"
            && Document.IsCapitalised(token - 1) && _context.Tokens[token - 1].Quote < 0
            && Lexicon.NominalKind(Document.Text(token)) == NameKind.Person && !Lexicon.IsSpokesNoun(Document.Text(token));

    /// <summary>"The father said", not "the mother of Jo Lee said": that relative is named by whose they are.</summary>
    private bool IsBareKinNoun(int token, string noun)
        => GenderEvidence.IsGenderedKinNoun(noun) && Document.Text(token - 1) is "the" or "The"
            && (token + 1 >= _context.Tokens.Length || Document.Text(token + 1) is not "of");

    private (int Start, int End) SentenceSpan(int q)
    {
        var tokens = _context.Tokens;
        int open = Document.OpenToken[q];
        if (open < 0)
        {
            return (Document.Quotes[q].OpenMark, Document.Quotes[q].RegionEnd);
        }

        int last = Document.CloseToken[q] >= 0 ? Document.CloseToken[q] : open;
        while (last + 1 < tokens.Length && tokens[last + 1].Quote == q)
        {
            last++;
        }

        last = Math.Max(last, _context.AttributionEnd[q]);
        var first = Document.Sentences[Document.TokenSentence[open]];
        var final = Document.Sentences[Document.TokenSentence[last]];
        return (tokens[first.FirstToken].Start, tokens[final.EndToken - 1].End);
    }
}
