using System;

namespace ArticleGen.Generator.Analysis.Attribution;

// A person named around a noun phrase: "Jo Lee of the water board", "editor Heather Antos", "Jo Lee of the House of Lords initiated".
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// "Jo Lee of the tribal historic preservation office told": a person's name, "of", "at" or "from", then a noun phrase
    /// of up to eight words ending in the lower-case word <paramref name="k"/> before the verb; null when a clause word,
    /// preposition, pronoun or speech verb shows that the words are a clause of their own.
    /// </summary>
    private Subject? PersonOfLowerCasePhrase(int k, int low)
    {
        for (int m = k - 1; m >= low && m >= k - 8; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word)
            {
                return null;
            }

            string word = Document.Text(m);
            if (word is "of" or "at" or "from")
            {
                if (m - 1 < low || !Document.IsCapitalised(m - 1) || Tokens[m - 1].Quote >= 0)
                {
                    return null;
                }

                int start = Document.RunStart(m - 1, low);
                var name = NameInterpreter.Interpret(Document, start, m);
                if (name is { Kind: NameKind.Person, WordCount: >= 2 } person)
                {
                    return new Subject(Document.TokenAt(person.Start), m, PronounKind.None, AttributionRule.SpeechVerb, k);
                }

                // "Jo Lee of the University of Namibia's physics department": the body's own name may hold "of"; the person
                // stands before the "of" or "from" that opens it.
                if (name is not { Kind: not NameKind.Person } || start - 1 <= low || Document.Text(start - 1) is not "the")
                {
                    return null;
                }

                m = start - 1;
                continue;
            }

            if (OpensClause(m) || (Document.IsLowerWord(m) && Lexicon.IsPreposition(word)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether the lower-case word at <paramref name="m"/> shows a clause of its own: a clause word, a pronoun, a
    /// speech verb or an auxiliary ("who", "she", "said", "was").</summary>
    private bool OpensClause(int m)
    {
        string word = Document.Text(m);
        return Document.IsLowerWord(m)
            && (Lexicon.IsClauseWord(word) || Lexicon.GetPronoun(word) != PronounKind.None || SpeechCues.IsSpeechVerb(Document, m)
                || Lexicon.IsAuxiliary(word));
    }

    /// <summary>Whether the word at <paramref name="k"/> is the role noun of one person ("spokesperson", "commissioner"), not a
    /// plural.</summary>
    private bool IsOnePersonRoleNoun(int k)
        => Lexicon.NominalKind(Document.Text(k)) == NameKind.Person && !Lexicon.IsPluralNoun(Document.Text(k));

    /// <summary>
    /// A person's name after one to <paramref name="maxDescriptors"/> lower-case descriptors starting at <paramref name="k"/>
    /// ("editor Heather Antos", "deputy director Michael Morell"); null when a descriptor is a preposition, clause word,
    /// pronoun, auxiliary or speech verb, or no person's name follows.
    /// </summary>
    private Subject? PersonAfterDescriptors(int k, int end, int maxDescriptors)
    {
        int m = DescriptorsEnd(k, end, maxDescriptors);
        if (m <= k || m >= end || !Document.IsCapitalised(m) || Tokens[m].Quote >= 0)
        {
            return null;
        }

        int personEnd = Document.RunEnd(m, end);
        return NameInterpreter.Interpret(Document, m, personEnd) is { Kind: NameKind.Person }
            ? new Subject(m, personEnd, PronounKind.None, AttributionRule.SpeechVerb, personEnd - 1)
            : null;
    }

    /// <summary>The end of up to <paramref name="maxDescriptors"/> lower-case descriptors from <paramref name="k"/> ("disaster
    /// agency", "study co-author"; a body's letters after one and before a role noun: "deputy UN ambassador"): the first token
    /// that is none; -1 when a preposition, clause word, pronoun, auxiliary or speech verb stands among them, which no
    /// descriptor is.</summary>
    private int DescriptorsEnd(int k, int end, int maxDescriptors)
    {
        int m = k;
        while (m < end && m - k < maxDescriptors && Tokens[m].Quote < 0
            && (Document.IsLowerWord(m) || (m > k && m + 1 < end && Lexicon.IsAcronym(Document.Word(m)) && Document.IsLowerWord(m + 1)
                && Lexicon.NominalKind(Document.Text(m + 1)) != NameKind.Unknown)))
        {
            string word = Document.Text(m);
            if (Lexicon.IsPreposition(word) || Lexicon.IsClauseWord(word) || Lexicon.GetPronoun(word) != PronounKind.None
                || Lexicon.IsAuxiliary(word) || SpeechCues.IsSpeechVerb(Document, m))
            {
                return -1;
            }

            m++;
        }

        return m;
    }

    /// <summary>
    /// "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called": the person right before a participle
    /// whose phrase ends at <paramref name="k"/> (at most 12 tokens, no punctuation, clause word or speech verb in it); or
    /// the role or group noun there ("Police searching for the girl say").
    /// </summary>
    private Subject? PersonBeforeParticiple(int k, int low)
    {
        for (int m = k; m > low && m > k - 12; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word)
            {
                return null;
            }

            string word = Document.Text(m);
            bool participle = Document.IsLowerWord(m) && word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal);
            // "an official mailing list" is no official who mails: the participle must open its phrase.
            if (participle && m - 1 >= low && Document.IsRoleNoun(m - 1) && m + 1 <= k && OpensPhrase(m + 1))
            {
                return new Subject(m - 1, m, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
            }

            if (participle && Document.IsCapitalised(m - 1) && Tokens[m - 1].Quote < 0)
            {
                int start = Document.RunStart(m - 1, low);
                return NameInterpreter.Interpret(Document, start, m) is { Kind: NameKind.Person } name
                    ? new Subject(Document.TokenAt(name.Start), m, PronounKind.None, AttributionRule.SpeechVerb, k)
                    : null;
            }

            if (Document.IsLowerWord(m) && (Lexicon.IsClauseWord(word) || SpeechCues.IsSpeechVerb(Document, m)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a preposition, a determiner or a capitalised word stands at <paramref name="k"/>: the start of a
    /// participle's object or phrase ("searching for", "investigating the", "visiting Tidewater").</summary>
    private bool OpensPhrase(int k)
        => Tokens[k].Quote < 0 && Tokens[k].Kind == TokenKind.Word
            && (Lexicon.IsPreposition(Document.Text(k)) || Lexicon.IsDeterminer(Document.Text(k)) || Document.IsCapitalised(k));

    /// <summary>The start of the place named after "of", "from" or "in" before <paramref name="comma"/> whose state or country
    /// the name of one or two words between <paramref name="comma"/> and <paramref name="end"/> may be ("of Tidewater, Ohio");
    /// -1 when no such place stands there or that name opens with a given name.</summary>
    private int PlaceBeforeState(int comma, int end, int low)
    {
        int place = Document.NameStartBefore(comma, low);
        return end - comma - 1 <= 2 && GivenNames.Of(Document.Word(comma + 1)) == Gender.Unknown && place - 1 >= low
            && Document.IsLowerWord(place - 1) && Document.Text(place - 1) is "of" or "from" or "in" or "near"
            ? place
            : -1;
    }

    /// <summary>
    /// "Corine Lombardo from Scotia, N.Y., said", "Tomas Brandt of Dunmore, Ireland, an officer at …, said": the name of one
    /// or two words between <paramref name="comma"/> and <paramref name="end"/>, after a person's "from" or "of" and a place,
    /// is that place's state or country, and the person speaks. Null otherwise, or when that name opens with a given name
    /// ("Jo Lee of Acme, Tom Hale, said" is left alone).
    /// </summary>
    private Subject? PersonFromPlaceBeforeComma(int comma, int end, int low)
    {
        int place = PlaceBeforeState(comma, end, low);
        if (place - 2 < low || Document.Text(place - 1) is not ("from" or "of") || !Document.IsCapitalised(place - 2))
        {
            return null;
        }

        // "Outside the Royal Courts of Justice, Fairweather said": a name after a determiner or a preposition is a place's.
        int first = Document.RunStart(place - 2, low);
        return (first == low || !(Lexicon.IsDeterminer(Document.Word(first - 1)) || Lexicon.IsPreposition(Document.Word(first - 1))))
            && NameInterpreter.Interpret(Document, first, place - 1) is { Kind: NameKind.Person } person
            ? new Subject(Document.TokenAt(person.Start), place - 1, PronounKind.None, AttributionRule.SpeechVerb, place - 2)
            : null;
    }

    /// <summary>
    /// A person's name [<paramref name="k"/>, <paramref name="runEnd"/>), then "of", "at" or "from", a name that may go on
    /// over "of" ("the House of Lords"), and a lower-case word other than a preposition (its verb): the person, or null.
    /// </summary>
    private Subject? PersonOfNameBeforeVerb(int k, int runEnd, int end)
    {
        if (runEnd + 1 >= end || Document.Text(runEnd) is not ("of" or "at" or "from")
            || NameInterpreter.Interpret(Document, k, runEnd) is not { Kind: NameKind.Person } person)
        {
            return null;
        }

        int m = Document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
        while (m < end && Document.IsCapitalised(m) && Tokens[m].Quote < 0)
        {
            m = Document.RunEnd(m, end);
            if (m + 1 < end && Document.Text(m) is "of" && Document.IsCapitalised(m + 1))
            {
                m++;
            }
        }

        return m > runEnd + 1 && m < end && Document.IsCapitalised(m - 1) && Document.IsLowerWord(m) && Tokens[m].Quote < 0
            && !Lexicon.IsPreposition(Document.Text(m)) && !Lexicon.IsClauseWord(Document.Text(m))
            ? new Subject(Document.TokenAt(person.Start), runEnd, PronounKind.None, AttributionRule.SpeechVerb, runEnd - 1)
            : null;
    }
}
