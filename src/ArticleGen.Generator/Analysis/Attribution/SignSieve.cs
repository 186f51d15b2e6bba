namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Words on a sign speak for whoever carries it: "Many protesters carried banners reading “No farmers, no food”", "A
/// protester held up a placard that read “Cut waste, not services”", "waving banners demanding “Justice for Jo”": the
/// subject of the sentence that holds the sign.
/// </summary>
internal sealed class SignSieve : AttributionSieve
{
    /// <summary>How many words may stand between the sign noun and "reading" ("banners in English reading").</summary>
    private const int MaxWordsAfterSign = 3;

    /// <summary>How many words may stand between the verb that carries a sign and its noun ("held up a large handwritten sign").</summary>
    private const int MaxWordsBeforeSign = 4;

    /// <summary>How many words the agent of a carrying participle and the words after it may have ("by a young man near the
    /// main stand").</summary>
    private const int MaxAgentWords = 10;

    /// <summary>How many lower-case descriptors may open the agent ("by a young man").</summary>
    private const int MaxAgentDescriptors = 3;

    public SignSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    public override Subject? Find(int q)
    {
        int open = Document.OpenToken[q];
        int k = open - 1;
        if (k >= 0 && Document.IsPunctuation(k, ':'))
        {
            k--;
        }

        if (k < 1 || Tokens[k].Quote >= 0
            || Document.Text(k) is not ("reading" or "read" or "saying" or "said" or "proclaiming" or "proclaimed" or "declaring" or "declared"
                or "demanding" or "urging"))
        {
            return null;
        }

        var sentence = Document.Sentences[Document.TokenSentence[open]];
        if (Document.IsPunctuation(k - 1, ',') && AgentOfCarryingParticiple(k - 1, sentence.FirstToken) is { } agent)
        {
            return agent with { Rule = AttributionRule.SpeechVerb, LastToken = k };
        }

        for (int m = k - 1; m >= sentence.FirstToken && m >= k - 1 - MaxWordsAfterSign; m--)
        {
            // "a banner from People's Vote saying": the sign names whose words they are, not who carries it.
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word || (Document.IsLowerWord(m) && Document.Text(m) is "from" or "by" or "of"))
            {
                return null;
            }

            if (Document.IsLowerWord(m) && Lexicon.IsSignNoun(Document.Text(m)))
            {
                var carrier = OwnerOfSign(m, sentence.FirstToken)
                    ?? (CarryingVerbBefore(m, sentence.FirstToken) is var verb and > 0 ? Subjects.Before(verb - 1, sentence.FirstToken) : null)
                    ?? Subjects.MainSubject(sentence.FirstToken, m);
                return carrier is { } found ? found with { Rule = AttributionRule.SpeechVerb, LastToken = k } : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "One banner, carried by medical students from the university, read “…”", "A placard, held up by Jo Lee, said “…”": the
    /// agent of a carrying participle set off by commas, the second at <paramref name="comma"/>, between a sign noun and the
    /// verb that reads the sign; null when no such participle stands there.
    /// </summary>
    private Subject? AgentOfCarryingParticiple(int comma, int first)
    {
        for (int by = comma - 2; by > first + 2 && by >= comma - 1 - MaxAgentWords; by--)
        {
            if (Tokens[by].Quote >= 0 || Tokens[by].Kind != TokenKind.Word)
            {
                return null;
            }

            if (Document.Text(by) is not "by")
            {
                continue;
            }

            int participle = Document.Text(by - 1) is "up" or "aloft" ? by - 2 : by - 1;
            int opening = participle - 1;
            if (!Document.IsLowerWord(participle) || !Lexicon.IsCarryingVerb(Document.Text(participle)) || !Document.IsPunctuation(opening, ',')
                || opening - 1 < first || Tokens[opening - 1].Quote >= 0)
            {
                return null;
            }

            return Document.IsLowerWord(opening - 1) && Lexicon.IsSignNoun(Document.Text(opening - 1))
                ? Subjects.After(by + 1, comma, AttributionRule.SpeechVerb, MaxAgentDescriptors)
                : null;
        }

        return null;
    }

    /// <summary>"Protesters' placards declared", "Jo Lee's banner read", "the union's banner read": the owner named by the
    /// possessive right before the sign noun at <paramref name="sign"/> carries the sign (a role or group noun as itself);
    /// null when no possessive stands there.</summary>
    private Subject? OwnerOfSign(int sign, int first)
    {
        int owner = sign - 1;
        if (owner < first || Tokens[owner].Quote >= 0)
        {
            return null;
        }

        if (Document.IsCapitalised(owner) && (Document.IsPossessive(owner) || Document.IsPluralPossessive(owner)))
        {
            return Subjects.Before(owner, first);
        }

        return Document.IsLowerWord(owner) && Document.IsPossessive(owner) && Lexicon.NominalKind(Document.Word(owner)) != NameKind.Unknown
            ? new Subject(owner, owner + 1, PronounKind.None, AttributionRule.SpeechVerb, owner, Nominal: true)
            : null;
    }

    /// <summary>
    /// "A protester in the public gallery held up a placard", "one woman holding a handwritten sign", "protesters gathered
    /// behind a banner": the verb that carries the sign noun at <paramref name="sign"/> (for "behind", the verb before it),
    /// with at most <see cref="MaxWordsBeforeSign"/> words between; -1 when none does.
    /// </summary>
    private int CarryingVerbBefore(int sign, int first)
    {
        for (int k = sign - 1; k > first && k >= sign - 1 - MaxWordsBeforeSign; k--)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word || !Document.IsLowerWord(k))
            {
                return -1;
            }

            if (Lexicon.IsCarryingVerb(Document.Text(k)))
            {
                return k;
            }

            if (Document.Text(k) is "behind" or "under" && k - 1 > first && Document.IsLowerWord(k - 1) && Tokens[k - 1].Quote < 0)
            {
                return k - 1;
            }
        }

        return -1;
    }
}
