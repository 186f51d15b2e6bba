using System;
using System.Text;
using ArticleGen.Generator.Analysis.Attribution;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Turns a run of capitalised words into a name: leading function words ("The", "As", months) are dropped;
/// a run with a title keeps what follows the last title ("Chinese Foreign Minister Wang Yi" → "Wang Yi");
/// a run with an organisation cue is an organisation ("China Daily", "Alachua Sheriff's Office");
/// two or more name-shaped words are a person.
/// </summary>
internal static class NameInterpreter
{
    /// <summary>Whether a token can be part of a capitalised run.</summary>
    public static bool IsCapitalisedWord(string body, Token token)
        => token.Kind == TokenKind.Word && (CodePoints.IsUpper(body, token.Start) || HasLowerCasePrefix(body, token) || HasParticlePrefix(body, token));

    /// <summary>"eThekwini", "eBay", "iPhone": one lower-case letter before a capital, as a prefix of a name.</summary>
    private static bool HasLowerCasePrefix(string body, Token token)
        => token.Length >= 4 && char.IsLower(body[token.Start]) && char.IsUpper(body[token.Start + 1]) && char.IsLower(body[token.Start + 2]);

    /// <summary>"el-Sisi", "al-Assad", "bin-Talal": a lower-case Arabic particle joined to a capitalised name.</summary>
    private static bool HasParticlePrefix(string body, Token token)
    {
        // The hyphen can stand only at the few places a particle's length allows: a plain loop over them, as this runs on
        // every lower-case word of the text.
        int hyphen = -1;
        int last = Math.Min(token.Start + Lexicon.MaxJoinedParticleLength, token.End - 2);
        for (int i = token.Start + Lexicon.MinJoinedParticleLength; i <= last && hyphen < 0; i++)
        {
            hyphen = body[i] == '-' ? i : -1;
        }

        return hyphen > 0 && CodePoints.IsUpper(body, hyphen + 1) && Lexicon.IsJoinedParticle(body.Substring(token.Start, hyphen - token.Start));
    }

