using System;

namespace ArticleGen.Generator.Analysis.Attribution;

// Phrases passed over between a subject and its verb: "on Monday", "in a statement", "(WFP)", an opening "In February,".
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// Whether the tokens from <paramref name="first"/> to the comma at <paramref name="comma"/> are a phrase opening the
    /// sentence with a preposition, a participle or a subordinator ("Writing on Twitter,", "In an interview with the BBC,",
    /// "Speaking to CNN,", "After meeting Jo Lee,", "Asked what they did wrong,"), or a participle alone ("Defending,", "Prosecuting,": the court
    /// reports' counsel): a name after its comma is the sentence's subject, not the end of a longer name.
    /// </summary>
    private bool IsOpeningPhrase(int first, int comma)
    {
        if (first >= comma || Tokens[first].Kind != TokenKind.Word)
        {
            return false;
        }

        // "A few weeks earlier,", "Two days later,", "Years ago,": a phrase of time that its last word makes one.
        if (comma - first <= MaxTimePhraseWords && Document.Text(comma - 1) is "earlier" or "later" or "ago" or "Earlier" or "Later"
            && AllWordsOutsideQuotes(first, comma))
        {
            return true;
        }

        string opener = Document.Text(first);

        // "Earlier in the night,", "Meanwhile,", "Later that day,": an adverb of time or sequence opens the phrase.
        if (opener is "Earlier" or "Later" or "Meanwhile" or "Previously" or "Afterwards" or "Afterward" or "Separately" or "Elsewhere"
            or "Yesterday" or "Overnight")
        {
            return comma - first <= MaxTimePhraseWords && AllWordsOutsideQuotes(first + 1, comma);
        }

        if (first + 1 == comma)
        {
            return opener.Length > 4 && opener.EndsWith("ing", StringComparison.Ordinal) && char.IsUpper(opener[0]);
        }

        // "Together with Sergei Lavrov,", "Shortly after the vote,", "Hours before the match,": an adverb before a
        // preposition or subordinator opens the phrase as the preposition would.
        if (IsAdverbBeforePreposition(opener) && first + 2 < comma
            && (Lexicon.IsPreposition(Document.Text(first + 1)) || Lexicon.IsOpeningSubordinator(Document.Text(first + 1))))
        {
            return AllWordsOutsideQuotes(first + 2, comma);
        }

        if (!Lexicon.IsPreposition(opener.ToLowerInvariant()) && !Lexicon.IsOpeningSubordinator(opener.ToLowerInvariant())
            && !IsPlacePrepositionOpening(opener)
            && !(opener.Length > 4 && opener.EndsWith("ing", StringComparison.Ordinal))
            && !(opener.Length > 4 && opener.EndsWith("ed", StringComparison.Ordinal)
                && (Lexicon.IsPreposition(Document.Text(first + 1)) || Lexicon.IsQuestionWord(Document.Text(first + 1)))))
        {
            return false;
        }

        return AllWordsOutsideQuotes(first + 1, comma);
    }

    private bool AllWordsOutsideQuotes(int first, int end)
    {
        for (int m = first; m < end; m++)
        {
            if (Tokens[m].Kind != TokenKind.Word || Tokens[m].Quote >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token after the commas that close up to <see cref="MaxOpeningPhrases"/> phrases opening the sentence at
    /// <paramref name="start"/> (each at most twelve tokens), else <paramref name="start"/>; "According to Jo Lee," names its
    /// source, so it is kept.</summary>
    private int AfterOpeningPhrase(int start, int limit)
    {
        if (string.Equals(Document.Text(start), "According", StringComparison.Ordinal))
        {
            return start;
        }

        // "Just a few weeks earlier, on January 25, 2006, Jo Lee": phrases may follow one another.
        for (int phrases = 0; phrases < MaxOpeningPhrases && AfterOnePhrase(start, limit) is var next && next > start; phrases++)
        {
            start = next;
        }

        return start;
    }

    /// <summary>The token after the comma that closes one opening phrase at <paramref name="start"/>, else <paramref name="start"/>.</summary>
    private int AfterOnePhrase(int start, int limit)
    {
        for (int k = start + 1; k < limit && k <= start + 12; k++)
        {
            if (Document.IsPunctuation(k, ','))
            {
                return IsOpeningPhrase(start, k) && k + 1 < limit ? k + 1 : start;
            }
        }

        return start;
    }

    /// <summary>
    /// The token before up to two phrases "on Monday", "on Friday night", "in a statement", "at a news conference" that end
    /// at <paramref name="k"/> and follow a name, a role noun or a document ("issued a statement on Monday saying"; at most
    /// five words after each preposition, each lower-case,
    /// a weekday or a month); else <paramref name="k"/>. "the agency in Tidewater said" keeps its place name.
    /// </summary>
    public int BeforeAdverbial(int k, int low)
    {
        int m = k;
        for (int phrases = 0; phrases < 2 && PhraseStart(m, low) is var preposition and > 0; phrases++)
        {
            m = preposition - 1;
            if (Tokens[m].Quote < 0
                && (Document.IsCapitalised(m)
                    || (Document.IsLowerWord(m) && (Lexicon.NominalKind(Document.Text(m)) != NameKind.Unknown || Lexicon.IsSpeakerNoun(Document.Text(m))))))
            {
                return m;
            }
        }

        return k;
    }

    /// <summary>The preposition opening a phrase of time or manner that ends at <paramref name="k"/>, or -1.</summary>
    private int PhraseStart(int k, int low)
    {
        for (int m = k; m > low && m >= k - 5; m--)
        {
            if (Tokens[m].Kind != TokenKind.Word || Tokens[m].Quote >= 0)
            {
                return -1;
            }

            string word = Document.Text(m);
            if (m < k && word is "on" or "in" or "at" or "during")
            {
                return m;
            }

            // "in which he called": a pronoun or a clause word is a clause of its own, no phrase.
            if ((!Document.IsLowerWord(m) && !Lexicon.IsWeekday(word) && !Lexicon.IsMonth(word))
                || Lexicon.GetPronoun(word) != PronounKind.None || Lexicon.IsClauseWord(word) || word is "whom" or "whose")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The token before a short parenthesis ending at <paramref name="k"/> ("(WFP)"), <paramref name="k"/> itself when it
    /// closes none, or -2 when the parenthesis is longer than 8 tokens or not opened after <paramref name="low"/>.
    /// </summary>
    private int BeforeParenthesis(int k, int low)
    {
        if (k < low || !Document.IsPunctuation(k, ')'))
        {
            return k;
        }

        int m = k - 1;
        while (m >= low && m >= k - 8 && !Document.IsPunctuation(m, '(') && !Document.IsPunctuation(m, ')')
            && Tokens[m].Quote < 0 && Tokens[m].Kind != TokenKind.Mark)
        {
            m--;
        }

        return m >= low && Document.IsPunctuation(m, '(') ? m - 1 : -2;
    }

    /// <summary>"Outside Toronto Pearson International Airport,", "Across the province,": a preposition of place that the
    /// lexicon's prepositions leave out (they bound names inside sentences, where "outside" may be an adverb), opening the
    /// sentence before its comma.</summary>
    private static bool IsPlacePrepositionOpening(string word)
        => word is "Outside" or "Inside" or "Across" or "Around" or "Behind" or "Beyond" or "Beside" or "Throughout" or "Along";

    /// <summary>Adverbs of company and time that open a phrase before a preposition or subordinator ("Together with",
    /// "Shortly after", "Hours before"); a list, since a name ending in "-ly" may stand there too ("Kelly from Acme").</summary>
    private static bool IsAdverbBeforePreposition(string word)
        => word is "Together" or "Along" or "Shortly" or "Immediately" or "Directly" or "Soon" or "Even" or "Just" or "Long"
            or "Right" or "Moments" or "Minutes" or "Hours" or "Days" or "Weeks" or "Months" or "Years";
}
