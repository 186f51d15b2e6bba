namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote in the first person singular ("I", "my", "me") that no speech clause introduces, inside a sentence about a
/// person: the sentence's subject before the quote speaks ("Jo Lee has sewn costumes for years, a hobby that “stemmed
/// through my love for Halloween.”", "Then 19, she saw the role as a “chance to face my demons”"). It runs after the cue
/// and continuation stages, never after a speech verb they could not resolve ("the mayor, who told her “my door …”"), and
/// takes only a person (a name or he/she), never it/they.
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
        int sentenceStart = Document.Sentences[Document.TokenSentence[open]].FirstToken;
        if (open <= sentenceStart || !SpeaksInFirstPerson(q, open) || SpeechCues.HasSpeechVerbBefore(Document, sentenceStart, open))
        {
            return null;
        }

        if (Subjects.MainSubject(sentenceStart, open) is not { } subject
            || subject.Pronoun == PronounKind.Organization
            || (subject.Pronoun == PronounKind.None && NameInterpreter.Interpret(Document, subject.FirstToken, subject.EndToken) is not { Kind: NameKind.Person }))
        {
            return null;
        }

        return subject with { Rule = AttributionRule.FirstPerson, LastToken = -1 };
    }

    private bool SpeaksInFirstPerson(int q, int open)
    {
        for (int k = open; k < Tokens.Count && k < open + MaxQuoteTokens && Tokens[k].Quote == q; k++)
        {
            if (Tokens[k].Kind == TokenKind.Word && IsFirstPersonSingular(Document.Word(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFirstPersonSingular(string word)
        => word is "I" or "me" or "my" or "My" or "myself" or "mine" or "I'm" or "I\u2019m" or "I've" or "I\u2019ve"
            or "I'd" or "I\u2019d" or "I'll" or "I\u2019ll";
}