    public static TextName? Interpret(BodyDocument document, int first, int end)
    {
        // "said April Orgill": a month that is a given name, after a verb of saying and before a surname, opens a person's name
        // ("In April Smith said" is a date).
        if (IsMonthGivenNameAfterSpeechVerb(document, first, end))
        {
            return Build(document, first, end, NameKind.Person);
        }

        // "On Sunday Jo Lee said": a day opening the run is no part of the name, unless an organisation's word follows it
        // ("the Sunday Telegraph", "the Sunday Times").
        // "The All India Chess Federation": "All" opening a body's name is part of it.
        while (first < end && document.IsAny(first, NameWordClass.FunctionWord)
            && !(first + 1 < end && Lexicon.IsWeekday(document.Word(first)) && document.IsAny(first + 1, NameWordClass.OrganizationCue))
            && !(first + 2 < end && document.Word(first) == "All" && document.IsAny(end - 1, NameWordClass.OrganizationCue)))
        {
            first++;
        }

        // "Another passenger Tweeted:": a verb of speech in the past, capitalised after a lower-case word, names no one.
        if (end == first + 1 && first > 0 && document.IsLowerWord(first - 1) && document.Word(first) is var single
            && single.EndsWith("ed", StringComparison.Ordinal) && Lexicon.IsSpeechVerb(single.ToLowerInvariant()))
        {
            return null;
        }

        // "The next day on Twitter Jo Lee accused …": a platform that ends an opening phrase is no part of the name after it.
        while (first + 1 < end && Lexicon.IsPlatform(document.Word(first)) && AllPersonWords(document, first + 1, end))
        {
            first++;
        }

        // "Fourteen-year-old Zoe", "Immunologist Kristian Andersen", "IM Dorsa Derakhshani": a descriptor before a name.
        // "Governors Andrew Cuomo and Phil Murphy": a title's plural before a given name ("Doctors Without Borders" is a body).
        // "AB de Villiers": capitals before a particle are the initials that stand for the given name, no descriptor.
        // "KP Sharma Oli", "K T Rama Rao": undotted initials before a given name and a surname are no descriptor.
        while (first + 1 < end && !OpensWithInitials(document, first, end, titled: false)
            && ((IsLeadingDescriptor(document.Word(first)) && !Lexicon.IsNameParticle(document.Word(first + 1)))
                || (GivenNames.Of(document.Word(first + 1)) != Gender.Unknown && IsTitlesPlural(document.Word(first))))
            && AllPersonWords(document, first + 1, end)
            && (end - first > 2 || IsAge(document.Word(first))))
        {
            first++;
        }

        // "London-based Linamar", "North American-based Linamar": where a body (or a person, above) is based or born is no
        // part of the name after it; nor is a run that ends in one a name ("A Midlands-based street artist").
        for (int k = first; k < end && k <= first + 2; k++)
        {
            if (IsOriginDescriptor(document.Word(k)))
            {
                first = k + 1;
                break;
            }
        }

        if (first >= end)
        {
            return null;
        }

        // "Groundskeeper Dennis Fairweather said", "Opener Faisal Mirza made 88": a word of a doer ("-er", "-or", "-man")
        // opening the sentence that is no given name, before a given name and a surname, describes the person.
        if (end - first >= 3 && document.Sentences[document.TokenSentence[first]].FirstToken == first
            && IsDoersWord(document.Word(first)) && GivenNames.Of(document.Word(first)) == Gender.Unknown
            && GivenNames.Of(document.Word(first + 1)) != Gender.Unknown && AllPersonWords(document, first, end))
        {
            first++;
        }

        // "Sentencing Jefferies to seven days, he said", "Jailing Tomas Brandt for two years, the judge said", "Linking
        // Pakistan's development challenges with global examples, he said": a participle opening the sentence, its object's
        // name after it and a preposition after that, or the name owning the object, is no part of the name.
        if (end - first >= 2 && end < document.Tokens.Length && document.Sentences[document.TokenSentence[first]].FirstToken == first
            && Lexicon.IsIngForm(document.Word(first)) && GivenNames.Of(document.Word(first)) == Gender.Unknown
            && document.IsLowerWord(end) && (Lexicon.IsPreposition(document.Word(end)) || document.IsPossessive(end - 1))
            && AllPersonWords(document, first + 1, end))
        {
            first++;
        }

        // "Carmaker Toyota said", "Startup Lumora unveiled": a noun of a kind of business opening the sentence describes the
        // body named after it ("Publisher Jo Lee", with a given name after it, is a person's role).
        if (end - first >= 2 && document.Sentences[document.TokenSentence[first]].FirstToken == first
            && Lexicon.IsBusinessKindWord(document.Word(first)) && GivenNames.Of(document.Word(first + 1)) == Gender.Unknown)
        {
            return Build(document, first + 1, end, NameKind.Organization);
        }

        // "Unite's Tom Hale", "Neo Democrats' Kwan Wing-yip": a person's full name after an owner's possessive is the name.
        for (int k = end - 3; k >= first; k--)
        {
            if ((document.IsPossessive(k) || document.IsPluralPossessive(k)) && AllPersonWords(document, k + 1, end))
            {
                first = k + 1;
                break;
            }
        }

        // "Uganda's Ministry of Health", "Saudi Arabia's Ministry of Foreign Affairs": the country that owns a body of its
        // state is no part of the body's name.
        for (int k = first; k < end - 1 && k <= first + 2; k++)
        {
            if (document.IsPossessive(k) && Lexicon.OpensStateBody(document.Word(k + 1)))
            {
                first = k + 1;
                break;
            }
        }

        // "Kama Melly QC", "Jo Lee MSP": post-nominal letters are no part of the name (a seat's after two words or more: "a
        // Donegal TD" is a deputy for Donegal), nor is the day of the clause ("Jo Lee Monday told"), nor the currency of an
        // amount ("fined Glimmerly EUR 480 million").
        while (end - 1 > first && (Lexicon.IsPostNominal(document.Word(end - 1)) || Lexicon.IsWeekday(document.Word(end - 1))
            || (end - 2 > first && Lexicon.IsSeatPostNominal(document.Word(end - 1)))
            || Lexicon.IsCurrencyCode(document.Word(end - 1))))
        {
            end--;
        }

        if (first >= end)
        {
            return null;
        }

        // "Martin Luther King Jr.": a generational suffix ends a person's name but tells nothing of the name before it. The
        // suffixes are stripped in a loop, so the name before them is read once (no recursion a long run could deepen).
        int named = end;
        while (named - first >= 2 && Lexicon.IsGenerationalSuffix(document.Word(named - 1)))
        {
            named--;
        }

        // "Queen Elizabeth II", "King Abdullah II": the ordinal names the monarch, so the regnal title is left out as any
        // title is ("Pope Francis" keeps it, a given name alone naming no one).
        if (named < end)
        {
            if (Interpret(document, first, named) is not { Kind: NameKind.Person } person)
            {
                return null;
            }

            int personStart = document.TokenAt(person.Start);
            return Build(document, personStart + 1 < named && Lexicon.IsRegnalTitle(document.Word(personStart)) ? personStart + 1 : personStart, end, NameKind.Person);
        }

        // "Manchester United", "Leeds United": a club; "United" opening a name is a place's ("United States").
        bool organization = end - first >= 2 && document.Word(end - 1) == "United";
        int lastTitle = -1;
        int lastCue = -1;
        for (int k = first; k < end; k++)
        {
            var word = document.NameClass(k);
            lastTitle = (word & NameWordClass.Title) != 0 && !IsGivenNameTitle(document, k, first, end) ? k : lastTitle;
            lastCue = (word & (NameWordClass.OrganizationCue | NameWordClass.NonPersonWord)) != 0 ? k : lastCue;
            organization |= (word & NameWordClass.OrganizationCue) != 0;
        }

        // "Pope Francis", "Queen Elizabeth II": a regnal title before a single given name stays in the name.
        if (lastTitle >= 0 && lastTitle + 2 == end && Lexicon.IsRegnalTitle(document.Word(lastTitle)) && AllPersonWords(document, end - 1, end))
        {
            return Build(document, lastTitle, end, NameKind.Person);
        }

        // "Health Canada", "Public Health England": a sector's title before one word, no office's noun between, names a state
        // agency (a minister is named after "Health Minister").
        if (lastTitle >= 0 && lastTitle + 2 == end && Lexicon.IsSectorTitle(document.Word(lastTitle)))
        {
            return Build(document, first, end, NameKind.Organization);
        }

        if (lastTitle >= 0 && lastTitle + 1 < end
            && (AllPersonWords(document, lastTitle + 1, end) || IsPersonWithPlaceSurname(document, lastTitle + 1, end, titled: true)
                || OpensWithInitials(document, lastTitle + 1, end, titled: true)))
        {
            return Build(document, lastTitle + 1, end, NameKind.Person);
        }

        // "Stephen King", "Foreign Minister Julie Bishop": a title that is also a surname ends a person's name; so it does
        // after a form of address ("Mr Prince", "Mrs Bishop").
        if (lastTitle == end - 1 && Lexicon.IsSurnameTitle(document.Word(lastTitle)))
        {
            if (SurnameAfterTitle(document, first, lastTitle) is var given and >= 0)
            {
                return Build(document, given, end, NameKind.Person);
            }

            if (lastTitle > first && document.Word(lastTitle - 1) is "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss")
            {
                return Build(document, lastTitle, end, NameKind.Person);
            }
        }

        // "United Nations Nikki Haley": an organisation in front of a person's full name; but a word that opens a place's name
        // ends nothing ("New Zealand First", "South Sudan Airways").
        if (lastCue >= 0 && end - lastCue - 1 >= 2 && AllPersonWords(document, lastCue + 1, end) && !OpensPlaceName(document.Word(lastCue)))
        {
            return Build(document, lastCue + 1, end, NameKind.Person);
        }

        // "Bergmann Energy", "Apex Health": a sector word after a name ends a company's name, where before a name or a
        // title it is a ministry's ("Energy Secretary Jo Lee", "Health Minister").
        organization |= lastTitle == end - 1 && end - first >= 2 && Lexicon.IsSectorTitle(document.Word(end - 1))
            && (document.NameClass(end - 2) & (NameWordClass.Title | NameWordClass.NameShaped)) == NameWordClass.NameShaped;
        if (organization)
        {
            return Build(document, first, end, NameKind.Organization);
        }

        if (lastTitle >= 0)
        {
            // Titles only ("President"), or a title before a place ("State Guesthouse"); a title that a connector joins to
            // the rest names a body ("Transport for London").
            return lastTitle + 1 >= end ? null
                : document.IsLowerWord(lastTitle + 1) && !Lexicon.IsNameParticle(document.Word(lastTitle + 1)) ? Build(document, first, end, NameKind.Organization)
                : Build(document, lastTitle + 1, end, NameKind.Unknown);
        }

        // "rapper Kanye West": a person's role noun before the name stands for a title.
        bool roleBefore = first > 0 && document.IsLowerWord(first - 1) && Lexicon.NominalKind(document.Text(first - 1)) == NameKind.Person;
        var kind = end - first >= 2 && !OpensWithSaint(document.Word(first))
            && (AllPersonWordsBut(document, first, end, IsGivenNameTitle(document, first, first, end) ? first : -1)
                || IsPersonWithPlaceSurname(document, first, end, titled: roleBefore)
                || OpensWithInitials(document, first, end, titled: roleBefore))
            ? NameKind.Person
            : NameKind.Unknown;
        return Build(document, first, end, kind);
    }

