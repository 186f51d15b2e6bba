namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote glossed or translated where it stands: explained in brackets or an appositive, given as another name of a
/// noun, named as a word or a kind of thing, or the translation of words quoted before it.
/// </summary>
internal sealed class GlossCues
{
    private readonly AttributionContext _context;
    private readonly QuoteShapes _shapes;

    public GlossCues(AttributionContext context, QuoteShapes shapes)
    {
        _context = context;
        _shapes = shapes;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>
    /// "“Finch Circle”, a loyalty scheme", "the “Rural Broadband Fairness Act”, a bill": inside its sentence, a comma,
    /// then an appositive that opens with "a", "an" or "the", says what a quote capitalised as a title names ("“Yes,” the
    /// minister said" opens its sentence: the attribution follows; "described as a “specific threat”, the team …" is no
    /// title, and a lower-case quote may end a phrase before its clause so).
    /// </summary>
    public bool IsGlossed(int q)
    {
        int close = Document.CloseToken[q];
        int open = Document.OpenToken[q];
        if (close < 0 || Document.Sentences[Document.TokenSentence[open]].FirstToken == open)
        {
            return false;
        }

        var quote = Document.Quotes[q];
        bool comma = quote.Start + quote.Length < Document.Body.Length && Document.Body[quote.Start + quote.Length] == ',';
        int k = close + 1;
        if (k < Document.Tokens.Length && Document.IsPunctuation(k, ','))
        {
            comma = true;
            k++;
        }

        return comma && k < Document.Tokens.Length && Document.Tokens[k].Quote < 0 && Document.TokenSentence[k] == Document.TokenSentence[close]
            && Document.Text(k) is "a" or "an" or "the";
    }

    /// <summary>"“bicheiros” (illegal gambling enterprises)": a bracket right after the quote that opens with a lower-case
    /// word explains the word quoted.</summary>
    public bool GlossedInBrackets(int q)
    {
        int close = Document.CloseToken[q];
        return close >= 0 && close + 2 < Document.Tokens.Length && Document.IsPunctuation(close + 1, '(') && Document.IsLowerWord(close + 2)
            && Document.Tokens[close + 2].Quote < 0;
    }

    /// <summary>"called for jihad or “holy war”", "took part in protests or “raids”": "or" before the quote after a lower-case
    /// word that a preposition or a determiner opens, a noun whose other name the quote gives (not "would resign or “go
    /// down fighting”", whose "or" joins verbs).</summary>
    public bool OtherNameOfNoun(int q)
    {
        int or = Document.OpenToken[q] - 1;
        return or >= 2 && Document.Text(or) is "or" && Document.IsLowerWord(or - 1) && Document.Tokens[or - 1].Quote < 0
            && Document.Tokens[or - 2].Quote < 0 && (Lexicon.IsPreposition(Document.Text(or - 2)) || Lexicon.IsDeterminer(Document.Text(or - 2)));
    }

    /// <summary>"“Pro-life” is the umbrella term of choice", "“Fika” was the word on everyone's lips": a quote opening its
    /// sentence, then "is" or "was" and at most four words to a noun of words (term, word, phrase, name, label).</summary>
    public bool NamedAsWordAfter(int q)
    {
        int open = Document.OpenToken[q];
        int close = Document.CloseToken[q];
        if (close < 0 || Document.Sentences[Document.TokenSentence[open]].FirstToken != open || close + 2 >= Document.Tokens.Length
            || Document.Text(close + 1) is not ("is" or "was"))
        {
            return false;
        }

        for (int k = close + 2; k < Document.Tokens.Length && k <= close + 6 && Document.IsLowerWord(k) && Document.Tokens[k].Quote < 0; k++)
        {
            if (Document.Text(k) is "term" or "word" or "phrase" or "name" or "label" or "expression" or "nickname")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "“Zostajemy!”, Polish for “we're staying”", "meaning “change”", "which means “the first rain”", "literally
    /// “director's theatre”", "roughly “come and see”", "usually translated as “involution”", "“Oddychaj Spokojnie”, or “Breathe Easy”": the quote translates words
    /// quoted before it; it is a gloss, even inside a speech clause.
    /// </summary>
    public bool IsTranslation(int q)
    {
        int k = Document.OpenToken[q] - 1;
        if (k < 1 || Document.Tokens[k].Quote >= 0 || Document.TokenSentence[k] != Document.TokenSentence[k + 1])
        {
            return false;
        }

        string word = Document.Text(k);
        string before = Document.Text(k - 1);
        return word is "meaning" or "literally" or "roughly"
            || (word is "means" && before is "which" or "that")
            || (word is "as" && before is "translated" or "translates" or "rendered")
            || (word is "for" && Lexicon.IsLanguage(before))
            || (word is "or" && Document.IsPunctuation(k - 1, ',') && q > 0 && Document.CloseToken[q - 1] == k - 2
                && !InListOfAlternatives(q - 1, q));
    }

    /// <summary>"“Don't question God”, or “You're interpreting it wrong”, or “…”": an "or" before the first quote or after the
    /// second makes a list of things said, not a quote and its translation.</summary>
    private bool InListOfAlternatives(int first, int second)
    {
        int before = Document.OpenToken[first] - 1;
        int after = Document.CloseToken[second] + 1;
        return (before >= 0 && Document.Text(before) is "or")
            || (after > 0 && after + 1 < Document.Tokens.Length && Document.IsPunctuation(after, ',') && Document.Text(after + 1) is "or");
    }

    /// <summary>"A different kind of “robocall” was reported": a short quote that no speech clause introduces, named as a
    /// kind, type, form or sort of thing.</summary>
    public bool NamedAsKind(int q)
    {
        int k = Document.OpenToken[q] - 1;
        return k > 1 && Document.Text(k) is "of" && Document.Text(k - 1) is "kind" or "type" or "form" or "sort"
            && Document.TokenSentence[k] == Document.TokenSentence[k + 1] && _shapes.Shape(q).Words <= SpeechClassifier.MaxTermWords;
    }
}
