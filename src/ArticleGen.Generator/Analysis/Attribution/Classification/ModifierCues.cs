using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote between a determiner and a noun modifies the noun ("the “one country, two systems” model", "its “Halo”
/// glasses"): it names something and quotes nobody.
/// </summary>
internal sealed class ModifierCues
{
    /// <summary>At most this many adjectives stand between a determiner and a quote that modifies a noun ("the
    /// controversial “don't ask, don't tell” policy").</summary>
    private const int MaxModifierAdjectives = 2;

    private readonly AttributionContext _context;
    private readonly QuoteShapes _shapes;

    public ModifierCues(AttributionContext context, QuoteShapes shapes)
    {
        _context = context;
        _shapes = shapes;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>
    /// "the “one country, two systems” model", "his “America First” policy": a quote between a determiner and a noun
    /// modifies the noun; it names something, it quotes nobody.
    /// </summary>
    public bool IsModifier(int q)
    {
        // "the military's controversial “don't ask, don't tell” policy": up to two adjectives after the determiner or owner.
        int open = Document.OpenToken[q];
        int k = open - 1;
        while (k >= 1 && k >= open - MaxModifierAdjectives && Document.IsLowerWord(k) && Document.Tokens[k].Quote < 0
            && !Lexicon.IsDeterminer(Document.Text(k)) && Lexicon.IsContentWord(Document.Text(k)) && !SpeechCues.IsSpeechVerb(Document, k)
            && Document.TokenSentence[k] == Document.TokenSentence[open])
        {
            k--;
        }

        return k >= 0 && Document.Tokens[k].Quote < 0 && Document.TokenSentence[k] == Document.TokenSentence[open]
            && (Lexicon.IsDeterminer(Document.Text(k).ToLowerInvariant()) || (k < open - 1 && Document.IsPossessive(k)))
            && PrecedesNoun(q);
    }

    /// <summary>
    /// The quote ends in a letter or digit ("demons,” having" ends a clause), and the word after it reads as a noun: no
    /// function word, adverb or verb form ("“felon” ahead of", "“main difference” between").
    /// </summary>
    private bool PrecedesNoun(int q)
    {
        int close = Document.CloseToken[q];
        var quote = Document.Quotes[q];
        if (close < 0 || close + 1 >= Document.Tokens.Length || !Document.IsLowerWord(close + 1) || Document.Tokens[close + 1].Quote >= 0)
        {
            return false;
        }

        string next = Document.Text(close + 1);
        return quote.Length > 0 && char.IsLetterOrDigit(Document.Body[quote.Start + quote.Length - 1])
            && Lexicon.IsContentWord(next) && Lexicon.GetPronoun(next) == PronounKind.None && !SpeechCues.IsSpeechVerb(Document, close + 1)
            && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal)
            && !next.EndsWith("ly", StringComparison.Ordinal) && next is not ("between" or "ahead" or "than" or "behind" or "beyond");
    }

    /// <summary>
    /// "its “Halo” augmented-reality glasses", "the company's best-selling “Atlas” desk", "its “Golden Crunch” and “Oaty
    /// Rounds” ranges", "the maker of “Alpenstern” chocolate bars": up to <see cref="SpeechClassifier.MaxTermWords"/> words capitalised as a
    /// title, after a lower-case word that is no verb of saying or naming and before a noun (or "and" and another such quote
    /// before one), name a product, a work or a scheme, even inside a speech clause.
    /// </summary>
    public bool IsNamedModifier(int q)
    {
        int open = Document.OpenToken[q];
        if (open < 1 || Document.Tokens[open - 1].Quote >= 0
            || !(Document.IsLowerWord(open - 1) || Document.IsPossessive(open - 1)) || NamingCues.NamingWords.Contains(Document.Text(open - 1))
            || SpeechCues.IsSpeechVerbUse(Document, open - 1))
        {
            return false;
        }

        int close = Document.CloseToken[q];
        if (!PrecedesNoun(q)
            && !(q + 1 < Document.Quotes.Length && close >= 0 && close + 2 < Document.Tokens.Length && Document.Text(close + 1) is "and" or "or"
                && Document.OpenToken[q + 1] == close + 2 && PrecedesNoun(q + 1)))
        {
            return false;
        }

        var (words, capitalised, terminal, firstPerson) = _shapes.Shape(q);
        return words <= SpeechClassifier.MaxTermWords && capitalised == words && !terminal && !firstPerson;
    }
}