    /// <summary>"New", "North", "Central": a word that opens a place's name ("New Zealand", "North Korea", "Central Asia").</summary>
    private static bool OpensPlaceName(string word)
        => word is "New" or "North" or "South" or "East" or "West" or "Northern" or "Southern" or "Eastern" or "Western" or "Central";

    /// <summary>"San Fernando", "São Paulo", "Santa Cruz", "Santo Domingo": a saint's title in Spanish or Portuguese opening a
    /// name untitled names a place ("Aung San Suu Kyi" has it inside).</summary>
    private static bool OpensWithSaint(string word) => word is "San" or "Santa" or "Santo" or "São" or "Sao";

    /// <summary>"Assistant Library Director", "Library Director", "Prime Minister": whether the capitalised run from
    /// <paramref name="first"/> to <paramref name="end"/> ends with a person's title (not a sector's, as "Apex Health" ends)
    /// and names no one, or a body only by a word of its kind: a role, not a name.</summary>
    public static bool IsTitleNamingNoOne(BodyDocument document, int first, int end)
        => Lexicon.IsTitle(document.Word(end - 1)) && !Lexicon.IsSectorTitle(document.Word(end - 1))
            && Interpret(document, first, end) is null or { Kind: NameKind.Organization };

    /// <summary>
    /// The person at the end of the run after "TITLE of", "TITLE to" or "TITLE for" ("Mayor of London Sadiq Khan", "First
    /// Minister of Scotland Nicola Sturgeon", "Ambassador to Germany Jo Lee", "Special Representative for Iran Brian Hook"): the title is of a place or body named first, so the last two name words (with any particles
    /// between them) are the person, when at least one word is left for the place. Null unless the words before
    /// <paramref name="first"/> are "TITLE of", "TITLE to", "TITLE for" or "TITLE of the" and the run is not already a titled or
    /// organisation-prefixed name.
    /// </summary>
    public static TextName? PersonAfterTitleOf(BodyDocument document, int first, int end)
    {
        int title = end - first < 3 ? -1 : TitleBefore(document, first);
        if (title < 0)
        {
            return null;
        }

        if (Interpret(document, first, end) is not { } whole)
        {
            return null;
        }

        // "Ambassador to the United States Cui Tiankai": a person's name after a body's or place's name is read already.
        if (whole.Start != document.Tokens[first].Start)
        {
            return whole.Kind == NameKind.Person ? whole : null;
        }

        int start = end;
        for (int words = 0; start > first && words < 2;)
        {
            start--;
            if (!Lexicon.IsNameParticle(document.Word(start)))
            {
                words++;
            }
        }

        // "Counterterrorism John O. Brennan": a middle initial leaves the given name before it in the person's name.
        if (start - 1 > first && IsInitial(document.Word(start)) && GivenNames.Of(document.Word(start - 1)) != Gender.Unknown)
        {
            start--;
        }

        // "Head of the Atomic Energy Organization of Iran Ali Akbar Salehi": a known given name before the two words opens the
        // person's name, one word at least left for the place.
        if (start - 1 > first && GivenNames.Of(document.Word(start - 1)) != Gender.Unknown && AllPersonWords(document, start - 1, start))
        {
            start--;
        }

        // "chief executive of Valverde Metropolitan Transit": after a role noun in lower case the body's name may end the run,
        // so the person's name opens with a known given name ("general secretary of Aslef Mick Whelan"); a place an envoy is
        // sent to ends before the name ("ambassador to the U.S. Qin Gang").
        return start > first && AllPersonWords(document, start, end) && !Lexicon.IsNameParticle(document.Word(start))
            && (!document.IsLowerWord(title) || document.Word(title + 1) is "to" || GivenNames.Of(document.Word(start)) != Gender.Unknown)
            ? Build(document, start, end, NameKind.Person)
            : null;
    }

