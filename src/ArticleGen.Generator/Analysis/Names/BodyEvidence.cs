using ArticleGen.Generator.Analysis.Attribution;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// What the words around a name say of a name its own words leave a person's or unknown: "Dutch payments company Veldhoven
/// Pay", "the regional carrier AerLinn", "Brauhof Confectionery, the Swiss maker of …", "Celtic have completed …" all
/// name a body. A name that opens with a known given name is left alone ("the company Jo Lee founded").
/// </summary>
internal static class BodyEvidence
{
    /// <summary>How many modifiers an appositive may hold between its determiner and its noun ("the Swiss maker",
    /// "a Lisbon football club").</summary>
    private const int MaxAppositiveModifiers = 3;

    /// <summary>Whether the context of the run [<paramref name="first"/>, <paramref name="end"/>), in a paragraph whose
    /// tokens are [<paramref name="paragraphFirst"/>, <paramref name="paragraphEnd"/>), says that <paramref name="name"/>
    /// names a body.</summary>
    public static bool NamesBody(BodyDocument document, TextName name, int first, int end, int paragraphFirst, int paragraphEnd)
    {
        // The context first: it is read for every name, the name's own words only for the few it speaks of.
        if (name.Kind == NameKind.Organization
            || !((AfterBodyNoun(document, first, end, paragraphFirst, paragraphEnd) && !(name.Kind == NameKind.Person && Lexicon.IsTradeOfPeople(document.Text(first - 1))))
                || TakesPluralVerb(document, first, end, paragraphFirst, paragraphEnd)
                || DescribedAsBody(document, end, paragraphEnd, personsName: name.Kind == NameKind.Person)
                || TeamBeforeRole(document, first, end, paragraphEnd)))
        {
            return false;
        }

        string firstWord = document.Word(first);
        return GivenNames.Of(firstWord) == Gender.Unknown && !Lexicon.IsAcronym(firstWord) && !Lexicon.IsWeekday(firstWord)
            && !Lexicon.IsMonth(firstWord);
    }

    /// <summary>"payments company Veldhoven Pay", "the regional carrier AerLinn", "passenger group Rail Future": a lower-case
    /// noun of a business or a group right before the name; not one right after its determiner when a word goes on after
    /// the name, a relative clause's subject ("the company Jo Lee founded"). "His team, Solvane-Brix, said": the noun and a
    /// comma before a name set off in apposition.</summary>
    private static bool AfterBodyNoun(BodyDocument document, int first, int end, int paragraphFirst, int paragraphEnd)
    {
        if (first - 2 > paragraphFirst && document.IsPunctuation(first - 1, ',') && end < paragraphEnd && document.IsPunctuation(end, ','))
        {
            return document.IsLowerWord(first - 2) && document.Tokens[first - 2].Quote < 0 && Lexicon.IntroducesBody(document.Text(first - 2));
        }

        return first > paragraphFirst && document.IsLowerWord(first - 1) && document.Tokens[first - 1].Quote < 0
            && Lexicon.IntroducesBody(document.Text(first - 1))
            && !(first - 1 > paragraphFirst && Lexicon.IsDeterminer(document.Text(first - 2).ToLowerInvariant())
                && end < paragraphEnd && document.Tokens[end].Kind == TokenKind.Word);
    }

    /// <summary>"Celtic have completed", "Fenwick Rovers are": a plural verb after a name no "and" or list joins to another
    /// (over the titles and role nouns before it: "Luca Toni and Defender Marcell Jansen are"), which no one person's name
    /// takes; not after one plural word opening a sentence, a common noun ("Astronomers have").</summary>
    private static bool TakesPluralVerb(BodyDocument document, int first, int end, int paragraphFirst, int paragraphEnd)
    {
        if (end >= paragraphEnd || document.Text(end) is not ("have" or "are" or "were"))
        {
            return false;
        }

        int joined = first;
        while (joined > paragraphFirst && document.IsCapitalised(joined - 1)
            && ((document.NameClass(joined - 1) & NameWordClass.Title) != 0 || Lexicon.IsCapitalisedPersonNoun(document.Word(joined - 1))))
        {
            joined--;
        }

        return !(joined > paragraphFirst && (document.Text(joined - 1) is "and" or "or" or "&" || document.IsPunctuation(joined - 1, ',')))
            && !(end == first + 1 && document.Sentences[document.TokenSentence[first]].FirstToken == first
                && document.Text(first).EndsWith("s", System.StringComparison.Ordinal));
    }

    /// <summary>"Daegu Ospreys pitcher Kang Min-jae", "Ospreys manager Jeon Dae-sik": a name in the plural (its last word
    /// ends in "s", as a team's does) before a person's role noun and the person's name is the body they work for; a
    /// person's name in the singular stays a person's ("Putin spokesman Dmitry Peskov").</summary>
    private static bool TeamBeforeRole(BodyDocument document, int first, int end, int paragraphEnd)
    {
        string last = document.Text(end - 1);
        return end + 1 < paragraphEnd && last.Length > 3 && last[last.Length - 1] == 's' && last[last.Length - 2] != 's'
            && !document.IsPossessive(end - 1) && document.IsLowerWord(end) && document.Tokens[end].Quote < 0
            && Lexicon.NominalKind(document.Text(end)) == NameKind.Person && !Lexicon.IsKinNoun(document.Text(end))
            && document.IsCapitalised(end + 1) && document.Tokens[end + 1].Quote < 0;
    }

    /// <summary>"Brauhof Confectionery, the Swiss maker of …", "Sporting CP, the Lisbon club", "Rail Future, a passenger
    /// group": an appositive after the name whose noun is a business's or a group's, after its determiner and at most
    /// <see cref="MaxAppositiveModifiers"/> modifiers; not a trade of people after a person's name ("Jo Lee, a music
    /// publisher").</summary>
    private static bool DescribedAsBody(BodyDocument document, int end, int paragraphEnd, bool personsName)
    {
        int k = end;
        if (k + 2 >= paragraphEnd || !document.IsPunctuation(k, ',') || document.Text(k + 1) is not ("the" or "a" or "an"))
        {
            return false;
        }

        for (k += 2; k < paragraphEnd && k <= end + 2 + MaxAppositiveModifiers; k++)
        {
            if (document.Tokens[k].Kind != TokenKind.Word || document.Tokens[k].Quote >= 0)
            {
                return false;
            }

            if (document.IsLowerWord(k) && Lexicon.IntroducesBody(document.Text(k)))
            {
                return !(personsName && Lexicon.IsTradeOfPeople(document.Text(k)));
            }
        }

        return false;
    }
}
