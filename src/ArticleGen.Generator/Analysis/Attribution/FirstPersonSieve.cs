using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote in the first person singular ("I", "my", "me") that no speech clause introduces, inside a sentence about a
/// person: the sentence's subject before the quote speaks ("Jo Lee has sewn costumes for years, a hobby that “stemmed
/// through my love for Halloween.”", "Then 19, she saw the role as a “chance to face my demons”"). It runs after the cue
/// and continuation stages, never after a speech verb they could not resolve ("the mayor, who told her “my door …”"), and
/// takes only a person (a name or he/she), never it/they. A quote in the first person that is a sentence of its own
/// speaks for the subject of the narrating sentence before it in its paragraph ("Jo Lee thanked the firefighters. “We
/// will rebuild.”").
/// </summary>
internal sealed class FirstPersonSieve : AttributionSieve
{
    /// <summary>How many tokens of the quote are searched for a first-person word.</summary>
    private const int MaxQuoteTokens = 200;

    public FirstPersonSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    public override Subject? Find(int q)
    {
        int open = Document.OpenToken[q];
        int sentenceIndex = Document.TokenSentence[open];
        int sentenceStart = Document.Sentences[sentenceIndex].FirstToken;
        if (open == sentenceStart)
        {
            return AfterSentenceAboutAPerson(q, open, sentenceIndex);
        }

        if (open < sentenceStart || !SpeaksInFirstPerson(q, open, plural: false) || SpeechCues.HasSpeechVerbBefore(Document, sentenceStart, open))
        {
            return null;
        }

        return PersonSubject(sentenceStart, open);
    }

    /// <summary>
    /// "Jo Lee thanked the firefighters. “We will rebuild.”": a quote in the first person (singular or plural) that opens
    /// its sentence, after a sentence of the same paragraph about a person that reports no speech (the previous-sentence
    /// stage takes those).
    /// </summary>
    private Subject? AfterSentenceAboutAPerson(int q, int open, int sentenceIndex)
    {
        // "“Our mother was a giant,” her family said.": a speech clause of the quote's own sentence, even unresolved, speaks.
        var sentence = Document.Sentences[sentenceIndex];
        if (sentenceIndex == 0 || !SpeaksInFirstPerson(q, open, plural: true)
            || SpeechCues.HasSpeechVerbBefore(Document, open, Math.Min(sentence.EndToken, open + SubjectFinder.MaxScanTokens)))
        {
            return null;
        }

        var previous = Document.Sentences[sentenceIndex - 1];
        if (previous.Paragraph != sentence.Paragraph
            || SpeechCues.HasSpeechVerbBefore(Document, previous.FirstToken, previous.EndToken)
            || SpeechCues.HoldsQuote(Document, previous.FirstToken, previous.EndToken))
        {
            return null;
        }

        // The person must be the sentence's subject, a verb after the name: not "Police arrested Jo Lee on Monday".
        return PersonSubject(previous.FirstToken, previous.EndToken) is { } person
            && (person.Pronoun != PronounKind.None
                || (!Document.IsPossessive(person.EndToken - 1)
                    && Document.InSubjectPosition(person.FirstToken, person.EndToken, previous.FirstToken, previous.EndToken)))
            ? person
            : null;
    }

    /// <summary>The subject of the sentence part [<paramref name="start"/>, <paramref name="end"/>) when it is a person (a name or
    /// he/she), a surname of a person the text introduced too ("Luca Bernasconi … Bernasconi was defiant").</summary>
    private Subject? PersonSubject(int start, int end)
    {
        if (Subjects.MainSubject(start, end) is not { } subject
            || subject.Pronoun == PronounKind.Organization
            || (subject.Pronoun == PronounKind.None && !IsDefinitePersonNoun(subject)
                && !IsPersonOrKnownSurname(NameInterpreter.Interpret(Document, subject.FirstToken, subject.EndToken))))
        {
            return null;
        }

        return subject with { Rule = AttributionRule.FirstPerson, LastToken = -1 };
    }

    /// <summary>"The county boss further rebuked leaders …. “We must reject …”": a person's role noun after "the", which the
    /// linker then reads as the person it stands for.</summary>
    private bool IsDefinitePersonNoun(Subject subject)
        => subject.Nominal && Document.IsLowerWord(subject.EndToken - 1)
            && Lexicon.NominalKind(Document.Text(subject.EndToken - 1)) == NameKind.Person
            && Document.DefiniteArticleBefore(subject.EndToken - 1) >= 0;

    private bool SpeaksInFirstPerson(int q, int open, bool plural)
    {
        for (int k = open; k < Tokens.Length && k < open + MaxQuoteTokens && Tokens[k].Quote == q; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && (Lexicon.IsFirstPersonSingular(Document.Word(k)) || (plural && Lexicon.IsFirstPersonPlural(Document.Word(k)))))
            {
                return true;
            }
        }

        return false;
    }
}