    /// <summary>The title word right before the "of", "to" or "for" (and "the") that stands before the run at
    /// <paramref name="first"/> ("Mayor of London …", "Secretary of the Navy …"), or before a name of up to
    /// <see cref="MaxTitleHops"/> - 1 more such phrases ("Director of the Scottish Council of Jewish Communities …"); -1 if none.</summary>
    public static int TitleBefore(BodyDocument document, int first)
    {
        bool listed = false;
        for (int hops = 0; hops < MaxTitleHops; hops++)
        {
            int preposition = first - 1;
            if (preposition >= 0 && document.Tokens[preposition].Kind == TokenKind.Word && document.Word(preposition) == "the")
            {
                preposition--;
            }

            // "Commissioner for Trade and Industry Peter Mandelson": the office's name goes on over "and", and over the commas of
            // a list that "and" ends ("Minister of Sport, Arts and Culture Zizi Kodwa").
            if (listed && preposition >= 1 && document.IsPunctuation(preposition, ',') && document.IsCapitalised(preposition - 1)
                && document.Tokens[preposition - 1].Quote < 0)
            {
                first = document.RunStart(preposition - 1, 0);
                continue;
            }

            if (preposition < 1 || document.Tokens[preposition].Kind != TokenKind.Word
                || document.Tokens[preposition - 1].Kind != TokenKind.Word || document.Tokens[preposition - 1].Quote >= 0)
            {
                return -1;
            }

            if (document.Word(preposition) is "and" && document.IsCapitalised(preposition - 1))
            {
                first = document.RunStart(preposition - 1, 0);
                listed = true;
                continue;
            }

            if (document.Word(preposition) is not ("of" or "to" or "for"))
            {
                return -1;
            }

            // "general secretary of Aslef Mick Whelan": a person's role noun in lower case is the title too.
            if (document.IsAny(preposition - 1, NameWordClass.Title)
                || (document.IsLowerWord(preposition - 1) && Lexicon.NominalKind(document.Word(preposition - 1)) == NameKind.Person
                    && !Lexicon.IsRelationNoun(document.Word(preposition - 1))))
            {
                return preposition - 1;
            }

            if (!document.IsCapitalised(preposition - 1))
            {
                return -1;
            }

            first = document.RunStart(preposition - 1, 0);
        }

        return -1;
    }

