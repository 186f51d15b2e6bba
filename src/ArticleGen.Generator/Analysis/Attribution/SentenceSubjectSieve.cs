namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// After every other stage and the speech classifier: a speech quote inside a sentence that no clause attributes takes
/// the sentence's subject before it, when that is a person's name that a verb follows ("Jo Lee thanked the volunteers for
/// their “…”"): the person the sentence is about, whose words it quotes. An organisation's or a pronoun's sentence is
/// left alone, as the dev set showed them wrong more often than right.
/// </summary>
internal sealed class SentenceSubjectSieve : AttributionSieve
{
    public SentenceSubjectSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    public override Subject? Find(int q)
    {
        int open = Document.OpenToken[q];
        var sentence = Document.Sentences[Document.TokenSentence[open]];
        if (open <= sentence.FirstToken || HasRelativeSpeechClause(sentence.FirstToken, open))
        {
            return null;
        }

        if (OwnerOfOpeningDocument(sentence.FirstToken, open) is { } owner)
        {
            return owner;
        }

        if (Subjects.MainSubject(sentence.FirstToken, open) is not { } subject
            || subject.Pronoun != PronounKind.None || subject.Nominal
            || (subject.FirstToken > 0 && Document.IsPunctuation(subject.FirstToken - 1, '('))
            || !IsPerson(subject) || Document.IsPossessive(subject.EndToken - 1)
            || !Document.InSubjectPosition(subject.FirstToken, subject.EndToken, sentence.FirstToken, open)
            || IsTold(subject.EndToken, open))
        {
            return null;
        }

        return subject with { Rule = AttributionRule.SentenceSubject, LastToken = -1 };
    }

    /// <summary>
    /// "Stephen Harper's Christmas message paid tribute to the nation's spirit, whose “…”", "George Bush's brief statement
    /// began with …, then gave “…”": a person's statement, message, speech or letter that opens the sentence (up to three
    /// words between the owner and the noun, a verb after it) speaks for the person, whatever its verb; null otherwise.
    /// </summary>
    private Subject? OwnerOfOpeningDocument(int start, int open)
    {
        const int MaxOwnerTokens = 8;
        for (int k = start; k < open && k < start + MaxOwnerTokens; k++)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }

            if (!Document.IsPossessive(k))
            {
                continue;
            }

            for (int noun = k + 1; noun < open - 1 && noun <= k + 4; noun++)
            {
                if (Tokens[noun].Quote >= 0 || Tokens[noun].Kind != TokenKind.Word)
                {
                    return null;
                }

                if (Document.IsLowerWord(noun) && Lexicon.IsDocumentNoun(Document.Text(noun)))
                {
                    return Document.IsCapitalised(k) && Document.IsLowerWord(noun + 1) && Tokens[noun + 1].Quote < 0
                        && NameInterpreter.Interpret(Document, Document.RunStart(k, start), k + 1) is { Kind: NameKind.Person } person
                        ? new Subject(Document.TokenAt(person.Start), k + 1, PronounKind.None, AttributionRule.SentenceSubject, -1)
                        : null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>A person's name, or a single word that names a person the text introduced ("Levy" after "Daniel Levy") or
    /// that a kin or role noun names ("Alden's brother Joe").</summary>
    private bool IsPerson(Subject subject)
        => NameInterpreter.Interpret(Document, subject.FirstToken, subject.EndToken) is { } name
            && (IsPersonOrKnownSurname(name) || (name is { Kind: NameKind.Unknown, WordCount: 1 } && AfterPersonNoun(subject.FirstToken)));

    private bool AfterPersonNoun(int token) => token > 0 && Document.IsLowerWord(token - 1) && Lexicon.IsPersonNoun(Document.Text(token - 1));

    /// <summary>"Jo Lee was told by a midwife that …", "Jo Lee was later told …": the subject of a passive speech verb (an
    /// adverb may stand between) is who heard the words; "Jo Lee was charged with “…”": the subject of a passive verb of
    /// the law is whom the charge names, in the words of the law or its officers.</summary>
    private bool IsTold(int k, int open)
    {
        for (int end = System.Math.Min(open, k + 4); k + 1 < end; k++)
        {
            if (SpeechCues.IsPassiveAuxiliary(Document, k)
                && (IsToldOrCharged(k + 1) || (k + 2 < end && IsToldOrCharged(k + 2))))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsToldOrCharged(int k)
        => SpeechCues.IsSpeechVerbUse(Document, k)
            || Document.Text(k) is "charged" or "convicted" or "indicted" or "sentenced" or "arrested" or "jailed" or "cleared" or "acquitted";

    /// <summary>"Jo Lee met the mayor, who told her “…”": a speech verb in a relative clause has a speaker of its own.</summary>
    private bool HasRelativeSpeechClause(int start, int open)
    {
        for (int k = System.Math.Max(start + 1, open - SubjectFinder.MaxScanTokens); k < open; k++)
        {
            if (Tokens[k].Quote < 0 && SpeechCues.IsSpeechVerbUse(Document, k) && Document.Text(k - 1) is "who" or "which" or "that")
            {
                return true;
            }
        }

        return false;
    }
}
