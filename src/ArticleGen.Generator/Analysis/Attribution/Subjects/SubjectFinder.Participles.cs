namespace ArticleGen.Generator.Analysis.Attribution;

// Who speaks a participle that the name before it does not: ", with Jo Lee saying", "… outside Washington saying".
internal sealed partial class SubjectFinder
{
    /// <summary>How many tokens an absolute phrase may hold between "with" and its participle.</summary>
    private const int MaxAbsoluteTokens = 20;

    /// <summary>
    /// ", with Jo Lee, the coach, saying “…”", ", with Anne Smillie chief executive of Badminton Scotland saying",
    /// ", with a scientist at the centre noting that “…”": the subject of an absolute phrase, opened by "with" after a comma
    /// or at the sentence's start, of the participle at <paramref name="verb"/>; null when no such phrase holds it ("Jo Lee
    /// agreed with Tom Hale, saying" is Jo Lee's: no comma before "with").
    /// </summary>
    public Subject? AbsoluteWith(int verb, int sentenceStart)
    {
        int with = -1;
        for (int k = verb - 1; k >= sentenceStart && k >= verb - MaxAbsoluteTokens; k--)
        {
            // A finite speech verb opens another clause; a participle may be a noun's modifier ("the tsunami warning centre").
            if (Tokens[k].Quote >= 0 || Document.IsPunctuation(k, ';') || (SpeechCues.IsSpeechVerbUse(Document, k) && !SpeechCues.IsParticiple(Document, k)))
            {
                return null;
            }

            if (Document.Text(k) is "with" or "With")
            {
                with = k;
                break;
            }
        }

        if (with < 0 || with + 1 >= verb || (with > sentenceStart && !Document.IsPunctuation(with - 1, ',')))
        {
            return null;
        }

        if (Document.IsCapitalised(with + 1))
        {
            return After(with + 1, verb, AttributionRule.SpeechVerb, 0);
        }

        // "a scientist at the centre", "one senior official": a role noun, after at most three lower-case words, that no
        // name follows.
        for (int k = with + 1; k < verb && k <= with + 4 && Document.IsLowerWord(k) && Tokens[k].Quote < 0; k++)
        {
            if (Lexicon.NominalKind(Document.Text(k)) == NameKind.Unknown)
            {
                continue;
            }

            return NominalAt(k, verb, AttributionRule.SpeechVerb)
                ?? (Lexicon.IsPreposition(Document.Text(k + 1)) ? new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true) : null);
        }

        return null;
    }

    /// <summary>
    /// "Trump issued a statement at his golf club outside Washington saying", "… in Austin, Texas, saying": the start of a
    /// phrase of place, a preposition of place and a name that is not a person's, ending at <paramref name="k"/> before a
    /// participle (a place does not speak; the sentence's subject does); -1 when there is none.
    /// </summary>
    public int PlacePhraseBefore(int k, int low)
    {
        if (k > low && Document.IsPunctuation(k, ','))
        {
            k--;
        }

        for (int runs = 0; runs < 2 && k > low && Document.IsCapitalised(k) && Tokens[k].Quote < 0; runs++)
        {
            int start = Document.RunStart(k, low);
            if (NameInterpreter.Interpret(Document, start, k + 1) is not { Kind: NameKind.Unknown })
            {
                return -1;
            }

            int preposition = start - 1 > low && Document.Text(start - 1) is "the" ? start - 2 : start - 1;
            if (preposition > low && Document.Text(preposition) is "in" or "at" or "outside" or "inside" or "near" or "across")
            {
                return preposition;
            }

            // "Washington, D.C.", "Austin, Texas": the place may be named with its state or country after a comma.
            k = start - 1 > low && Document.IsPunctuation(start - 1, ',') ? start - 2 : -1;
        }

        return -1;
    }

    /// <summary>
    /// "Jo Lee decided not to play for the Iranian Chess Federation saying", "… wrote to the council saying": the
    /// preposition before a body (a name that is no person's, or a body's noun) ending at <paramref name="k"/> right
    /// before a participle; the body is the object and does not speak, the sentence's subject does ("a letter from the
    /// council saying" is the council's words: "from" and "by" name an author). -1 when there is none.
    /// </summary>
    public int PrepositionBeforeBody(int k, int low)
    {
        int start = BodyEndingAt(k, low, organizationOnly: true);
        int preposition = start - 1 > low && Document.Text(start - 1) is "the" ? start - 2 : start - 1;
        return start >= 0 && preposition > low && Document.Text(preposition) is "for" or "against" or "to" or "into" or "on" or "over" or "with"
            ? preposition
            : -1;
    }

    /// <summary>
    /// "Jo Lee wrote an open letter to Prime Minister Tom Hale arguing", "… turned to Tom Hale saying": the "to" after a
    /// lower-case word before a person's name ending at <paramref name="k"/> right before a participle; the one written or
    /// spoken to is the object and does not speak, the sentence's subject does. -1 when there is none.
    /// </summary>
    public int ToBeforePerson(int k, int low)
    {
        if (k <= low || !Document.IsCapitalised(k) || Tokens[k].Quote >= 0)
        {
            return -1;
        }

        int start = Document.RunStart(k, low);
        return start - 2 >= low && Document.Text(start - 1) is "to" && Document.IsLowerWord(start - 2)
            && NameInterpreter.Interpret(Document, start, k + 1) is { Kind: NameKind.Person } name && name.End == Tokens[k].End
            ? start - 1
            : -1;
    }
}