    /// <summary>
    /// "KP Sharma Oli", "K T Rama Rao", "Prime Minister KP Oli": one or two capitals written without dots, standing for
    /// given names, open the run from <paramref name="first"/> and person's words end it: two or more of them, or one after
    /// a title (<paramref name="titled"/>), as one alone ("AC Milan", "RB Leipzig") is a club's name as often.
    /// </summary>
    private static bool OpensWithInitials(BodyDocument document, int first, int end, bool titled)
    {
        int named = first;
        while (named < end && named - first < 3 && IsUndottedInitials(document.Word(named)))
        {
            named++;
        }

        return named > first && end - named >= (titled ? 1 : 2) && AllPersonWords(document, named, end);
    }

    /// <summary>"KP", "K": one or two capitals, not a title, nor letters that stand for anything but given names (<see
    /// cref="Lexicon.IsLettersOfNoName"/>).</summary>
    public static bool IsUndottedInitials(string word)
        => word.Length <= 2 && AllUpper(word) && word[0] is >= 'A' and <= 'Z' && word[word.Length - 1] is >= 'A' and <= 'Z'
            && !Lexicon.IsTitle(word) && !Lexicon.IsLettersOfNoName(word);

    /// <summary>"O.", "J.": a capital letter and its dot, a middle initial.</summary>
    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>At most this many "of" phrases stand between a title and the name after them.</summary>
    private const int MaxTitleHops = 3;

