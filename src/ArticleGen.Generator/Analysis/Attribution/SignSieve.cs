namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Words on a sign speak for whoever carries it: "Many protesters carried banners reading “No farmers, no food”", "A
/// protester held up a placard that read “Cut waste, not services”": the subject of the sentence that holds the sign.
/// </summary>
internal sealed class SignSieve : AttributionSieve
{
    /// <summary>How many words may stand between the sign noun and "reading" ("banners in English reading").</summary>
    private const int MaxWordsAfterSign = 3;

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

        if (k < 1 || Tokens[k].Quote >= 0 || Document.Text(k) is not ("reading" or "read" or "saying" or "said" or "proclaiming" or "declaring"))
        {
            return null;
        }

        var sentence = Document.Sentences[Document.TokenSentence[open]];
        for (int m = k - 1; m >= sentence.FirstToken && m >= k - 1 - MaxWordsAfterSign; m--)
        {
            // "a banner from People's Vote saying": the sign names whose words they are, not who carries it.
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word || (Document.IsLowerWord(m) && Document.Text(m) is "from" or "by" or "of"))
            {
                return null;
            }

            if (Document.IsLowerWord(m) && Lexicon.IsSignNoun(Document.Text(m)))
            {
                return Subjects.MainSubject(sentence.FirstToken, m) is { } carrier ? carrier with { Rule = AttributionRule.SpeechVerb, LastToken = k } : null;
            }
        }

        return null;
    }
}