    /// <summary>
    /// A word before a person's name that describes the person: an age ("Fourteen-year-old"), a role noun opening a
    /// sentence ("Striker Marcus Reed"), an occupation by its suffix ("Immunologist", "Economist", "Physician",
    /// "Photographer"), or letters that are no name ("IM", "GM").
    /// </summary>
    private static bool IsLeadingDescriptor(string word)
        => IsAge(word) || Lexicon.IsCapitalisedPersonNoun(word) || IsOriginDescriptor(word)
            || (word.Length > 5 && (word.EndsWith("ician", StringComparison.Ordinal) || word.EndsWith("ographer", StringComparison.Ordinal)
                || (word.EndsWith("ist", StringComparison.Ordinal) && !word.EndsWith("Christ", StringComparison.Ordinal))))
            || (word.Length <= 4 && !IsNameShaped(word) && AllUpper(word));

    /// <summary>"Senators", "Governors": the plural of a title ("Sens." reads as a title already).</summary>
    private static bool IsTitlesPlural(string word)
        => word.Length > 4 && word[word.Length - 1] == 's' && Lexicon.IsTitle(word.Substring(0, word.Length - 1));

    /// <summary>"Venezuela-born", "Berlin-based": where a person comes from or works, before the name.</summary>
    private static bool IsOriginDescriptor(string word)
        => word.EndsWith("-born", StringComparison.Ordinal) || word.EndsWith("-based", StringComparison.Ordinal);

    private static bool AllUpper(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Groundskeeper", "Curator", "Frontman": a word in a doer's ending.</summary>
    private static bool IsDoersWord(string word) => word.Length > 5 && Lexicon.HasDoersEnding(word);

    /// <summary>The first of the person words right before the surname at <paramref name="surname"/>, after any title; -1 if none.</summary>
    private static int SurnameAfterTitle(BodyDocument document, int first, int surname)
    {
        int given = surname;
        while (given > first && !document.IsAny(given - 1, NameWordClass.Title))
        {
            given--;
        }

        return given < surname && AllPersonWords(document, given, surname) ? given : -1;
    }

    /// <summary>"30-year-old", "Fourteen-years-old": a person's age written before the name.</summary>
    public static bool IsAge(string word)
        => word.IndexOf('-') > 0
            && (word.IndexOf("-year-old", StringComparison.OrdinalIgnoreCase) > 0 || word.IndexOf("-years-old", StringComparison.OrdinalIgnoreCase) > 0);

    private static bool AllPersonWords(BodyDocument document, int first, int end) => AllPersonWordsBut(document, first, end, -1);

    /// <summary>Whether every word of [<paramref name="first"/>, <paramref name="end"/>) but the one at
    /// <paramref name="except"/> may be a word of a person's name.</summary>
    private static bool AllPersonWordsBut(BodyDocument document, int first, int end, int except)
    {
        const NameWordClass NoPersonWord = NameWordClass.OrganizationCue | NameWordClass.NonPersonWord | NameWordClass.Title;
        for (int k = first; k < end; k++)
        {
            var word = document.NameClass(k);
            if (k != except && ((word & NoPersonWord) != 0 || (word & NameWordClass.NameShaped) == 0) && !IsUndottedMiddleInitial(document, k, first, end))
            {
                return false;
            }

            // "Reporters Without Borders", "Mothers Against Drunk Driving": a preposition inside the run joins no person's
            // names ("Johnnie To" ends with one).
            if (k > first && k < end - 1 && (word & NameWordClass.FunctionWord) != 0 && Lexicon.IsPreposition(document.Word(k).ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the two-word run at <paramref name="first"/> is a month that is a given name ("April", "June") and a
    /// surname, right after a verb of saying in lower case.</summary>
    private static bool IsMonthGivenNameAfterSpeechVerb(BodyDocument document, int first, int end)
        => end - first == 2 && first > 0 && document.Word(first) is "April" or "June"
            && (document.NameClass(first + 1) & (NameWordClass.NameShaped | NameWordClass.Title | NameWordClass.FunctionWord | NameWordClass.NonPersonWord)) == NameWordClass.NameShaped
            && document.IsLowerWord(first - 1) && document.Tokens[first - 1].Quote < 0 && Lexicon.IsSpeechVerb(document.Text(first - 1));

    /// <summary>"Dean Winter", "Dean Smith": a title that is also a given name, opening a run of two words whose second is a
    /// name's and no title, is the given name; "Dean of Students Jo Lee" and "Dean Jo Lee" keep the title.</summary>
    private static bool IsGivenNameTitle(BodyDocument document, int k, int first, int end)
        => k == first && end - first == 2 && GivenNames.Of(document.Word(k)) != Gender.Unknown
            && (document.NameClass(k + 1) & (NameWordClass.Title | NameWordClass.NameShaped)) == NameWordClass.NameShaped;

    /// <summary>"Michael D Higgins", "George W Bush": a capital letter alone after a given name and before the surname is a
    /// middle initial whose full stop the outlet drops ("Plan B" ends with its letter).</summary>
    private static bool IsUndottedMiddleInitial(BodyDocument document, int k, int first, int end)
    {
        string word = document.Text(k);
        return k > first && k < end - 1 && word.Length == 1 && word[0] is >= 'A' and <= 'Z' && GivenNames.Of(document.Word(k - 1)) != Gender.Unknown;
    }

    /// <summary>
    /// "Judge Durham Hall", "President Moon Jae-in", "Park Geun-hye", "Jae-won Park", "Tom French", "Ambassador Sun Yuxi": a
    /// name of two words or more whose one place word is a common surname ("Hall", "Park", "Moon"), standing last or (of two
    /// words) first after a title (<paramref name="titled"/>), first before or last after a hyphenated given name, or last
    /// after a given name when it names no kind of place. Without a title,
    /// "Carnegie Hall", "Albert Hall" and "Wall Street" stay places.
    /// </summary>
    private static bool IsPersonWithPlaceSurname(BodyDocument document, int first, int end, bool titled)
    {
        if (end - first < 2)
        {
            return false;
        }

        int surname = (titled && Lexicon.IsPlaceSurname(document.Word(end - 1)))
                || (end - first == 2 && Lexicon.IsGivenNameSurname(document.Word(end - 1)) && GivenNames.Of(document.Word(first)) != Gender.Unknown)
                || (end - first == 2 && Lexicon.IsPlaceSurname(document.Word(end - 1)) && IsHyphenatedGivenName(document.Word(first)))
            ? end - 1
            : end - first == 2 && Lexicon.IsPlaceSurname(document.Word(first)) && (titled || IsHyphenatedGivenName(document.Word(end - 1))) ? first
            : -1;
        return surname >= 0 && AllPersonWordsBut(document, first, end, surname);
    }

    /// <summary>"Jae-in", "Geun-hye", "Yat-sen": a capitalised syllable, a hyphen and a lower-case one.</summary>
    private static bool IsHyphenatedGivenName(string word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > word.Length - 3 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (int i = 1; i < word.Length; i++)
        {
            if (i != hyphen && !char.IsLower(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What <paramref name="word"/> can be in a name (<see cref="BodyDocument.NameClass"/> reads it once per token).</summary>
    public static NameWordClass ClassOf(string word)
        => Lexicon.NameClasses(word) | (IsNameShaped(word) ? NameWordClass.NameShaped : NameWordClass.None);

    /// <summary>An initial ("F.", or "M․" with a one dot leader), or a capital followed by letters with at least one lower-case letter
    /// ("Blinken", "McArthur", "O'Rourke", "Jean-Claude"); acronyms and numbers are no person names.</summary>
    private static bool IsNameShaped(string word)
    {
        if (Lexicon.IsNameParticle(word))
        {
            return true;
        }

        if (word.Length == 2 && word[1] is '.' or '\u2024' && char.IsUpper(word[0]))
        {
            return true;
        }

        // Joined initials, "A.J." or "J.R.R.", but not the dotted places and unions written the same way ("U.S.", "U.N.").
        if (IsJoinedInitials(word))
        {
            return word is not ("U.S." or "U.K." or "U.N." or "E.U." or "U.S.A." or "U.A.E." or "D.C." or "N.Y." or "L.A.");
        }

        // "of" in "Ministry of Iraq" is no name word; "el-Sisi" is, by its particle.
        if (!char.IsUpper(word[0]) && word.IndexOf('-') < 0)
        {
            return false;
        }

        bool lower = false;
        foreach (char c in word)
        {
            if (char.IsDigit(c) || c == '.' || c == '&')
            {
                return false;
            }

            lower |= char.IsLower(c);
        }

        return lower;
    }

    /// <summary>Two to four capitals, each followed by a dot: "A.J.", "J.R.R.".</summary>
    public static bool IsJoinedInitials(string word)
    {
        if (word.Length < 4 || word.Length > 8 || word.Length % 2 != 0)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static TextName Build(BodyDocument document, int first, int end, NameKind kind)
    {
        string last = document.Word(end - 1);
        int nameEnd = document.Tokens[end - 1].Start + last.Length;
        if (end - first == 1)
        {
            return new TextName(document.Tokens[first].Start, nameEnd, last, kind, 1);
        }

        // Words written with one space between them, as names nearly always are, are the body's own text: one string.
        if (SingleSpaced(document, first, end))
        {
            int start = document.Tokens[first].Start;
            return new TextName(start, nameEnd, document.Body.Substring(start, nameEnd - start), kind, end - first);
        }

        var builder = new StringBuilder(nameEnd - document.Tokens[first].Start);
        for (int k = first; k < end; k++)
        {
            if (k > first)
            {
                builder.Append(' ');
            }

            builder.Append(k == end - 1 ? last : document.Text(k));
        }

        return new TextName(document.Tokens[first].Start, nameEnd, builder.ToString(), kind, end - first);
    }

    private static bool SingleSpaced(BodyDocument document, int first, int end)
    {
        var tokens = document.Tokens;
        for (int k = first; k + 1 < end; k++)
        {
            if (tokens[k + 1].Start != tokens[k].End + 1 || document.Body[tokens[k].End] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
