using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Links a speaker's name in the text to who it is: the declared entity whose mention ends the name ("Chinese Foreign
/// Minister Wang Yi"), else an entity by name, alias or a person's surname or first name ("Yellen" → Janet Yellen),
/// else the full person name the text introduced earlier ("Blinken" → "Antony Blinken"), else the name as written.
/// </summary>
internal sealed class SpeakerLinker
{
    /// <summary>How far back a role noun looks for the name it was introduced with.</summary>
    private const int MaxRoleSteps = 2000;

    /// <summary>How far back a kin noun ("his wife") looks for the person named with it: about two paragraphs.</summary>
    private const int MaxKinSteps = 300;

    /// <summary>At most this many words stand between an appositive's comma and its role noun ("the city's former deputy").</summary>
    private const int MaxRoleModifiers = 5;

    /// <summary>How many names back "the company" looks for the company.</summary>
    private const int MaxOrganizationSteps = 50;

    /// <summary>How many tokens before "the exporter" its introduction ("One Abidjan-based exporter") may stand.</summary>
    private const int MaxIntroductionDistance = 200;

    /// <summary>How many role nouns a coordination that names one speaker may join ("women, men and children").</summary>
    private const int MaxCoordinatedNouns = 4;

    /// <summary>At most this many modifiers stand before the noun of an appositive that introduces a body ("a passenger group").</summary>
    private const int MaxAppositiveNounModifiers = 2;

    /// <summary>At most this many names back are read for a title a person was named under.</summary>
    private const int MaxTitledOccurrenceSteps = 200;

    /// <summary>At most this many title words before a role noun tell which office it is ("Foreign Affairs Minister").</summary>
    private const int MaxOfficeWords = 3;

    /// <summary>How many more words a body's name may have after the one a head noun is given ("Halden Rovers" for "the
    /// Halden boss").</summary>
    private const int MaxBodyNameWordsAfter = 3;

    /// <summary>At most this many modifiers before a role noun are kept in a nominal speaker ("former intelligence officials").</summary>
    private const int MaxNounModifiers = 3;

    private readonly AttributionContext _context;

    /// <summary>The expansion the text writes for each acronym asked about (<see cref="ExpansionInText"/>), made on first use.</summary>
    private Dictionary<string, string?>? _expansions;

    /// <summary>The full name a quote gives for each surname asked about (<see cref="FullNameInQuotes"/>), made on first use.</summary>
    private Dictionary<string, string?>? _quotedNames;

    // The fuller name after a nationality that the text writes for a body's name, per name (see NationalityBefore).
    private Dictionary<string, string?>? _fullerNames;

    public SpeakerLinker(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    public Speaker? Link(int first, int end)
    {
        if (end == first + 1 && Document.AgeNoun(first) is var age and >= 0)
        {
            return PersonOfAge(first, age);
        }

        // "the Biden campaign said", "Putin's administration described": the body, named as written.
        if (end - first >= 2 && Document.IsLowerWord(end - 1) && Lexicon.IsBodyNoun(Document.Text(end - 1)))
        {
            // The owner's name leaves out its possessive, which the body's name keeps as written.
            string possessive = Document.Text(end - 2).Substring(Document.Word(end - 2).Length);
            return NameInterpreter.Interpret(Document, first, end - 1) is { } owner
                ? new Speaker(-1, owner.Name + possessive + " " + Document.Text(end - 1), NameKind.Organization)
                : null;
        }

        // "Trump's State Department" is the State Department; "Biden's Twitter account" is Biden's, whoever Biden is.
        for (int k = first; k < end - 1; k++)
        {
            if (!Document.IsPossessive(k))
            {
                continue;
            }

            if (NameInterpreter.Interpret(Document, k + 1, end) is { } owned && Lexicon.IsPlatform(owned.Name))
            {
                return Link(first, k + 1);
            }

            if (IsKnownPerson(first, k + 1))
            {
                return Link(k + 1, end);
            }
        }

        // "Rural Affairs said", "said the Food": part of an organisation's name that runs on over "and" or a list.
        if (JoinedOrganizationAround(Document.Tokens[first].Start, Document.Tokens[end - 1].End) is { } joined)
        {
            return joined;
        }

        if (OrganizationGoingOn(first, end) is { } carried)
        {
            return carried;
        }

        if (PlaceBody(first, end) is { } placeBody)
        {
            return placeBody;
        }

        // "Reporter O'Brien said" after "Mark O'Brien": a role noun capitalised before a surname the text introduced.
        if (end - first == 2 && Lexicon.IsCapitalisedPersonNoun(Document.Word(first))
            && _context.Registry.Resolve(Document.Word(first + 1), Document.Tokens[first].Start) is { } known)
        {
            return new Speaker(-1, known, NameKind.Person);
        }

        if (NameInterpreter.Interpret(Document, first, end) is not { } name)
        {
            return SurnameTitleHolder(first, end) ?? TitleAsRole(first, end);
        }

        if ((Lexicon.IsPlatform(name.Name) && !SpeaksAsCompany(first)) || name.Name.Length == 1)
        {
            // A platform is never the speaker: its account holder is ("an official government Twitter account"); nor is a
            // single letter ("Q: “…”" labels an interviewer's question).
            return null;
        }

        // "West said" after "Kanye West": a place word is the surname of the person the text introduced under it; "a
        // spokesman for Heathrow Airport" speaks for the place as a body.
        if (IsPlaceLike(name))
        {
            // "Peter Hall said": the words around the name made it a person where the text registered it (PersonEvidence).
            return name.WordCount == 1 && _context.Registry.Resolve(name.Name, name.Start) is { } surnamed
                ? new Speaker(-1, surnamed, NameKind.Person)
                : name.WordCount > 1 && _context.Registry.Resolve(Document.Word(end - 1), name.End) == name.Name ? new Speaker(-1, name.Name, NameKind.Person)
                : IsSpokespersonsBody(first) || IsNationalBody(name) ? new Speaker(-1, name.Name, NameKind.Organization) : null;
        }

        // "Investigators said" at a sentence start is the role noun, not a name: kept as written, of the role's kind; but
        // "the Council" after "the Supreme Council" is that body.
        if (name.WordCount == 1 && Lexicon.NominalKind(name.Name.ToLowerInvariant()) is var role and not NameKind.Unknown)
        {
            return role == NameKind.Organization && _context.Registry.ResolveOrganizationHead(name.Name) is { } body
                ? new Speaker(-1, body, NameKind.Organization)
                : new Speaker(-1, name.Name, role);
        }

        int mention = _context.LastMentionStartingBefore(name.End);
        if (mention >= 0)
        {
            var found = _context.Mentions[mention];
            if (found.Start >= name.Start && found.Start + found.Length == name.End)
            {
                return EntitySpeaker(found.Entity);
            }
        }

        int entity = _context.EntityNames.Resolve(name.Name);
        if (entity >= 0)
        {
            return EntitySpeaker(entity);
        }

        if (name.WordCount == 1 && name.Kind != NameKind.Organization && TitledNamesake(name) is { } titled)
        {
            return new Speaker(-1, titled, NameKind.Person);
        }

        if (name.WordCount == 1 && name.Kind != NameKind.Organization
            && (_context.Registry.ResolveByGender(name.Name, name.Start, GenderEvidence.HonorificBefore(Document, Document.TokenAt(name.Start))) ?? _context.Registry.ResolveLater(name.Name, name.Start)
                ?? _context.Registry.ResolveVariant(name.Name, name.Start)) is { } full)
        {
            return new Speaker(-1, full, NameKind.Person);
        }

        // "Hugo Chavez" after "Hugo Chávez": one person, named as the text first did.
        if (name.WordCount >= 2 && name.Kind != NameKind.Organization && _context.Registry.ResolveSpelling(name.Name, name.Start) is { } spelt)
        {
            return new Speaker(-1, spelt, NameKind.Person);
        }

        // "La Riva" after "Gloria La Riva": the end of a fuller name the text introduced.
        if (name.WordCount >= 2 && name.Kind != NameKind.Organization && _context.Registry.ResolveEnding(name.Name, name.Start) is { } fuller)
        {
            return new Speaker(-1, fuller, NameKind.Person);
        }

        // "Prince Saud" after "Prince Saud al-Faisal": a regnal title before the given name of a person the text introduced.
        if (name.WordCount == 2 && Lexicon.IsRegnalTitle(Document.Word(Document.TokenAt(name.Start)))
            && Document.Word(Document.TokenAt(name.Start) + 1) is var given
            && _context.Registry.Resolve(given, name.Start) is { } royal && royal.StartsWith(given + " ", StringComparison.Ordinal))
        {
            return new Speaker(-1, royal, NameKind.Person);
        }

        // "Nurul Aina" after "Nurul Aina Rashid": the first words of a fuller name the text introduced.
        if (name.WordCount >= 2 && name.Kind != NameKind.Organization && _context.Registry.ResolveBeginning(name.Name, name.Start) is { } begun)
        {
            return new Speaker(-1, begun, NameKind.Person);
        }

        // "George Bush" after "George W. Bush".
        if (name.WordCount == 2 && name.Kind != NameKind.Organization && _context.Registry.ResolveFuller(name.Name, name.Start) is { } middle)
        {
            return new Speaker(-1, middle, NameKind.Person);
        }

        // "the High Court" after "the High Court of England and Wales".
        if (name.Kind == NameKind.Organization && _context.Registry.ResolveOrganizationHead(name.Name) is { } longer)
        {
            return new Speaker(-1, longer, NameKind.Organization);
        }

        // "SDF" after "Syrian Democratic Forces (SDF)", "Ford" after "Ford Motor Company".
        if (name.WordCount == 1 && _context.Registry.ResolveOrganization(name.Name, name.Start) is { } organization)
        {
            return new Speaker(-1, organization, NameKind.Organization);
        }

        // "Haw Par" after "Haw Par Corporation": the first words of an organisation's name introduced before, unless the
        // text introduced a person of that name ("Tom Hale" of "Tom Hale Limited").
        if (name.WordCount >= 2 && name.Kind != NameKind.Organization
            && _context.Registry.Resolve(name.Name.Substring(name.Name.LastIndexOf(' ') + 1), name.Start) is null
            && _context.Registry.ResolveOrganization(name.Name.Substring(0, name.Name.IndexOf(' ')), name.Start) is { } named
            && named.Length > name.Name.Length && named.StartsWith(name.Name + " ", StringComparison.Ordinal))
        {
            return new Speaker(-1, named, NameKind.Organization);
        }

        // "the US called" where the text wrote "United States" anywhere: the fullest name the text gave.
        if (name.WordCount == 1 && AcronymLetters(name.Name) is { } letters && ExpansionInText(letters) is { } expansion)
        {
            return new Speaker(-1, expansion, NameKind.Organization);
        }

        // "Russia's Defence Ministry spokesman" where the text wrote "the Russian Defence Ministry" anywhere: the fullest name.
        if (name.WordCount >= 2 && name.Kind == NameKind.Organization && NationalityBefore(name.Name) is { } withNationality)
        {
            return new Speaker(-1, withNationality, NameKind.Organization);
        }

        return new Speaker(-1, name.Name, name.Kind);
    }

    /// <summary>
    /// The one fuller name the text writes anywhere for the body <paramref name="name"/>: the name after a nationality
    /// ("Russian Defence Ministry" for "Defence Ministry"); null when the text writes none, or two ("the Russian Defence
    /// Ministry" and "the Georgian Defence Ministry" leave "Defence Ministry" as written). Read once per name.
    /// </summary>
    private string? NationalityBefore(string name)
    {
        _fullerNames ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (_fullerNames.TryGetValue(name, out string? known))
        {
            return known;
        }

        string body = Document.Body;
        string? found = null;
        for (int at = body.IndexOf(name, StringComparison.Ordinal); at >= 0; at = body.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (at < 2 || body[at - 1] != ' ' || (at + name.Length < body.Length && char.IsLetter(body[at + name.Length])))
            {
                continue;
            }

            int start = at - 1;
            while (start > 0 && char.IsLetter(body[start - 1]))
            {
                start--;
            }

            string word = body.Substring(start, at - 1 - start);
            if (!Lexicon.IsNationality(word))
            {
                continue;
            }

            string fuller = word + " " + name;
            if (found is not null && found != fuller)
            {
                found = null;
                break;
            }

            found = fuller;
        }

        _fullerNames[name] = found;
        return found;
    }

    /// <summary>"a spokesperson for Facebook said", "a spokesman for the social networking website Facebook": the platform's
    /// name at <paramref name="first"/> names the company that runs it, for which a spokesperson speaks ("“…,” Twitter said"
    /// alone stays no one's).</summary>
    private bool SpeaksAsCompany(int first)
    {
        var tokens = _context.Tokens;
        int before = first - 1;
        while (before > 0 && Document.IsLowerWord(before) && tokens[before].Quote < 0 && !Lexicon.IsPreposition(Document.Text(before))
            && first - before <= MaxNounModifiers + 1)
        {
            before--;
        }

        return before > 0 && Document.Text(before) is "for" && Lexicon.IsSpokesNoun(Document.Text(before - 1));
    }

    /// <summary>The letters of an acronym, dotted or not ("US", "U.S."), or with a function word's initial in lower case
    /// ("TfL", "MoD"); null for another word.</summary>
    private static string? AcronymLetters(string word)
    {
        string letters = word.Replace(".", string.Empty);
        return Lexicon.IsAcronym(letters) && (letters.Length == word.Length || word.Length == 2 * letters.Length)
            && (letters.All(char.IsUpper) || (letters.Length == word.Length && letters.All(char.IsLetter)))
            ? letters
            : null;
    }

    /// <summary>
    /// The first run of capitalised words outside quotes whose initials are exactly <paramref name="letters"/> ("United
    /// States" for "US"), read once per acronym; null when the text writes none.
    /// </summary>
    private string? ExpansionInText(string letters)
    {
        _expansions ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (_expansions.TryGetValue(letters, out string? known))
        {
            return known;
        }

        // "MHCLG" for "Ministry of Housing, Communities and Local Government": an organisation the text names, by the
        // initials of its capitalised words.
        string? found = null;
        foreach (var occurrence in _context.Occurrences)
        {
            if (occurrence.Kind == NameKind.Organization && occurrence.Entity < 0
                && (Initials(occurrence.Name, letters) == letters
                    || (WithoutOwner(occurrence.Name) is var owned && !ReferenceEquals(owned, occurrence.Name) && Initials(owned, letters) == letters)))
            {
                found = occurrence.Name;
                break;
            }
        }

        var tokens = _context.Tokens;
        for (int k = 0; k < tokens.Length && found is null; k++)
        {
            if (tokens[k].Quote >= 0 || !Document.IsCapitalised(k) || Document.Text(k)[0] != letters[0]
                || (k > 0 && Document.IsCapitalised(k - 1) && !Lexicon.IsFunctionWord(Document.Word(k - 1))))
            {
                continue;
            }

            // A letter in lower case spells a lower-case word ("TfL": "Transport for London").
            int end = k + letters.Length;
            bool spells = end <= tokens.Length && (end == tokens.Length || !Document.IsCapitalised(end) || tokens[end].Quote >= 0);
            for (int w = k; w < end && spells; w++)
            {
                spells = tokens[w].Quote < 0 && tokens[w].Kind == TokenKind.Word && Document.Text(w)[0] == letters[w - k]
                    && (char.IsUpper(letters[w - k]) ? Document.IsCapitalised(w) : Document.IsLowerWord(w));
            }

            found = spells ? NameInterpreter.Interpret(Document, k, end)?.Name : null;
        }

        _expansions[letters] = found;
        return found;
    }

    /// <summary>
    /// The speaker a one-word name that nothing else resolved names, by the full name a quote gives it ("“I want to thank my
    /// coach, Daniel Kiprono,” she said. … Kiprono described her as “…”"); any other speaker as it is. Asked only of the
    /// speakers decided, as reading the quotes for every name linked would cost more than it finds.
    /// </summary>
    public Speaker WithNameFromQuotes(Speaker speaker)
        => speaker is { Entity: < 0, Kind: NameKind.Unknown } && speaker.Name.IndexOf(' ') < 0 && FullNameInQuotes(speaker.Name) is { } full
            ? new Speaker(-1, full, NameKind.Person)
            : speaker;

    /// <summary>The first person's name of two or three words that ends in <paramref name="surname"/> inside a sentence of a
    /// quote ("that Tariq Mahmood is", "my coach, Daniel Kiprono,"; a capital opening one may be any word, "Thanks Kiprono"),
    /// or null. The body is searched for the word, not walked token by token; each surname once.</summary>
    private string? FullNameInQuotes(string surname)
    {
        _quotedNames ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (_quotedNames.TryGetValue(surname, out string? known))
        {
            return known;
        }

        string? found = null;
        var tokens = _context.Tokens;
        string body = Document.Body;
        for (int at = body.IndexOf(surname, StringComparison.Ordinal); at >= 0 && found is null;
            at = body.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            int k = Document.TokenAt(at);
            if (k < 2 || tokens[k].Start != at || tokens[k].Quote < 0 || !string.Equals(Document.Word(k), surname, StringComparison.Ordinal))
            {
                continue;
            }

            int quote = tokens[k].Quote;
            int start = k;
            while (start > k - 2 && start - 1 > 0 && tokens[start - 1].Quote == quote && Document.IsCapitalised(start - 1))
            {
                start--;
            }

            found = start < k && tokens[start - 1].Quote == quote && (Document.IsLowerWord(start - 1) || Document.IsPunctuation(start - 1, ','))
                && NameInterpreter.Interpret(Document, start, k + 1) is { Kind: NameKind.Person, WordCount: >= 2 } person
                ? person.Name
                : null;
        }

        _quotedNames[surname] = found;
        return found;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="ending"/> right before <paramref name="end"/>, without a copy.</summary>
    private static bool EndsAt(string text, int end, string ending)
        => end >= ending.Length && string.CompareOrdinal(text, end - ending.Length, ending, 0, ending.Length) == 0;

    /// <summary>Whether "of", "at" or "from" and a capitalised word stand at <paramref name="token"/>: "… Jo Lee of Kyoto University".</summary>
    private bool IsMemberOfBody(int token)
        => token + 1 < _context.Tokens.Length && Document.Text(token) is "of" or "at" or "from"
            && Document.IsCapitalised(token + 1) && _context.Tokens[token + 1].Quote < 0;

    /// <summary>The initials of a name's capitalised words ("MHCLG" of "Ministry of Housing, Communities and Local Government"),
    /// each part of a hyphenated one ("ISPR" of "Inter-Services Public Relations"), and of its lower-case words too when the
    /// acronym it is compared with spells some in lower case ("TfL" of "Transport for London").</summary>
    private static string Initials(string name, string acronym)
    {
        bool lowerSpelt = !acronym.All(char.IsUpper);
        var initials = new System.Text.StringBuilder();
        foreach (string word in name.Split(' ', '-'))
        {
            if (word.Length > 0 && (char.IsUpper(word[0]) || (lowerSpelt && char.IsLower(word[0]))))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    /// <summary>A name without the owner that opens it, a possessive or a country's dotted letters ("Britain's Office for
    /// National Statistics", "U.S. Food and Drug Administration"), whose initials its acronym leaves out ("ONS", "FDA");
    /// the name itself when no owner opens it.</summary>
    private static string WithoutOwner(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0)
        {
            return name;
        }

        string first = name.Substring(0, space);
        bool owner = first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal)
            || (first.Length <= 5 && first.IndexOf('.') > 0 && first.All(c => c == '.' || char.IsUpper(c)));
        return owner ? name.Substring(space + 1) : name;
    }

    /// <summary>The organisation whose name, joined over "and", "&amp;" or a list, holds the text from <paramref name="start"/>
    /// to <paramref name="end"/> and more; else null.</summary>
    private Speaker? JoinedOrganizationAround(int start, int end)
    {
        const int MaxInnerOccurrences = 4;
        var occurrences = _context.Occurrences;
        int last = _context.LastOccurrenceStartingBefore(end);
        for (int o = last; o >= 0 && o > last - MaxInnerOccurrences; o--)
        {
            var occurrence = occurrences[o];
            if (occurrence.Kind != NameKind.Organization || occurrence.Entity >= 0 || occurrence.Start > start)
            {
                continue;
            }

            if (occurrence.End >= end && occurrence.End - occurrence.Start > end - start && JoinedOrganization.IsJoined(occurrence.Name))
            {
                return new Speaker(-1, occurrence.Name, NameKind.Organization);
            }

            // "The Ministry of Science and ICT said", "the Commission for Communications Regulation said": the name's head
            // stands where the occurrence does, its tail after "of", "for" or "and" is the text here, in the same sentence;
            // a name that opens with a given name, or is someone "of" a body, is no tail ("the University of Oslo and Jo Lee of
            // Kyoto University" are two).
            string name = occurrence.Name;
            int headEnd = name.Length - (end - start);
            if (occurrence.Start < start && headEnd > 5
                && string.CompareOrdinal(name, headEnd, Document.Body, start, end - start) == 0
                && (EndsAt(name, headEnd, " of ") || EndsAt(name, headEnd, " for ") || EndsAt(name, headEnd, " and "))
                && Document.TokenSentence[Document.TokenAt(occurrence.Start)] == Document.TokenSentence[Document.TokenAt(start)]
                && GivenNames.Of(Document.Word(Document.TokenAt(start))) == Gender.Unknown && !IsMemberOfBody(Document.TokenAt(end - 1) + 1))
            {
                return new Speaker(-1, occurrence.Name, NameKind.Organization);
            }
        }

        return null;
    }

    /// <summary>"Bishop said" after "Foreign Minister Julie Bishop", "Major said" after "John Major": a title that is also a
    /// common surname, alone and with no determiner before it (<see cref="TitleAsRole"/> reads "the Bishop said"), stands
    /// for the declared entity mentioned there or the person the text introduced under it, else for someone of that surname
    /// the text did not introduce (never for whoever spoke before).</summary>
    private Speaker? SurnameTitleHolder(int first, int end)
    {
        string surname = Document.Word(first);
        if (end != first + 1 || !Lexicon.IsSurnameTitle(surname) || (first > 0 && Lexicon.IsDeterminer(Document.Text(first - 1))))
        {
            return null;
        }

        var token = Document.Tokens[first];
        int mention = _context.LastMentionStartingBefore(token.End);
        if (mention >= 0 && _context.Mentions[mention] is var found && found.Start == token.Start && found.Start + found.Length >= token.End)
        {
            return EntitySpeaker(found.Entity);
        }

        return new Speaker(-1, _context.Registry.Resolve(surname, token.Start) ?? surname, NameKind.Person);
    }

    /// <summary>
    /// "the President said", "one MP told", "the Prime Minister said": titles alone after a determiner name a person by
    /// their role, linked like a role noun to the person the article names with it ("President Jo Lee"), else kept as
    /// written, all the title's words ("Prime Minister"). Null for titles with no determiner before them.
    /// </summary>
    private Speaker? TitleAsRole(int first, int end)
    {
        // "The Minister said" opening a sentence: the capitalised determiner starts the run.
        bool determinerInRun = Document.Text(first) is "The" or "A" or "An" or "One" or "Another";
        first += determinerInRun ? 1 : 0;
        if (first >= end || end - first > 3
            || !(determinerInRun || (first > 0 && Document.Text(first - 1) is "the" or "The" or "a" or "an" or "A" or "An" or "one" or "One" or "another")))
        {
            return null;
        }

        // "the Polish MEP said", "the German Chancellor said": a nationality before the title says whose office it is.
        int title = end - first >= 2 && Lexicon.IsNationality(Document.Word(first)) ? first + 1 : first;
        for (int k = title; k < end; k++)
        {
            if (!Lexicon.IsTitle(Document.Word(k)) || Document.IsPossessive(k))
            {
                return null;
            }
        }

        // Linked by its last word ("Minister"), to no one of another nationality ("French MEP Jo Lee" is not "the Polish
        // MEP"); else named by the whole title as written ("Prime Minister", "Health Secretary").
        string role = Document.Text(end - 1);
        return NamedWithRole(end - 1, role, nationality: title > first ? Document.Word(first) : null)
            ?? new Speaker(-1, end - first == 1 ? role : Document.Words(first, end), NameKind.Person);
    }

    /// <summary>
    /// A role noun as speaker ("police", "the spokesperson"): the person the article names with that role, before or
    /// after ("spokesperson Jo Lee", "Jo Lee, a spokesperson"), the organisation "the company" or "the ministry" stands
    /// for, else the noun itself.
    /// </summary>
    public Speaker LinkNominal(int token)
    {
        string noun = Document.Word(token);

        // "Many protesters said the cabinet did little. “…,” one said": one of the group named just before speaks.
        if (noun.ToLowerInvariant() is "one" or "another" && MemberOfGroupBefore(token) is { } member)
        {
            return new Speaker(-1, member, NameKind.Person);
        }

        // "a police spokesperson said": a spokesperson the text names for another body ("a spokesperson for the coach
        // company") is not this one.
        bool spokesOfBodyNoun = Lexicon.IsSpokesNoun(noun) && token > 0 && Document.IsLowerWord(token - 1) && _context.Tokens[token - 1].Quote < 0
            && Lexicon.NominalKind(Document.Word(token - 1)) == NameKind.Organization;
        // "A police officer had knocked and told him": a role noun after "a" or "an" brings in someone new, named after it if at
        // all ("a police officer, Jo Lee,"), not one the text named with the role before ("chief officer Tom Hale"); a
        // spokesperson may speak again ("spokesman Jo Lee … a spokesman added").
        bool introduced = !Lexicon.IsSpokesNoun(noun) && Document.IndefiniteArticleBefore(token) >= 0;
        var kind = Lexicon.NominalKind(noun);
        if (kind == NameKind.Person && !IsAnother(token) && NamedWithRole(token, noun, bodies: !spokesOfBodyNoun, before: !introduced) is { } named)
        {
            return named;
        }

        // "NATO Secretary-General Mark Rutte … The NATO chief said": a body's chief is the person the text named as its head.
        if (Lexicon.IsHeadNoun(noun) && HeadOfBodyBefore(token) is { } head)
        {
            return head;
        }

        // "The Met Office has issued a warning. … The forecaster said": with no forecaster named, the weather service.
        if (noun is "forecaster" && Document.IsDefiniteBodyNoun(token) && OrganizationOfNoun(token, noun) is { } service)
        {
            return service;
        }

        if (Lexicon.IsKinNoun(noun) && KinNamedBefore(token) is { } kin)
        {
            return kin;
        }

        if (noun is "government" && GovernmentOf(token) is { } government)
        {
            return government;
        }

        if (kind == NameKind.Organization && Document.IsDefiniteBodyNoun(token)
            && (OrganizationOfNoun(token, noun) ?? OnlyBusinessBefore(token, noun)) is { } body)
        {
            return body;
        }

        if (kind == NameKind.Organization && OwnersOrganization(token, noun) is { } owned)
        {
            return owned;
        }

        if (kind == NameKind.Organization && BodyNamedAfter(token) is { } given)
        {
            return given;
        }

        // "Leeds City Council closed the library. … a council spokesperson said": the body the noun before the spokesperson
        // names, as "the council" would.
        if (spokesOfBodyNoun && OrganizationOfNoun(token - 1, Document.Word(token - 1)) is { } spokenFor)
        {
            return spokenFor;
        }

        // "One of the victims said": one person of the group speaks.
        if (kind == NameKind.Organization && token >= 3 && Document.Text(token - 1) == "the" && Document.Text(token - 2) == "of"
            && Document.Text(token - 3) is "one" or "One" && Lexicon.SingularPersonNoun(noun) is { } single)
        {
            return new Speaker(-1, single, NameKind.Person);
        }

        return new Speaker(-1, noun, kind);
    }

    /// <summary>
    /// "U.N. Secretary-General Amara Ndiaye … the U.N. chief told the council", "Chelsea manager Enzo Maresca … the Chelsea
    /// boss said": for a head noun after "the" and a body's name (the token before <paramref name="token"/>), the person the
    /// text named before with that body's name and a head's title ("Secretary-General", "CEO", "manager") right before the
    /// name; null when the noun has no such modifier or no one was so named. A spokesperson of the body is not its head.
    /// </summary>
    private Speaker? HeadOfBodyBefore(int token)
    {
        var tokens = _context.Tokens;
        if (token < 2 || Document.Text(token - 2) is not ("the" or "The") || !Document.IsCapitalised(token - 1) || tokens[token - 1].Quote >= 0)
        {
            return null;
        }

        string body = Document.Text(token - 1);
        for (int k = token - 3, steps = 0; k >= 0 && steps < MaxRoleSteps; k--, steps++)
        {
            if (tokens[k].Quote >= 0 || Document.Text(k) != body)
            {
                continue;
            }

            // "Halden Rovers manager Tom Price … the Halden boss": the body's name may go on past the word the noun is given.
            int nameEnd = k + 1;
            while (nameEnd < token && nameEnd - k <= MaxBodyNameWordsAfter && Document.IsCapitalised(nameEnd) && tokens[nameEnd].Quote < 0
                && !IsOfficeWord(nameEnd))
            {
                nameEnd++;
            }

            int title = nameEnd;
            while (title < token && title - nameEnd < MaxOfficeWords && IsOfficeWord(title))
            {
                title++;
            }

            if (title > nameEnd && title < token && Lexicon.IsHeadTitle(Document.Text(title - 1)) && Document.IsCapitalised(title)
                && Document.RunEnd(title, tokens.Length) is var holderEnd
                && NameInterpreter.Interpret(Document, title, holderEnd) is { } name && NamesPerson(name) && name.Start == tokens[title].Start)
            {
                return Link(title, holderEnd);
            }
        }

        return null;
    }

    /// <summary>How many words a body's name given in quotes after its noun may have ("a group calling itself “Night Lotus”").</summary>
    private const int MaxQuotedNameWords = 6;

    /// <summary>
    /// "A group calling itself “Night Lotus” posted a message", "a group of lesbians called “Get the L Out”", "the group
    /// known as Parents for Choice": the name a body's noun at <paramref name="token"/> is given right after it (over one
    /// "of" and a lower-case word), in quotes (capitalised, at most <see cref="MaxQuotedNameWords"/> words) or as a name
    /// written capitalised; null when none is given there.
    /// </summary>
    private Speaker? BodyNamedAfter(int token)
    {
        var tokens = _context.Tokens;
        int k = token + 1;
        if (k + 2 < tokens.Length && Document.Text(k) is "of" && Document.IsLowerWord(k + 1) && tokens[k + 1].Quote < 0)
        {
            k += 2;
        }

        if (k + 2 >= tokens.Length || tokens[k].Quote >= 0)
        {
            return null;
        }

        int naming = Document.Text(k) is "calling" or "styling" && Document.Text(k + 1) is "itself" or "themselves" ? 2
            : Document.Text(k) is "called" or "named" ? 1
            : Document.Text(k) is "known" && Document.Text(k + 1) is "as" ? 2
            : 0;
        k += naming;
        if (naming == 0 || k >= tokens.Length)
        {
            return null;
        }

        // In quotes: the quote's text is the name.
        if (tokens[k].Kind == TokenKind.Mark && k + 1 < tokens.Length && tokens[k + 1].Quote is var q and >= 0)
        {
            int words = 0;
            for (int m = k + 1; m < tokens.Length && tokens[m].Quote == q && words <= MaxQuotedNameWords; m++)
            {
                words += tokens[m].Kind == TokenKind.Word ? 1 : 0;
            }

            var quote = Document.Quotes[q];
            string name = Document.Body.Substring(quote.Start, quote.Length).Trim().TrimEnd(',', '.');
            return words <= MaxQuotedNameWords && name.Length > 0 && char.IsUpper(name[0]) && name.IndexOf('\n') < 0
                ? new Speaker(-1, name, NameKind.Organization)
                : null;
        }

        return Document.IsCapitalised(k) && NameInterpreter.Interpret(Document, k, Document.RunEnd(k, tokens.Length)) is { Kind: not NameKind.Person } body
            ? new Speaker(-1, body.Name, NameKind.Organization)
            : null;
    }

    /// <summary>The one-person noun of the nearest plural group of people written before <paramref name="token"/> outside
    /// quotes in its paragraph ("protesters" → "protester"), at most <see cref="MaxIntroductionDistance"/> tokens back;
    /// null when there is none.</summary>
    public string? MemberOfGroupBefore(int token)
    {
        int paragraph = Document.Sentences[Document.TokenSentence[token]].Paragraph;
        for (int k = token - 1; k >= 0 && k >= token - MaxIntroductionDistance; k--)
        {
            if (Document.Sentences[Document.TokenSentence[k]].Paragraph != paragraph)
            {
                return null;
            }

            if (_context.Tokens[k].Quote < 0 && _context.Tokens[k].Kind == TokenKind.Word
                && Lexicon.SingularPersonNoun(Document.Word(k).ToLowerInvariant()) is { } single)
            {
                return single;
            }
        }

        return null;
    }

    /// <summary>"Another witness said", "a second officer said", "One resident said": the noun at <paramref name="token"/>
    /// brings in someone new, one of many, not the person the article named with the role.</summary>
    private bool IsAnother(int token)
        => token > 0 && (Document.Text(token - 1) is "another" or "Another" or "other" or "Other" or "One" or "one"
            || (token > 1 && Document.Text(token - 2) is "a" or "A" && Document.Text(token - 1) is "second" or "third" or "fourth" or "different"));

    /// <summary>"The Commission for Communications Regulation said": a name that goes on over "for", "of" or "on" after an
    /// organisation's head is the whole name the text introduced with that head, not the run after the preposition; null
    /// when the words from <paramref name="first"/> to <paramref name="end"/> hold no such name.</summary>
    private Speaker? OrganizationGoingOn(int first, int end)
    {
        for (int k = first + 1; k < end - 1; k++)
        {
            if (Document.IsLowerWord(k) && Document.Text(k) is "for" or "of" or "on")
            {
                return NameInterpreter.Interpret(Document, first, k) is { Kind: NameKind.Organization } head
                    && _context.Registry.ResolveOrganizationHead(head.Name) is { } whole
                    && whole.EndsWith(" " + Document.Word(end - 1), StringComparison.Ordinal)
                    ? new Speaker(-1, whole, NameKind.Organization)
                    : null;
            }
        }

        return null;
    }

    /// <summary>"The City of Tidewater said", "the Port of Gdańsk": a place's body named by its head, "of" and the place, as
    /// written; null for any other span.</summary>
    private Speaker? PlaceBody(int first, int end)
    {
        int head = Document.Text(first) is "The" ? first + 1 : first;
        return end - head >= 3 && Document.Text(head + 1) is "of" && Lexicon.IsPlaceBodyHead(Document.Word(head))
            && NameInterpreter.Interpret(Document, head + 2, end) is { Kind: not NameKind.Person } place && place.Start == _context.Tokens[head + 2].Start
            ? new Speaker(-1, Document.Word(head) + " of " + place.Name, NameKind.Organization)
            : null;
    }

    /// <summary>
    /// "In an official release from Amnesty International put out Friday, the organization said": the body a document of
    /// the sentence names as its author ("a release from", "a statement by") before the noun at <paramref name="token"/>;
    /// null when the sentence names none, or a person.
    /// </summary>
    public Speaker? DocumentAuthorBefore(int token)
    {
        var tokens = _context.Tokens;
        int first = Document.Sentences[Document.TokenSentence[token]].FirstToken;
        for (int k = token - 2; k > first; k--)
        {
            if (tokens[k].Quote >= 0 || Document.Text(k) is not ("from" or "by") || !Lexicon.IsDocumentNoun(Document.Text(k - 1)))
            {
                continue;
            }

            int author = Document.Text(k + 1) is "the" ? k + 2 : k + 1;
            return author < token && tokens[author].Quote < 0 && Document.IsCapitalised(author)
                && Link(author, Document.RunEnd(author, token)) is { Kind: NameKind.Organization } body
                ? body
                : null;
        }

        return null;
    }

    /// <summary>
    /// The role noun at <paramref name="token"/> that <see cref="LinkNominal"/> left as the speaker, named with the
    /// modifiers written before it, as the annotators name it ("a Libyan official" → Libyan official, "one nuclear
    /// official", "Forest officials", "the Badr-6 programme manager"): up to three words back to a determiner, number,
    /// function word, verb, adverb, possessive or mark, none of them kept. A speaker the noun was linked to stays.
    /// </summary>
    public Speaker AsWritten(Speaker nominal, int token)
        => nominal.Entity < 0 && nominal.Name == Document.Word(token) ? nominal with { Name = NounAsWritten(token, nominal.Name) } : nominal;

    /// <summary>
    /// "One Abidjan-based exporter said …. “…,” the exporter said", "A Lyon source said …. “…,” the source said": the role
    /// noun at <paramref name="token"/> right after "the" named as the text introduced it, with "a", "an" or "one" (or "the"
    /// and a body's name) and its modifiers, at most <see cref="MaxIntroductionDistance"/> tokens before; null when no such
    /// introduction is there.
    /// </summary>
    public Speaker? AsIntroduced(int token)
    {
        string noun = Document.Word(token);
        if (token == 0 || Document.Text(token - 1) is not ("the" or "The"))
        {
            return null;
        }

        for (int k = token - 2; k > 0 && k >= token - MaxIntroductionDistance; k--)
        {
            if (_context.Tokens[k].Quote >= 0 || !Document.IsLowerWord(k) || Document.Text(k) != noun)
            {
                continue;
            }

            // "The FIA stewards gave … “…,” the stewards said": after "the", a body's name among the modifiers introduces it too.
            int first = ModifiersStart(k, k);
            return first < k && first > 0
                && (Document.Text(first - 1) is "a" or "an" or "one" or "A" or "An" or "One"
                    || (Document.Text(first - 1) is "the" or "The" && HasCapitalisedModifier(first, k)))
                ? new Speaker(-1, NounAsWritten(k, noun), Lexicon.NominalKind(noun))
                : null;
        }

        return null;
    }

    /// <summary>Whether a capitalised word stands in [<paramref name="first"/>, <paramref name="noun"/>), the modifiers of a
    /// role noun ("FIA" in "the FIA stewards").</summary>
    private bool HasCapitalisedModifier(int first, int noun)
    {
        for (int k = first; k < noun; k++)
        {
            if (Document.IsCapitalised(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role noun at <paramref name="token"/> linked as <see cref="LinkNominal"/> does, named as written when it
    /// stays a noun.</summary>
    public Speaker LinkNominalAsWritten(int token) => AsWritten(LinkNominal(token), token);

    private string NounAsWritten(int token, string noun)
    {
        int first = token;

        // "the prime minister's office": an office is named with the role that holds it; "the Prime Minister's office" with
        // the title that names no one.
        if (Lexicon.IsOfficeNoun(noun) && first > 0 && Document.IsPossessive(first - 1) && Document.IsLowerWord(first - 1)
            && Lexicon.NominalKind(Document.Word(first - 1)) == NameKind.Person)
        {
            first--;
        }
        else if (Lexicon.IsOfficeNoun(noun) && first > 0 && Document.IsPossessive(first - 1) && Document.IsCapitalised(first - 1)
            && Document.RunStart(first - 1, 0) is var run && (Lexicon.IsFunctionWord(Document.Text(run)) ? run + 1 : run) is var title
            && title < first && NameInterpreter.IsTitleNamingNoOne(Document, title, first))
        {
            first = title;
        }

        first = ModifiersStart(token, first);

        // "a man kicking women": a participle after a role noun of the walk is a verb whose object the noun is ("senior ruling
        // party lawmaker" keeps its adjective).
        for (int k = token - 1; k > first; k--)
        {
            if (SpeechCues.IsParticiple(Document, k) && Document.IsRoleNoun(k - 1))
            {
                first = k + 1;
                break;
            }
        }

        // "a murder police called “barbaric”": "a" or "an" determines no plural, so the words after it are another noun's.
        if (first < token && first > 0 && Document.Text(first - 1) is "a" or "an" or "A" or "An" && Lexicon.IsPluralNoun(noun))
        {
            first = token;
        }

        first = CoordinatedNounsStart(first);

        // "Malaysia's transport ministry", "the UN's relief agency": a body of a kind, with a modifier, is named with the
        // name that owns it.
        if (first < token && first > 0 && Lexicon.IsOrganizationKindNoun(noun) && Document.IsPossessive(first - 1)
            && Document.IsCapitalised(first - 1) && _context.Tokens[first - 1].Quote < 0)
        {
            int owner = Document.RunStart(first - 1, 0);
            while (owner < first - 1 && Lexicon.IsFunctionWord(Document.Word(owner)))
            {
                owner++;
            }

            first = Lexicon.IsFunctionWord(Document.Word(owner)) ? first : owner;
        }

        // "an aide to the president" is named with whom the aide serves, "the office of the Maldives President" with its holder;
        // "the attorneys general of fifteen states" with the "general" of their office.
        string written = first == token ? noun : Document.Body.Substring(Document.Tokens[first].Start, Document.Tokens[token].Start - Document.Tokens[first].Start) + noun;
        written = IsGeneralAfterOffice(token, noun) ? written + " general" : written;
        string? preposition = Lexicon.IsServingNoun(noun) ? "to" : Lexicon.IsOfficeNoun(noun) || IsRoleOfPlace(token, noun) ? "of" : null;
        return preposition is not null && PhraseEnd(token, preposition) is var end and > 0
            ? written + Document.Body.Substring(Document.Tokens[token].End, Document.Tokens[end - 1].End - Document.Tokens[token].End)
            : written;
    }

    /// <summary>"the parish priest of Pichilemu", "the mayor of Tidewater": one person's role noun at <paramref name="token"/>
    /// before "of" and a place's name (no person's, no body's), held there; not one who only lives there ("a resident of
    /// Kinglake" is named a resident).</summary>
    private bool IsRoleOfPlace(int token, string noun)
        => Lexicon.NominalKind(noun) == NameKind.Person && !Lexicon.IsPluralNoun(noun) && !Lexicon.IsDwellerNoun(noun)
            && token + 2 < _context.Tokens.Length
            && Document.Text(token + 1) is "of" && Document.IsCapitalised(token + 2) && _context.Tokens[token + 2].Quote < 0
            && NameInterpreter.Interpret(Document, token + 2, Document.RunEnd(token + 2, _context.Tokens.Length)) is
                { Kind: not NameKind.Organization and not NameKind.Person };

    /// <summary>"attorneys general", "the secretary general": "general" in lower case after the noun of an office at
    /// <paramref name="token"/> ends its name.</summary>
    private bool IsGeneralAfterOffice(int token, string noun)
        => token + 1 < _context.Tokens.Length && _context.Tokens[token + 1].Quote < 0 && Document.Text(token + 1) is "general"
            && (Lexicon.SingularPersonNoun(noun) ?? noun) is "attorney" or "secretary" or "solicitor" or "surgeon" or "inspector" or "director" or "governor";

    /// <summary>"Wolf's husband and coach told", "women, men and children chanted": the first of the role nouns that "and"
    /// (and commas before it) join to the one at <paramref name="first"/>, up to <see cref="MaxCoordinatedNouns"/> in all,
    /// as the annotators name such a speaker; <paramref name="first"/> when no such noun stands before it.</summary>
    private int CoordinatedNounsStart(int first)
    {
        if (first < 2 || Document.Text(first - 1) is not "and" || !Document.IsRoleNoun(first - 2))
        {
            return first;
        }

        first -= 2;
        for (int nouns = 2; nouns < MaxCoordinatedNouns && first >= 2 && Document.IsPunctuation(first - 1, ',') && Document.IsRoleNoun(first - 2); nouns++)
        {
            first -= 2;
        }

        return first;
    }

    /// <summary>The first of the modifiers written before <paramref name="from"/> for the noun at <paramref name="token"/>, at
    /// most <see cref="MaxNounModifiers"/> words before the noun ("former intelligence officials"); <paramref name="from"/>
    /// when none stands there.</summary>
    private int ModifiersStart(int token, int from)
    {
        int first = from;
        while (first > 0 && token - first < MaxNounModifiers && IsNounModifier(first - 1))
        {
            first--;
        }

        return first;
    }

    /// <summary>"an adviser to the Palestinian team", "the office of the prime minister": the end of the phrase that
    /// <paramref name="preposition"/> opens after the noun at <paramref name="token"/> (a determiner, then up to
    /// <see cref="MaxNounModifiers"/> words that are names or nouns), or 0.</summary>
    private int PhraseEnd(int token, string preposition)
    {
        int k = token + 1;
        if (k + 1 >= Document.Tokens.Length || Document.Text(k) != preposition || _context.Tokens[k].Quote >= 0)
        {
            return 0;
        }

        k += Lexicon.IsDeterminer(Document.Text(k + 1)) ? 2 : 1;
        int end = 0;
        for (int words = 0; k < Document.Tokens.Length && words <= MaxNounModifiers && _context.Tokens[k].Quote < 0
            && (Document.IsCapitalised(k) || (Document.IsLowerWord(k) && IsNounModifier(k) && !Lexicon.IsPreposition(Document.Text(k))
                && !Lexicon.IsClauseWord(Document.Text(k)))); k++, words++)
        {
            end = k + 1;
        }

        return end;
    }

    private bool IsNounModifier(int k)
    {
        if (Document.Tokens[k].Kind != TokenKind.Word || _context.Tokens[k].Quote >= 0 || Document.IsPossessive(k))
        {
            return false;
        }

        string word = Document.Text(k);
        string lower = word.ToLowerInvariant();
        string capitalised = char.ToUpperInvariant(word[0]) + word.Substring(1);
        return !Lexicon.IsDeterminer(lower) && !Lexicon.IsFunctionWord(capitalised) && !Lexicon.IsAuxiliary(lower)
            && !(Lexicon.IsSpeechVerb(lower) && !SpeechCues.IsStateBeforeNoun(Document, k)) && lower is not ("quoted" or "cited")
            && !Lexicon.IsMannerVerb(lower) && !Lexicon.IsCountingOrUnnamingWord(lower)
            && !Lexicon.IsWeekday(capitalised) && !Lexicon.IsMonth(capitalised) && Document.Age(k) < 0 && !Lexicon.IsNumber(word);
    }

    /// <summary>
    /// "Day's animal foundation said" when the text names the "Doris Day Animal Foundation", before or after: the
    /// organisation whose name holds the owner's name and ends in the noun at <paramref name="token"/>, the owner's
    /// possessive standing before the noun and at most two modifiers; null when the text names none.
    /// </summary>
    private Speaker? OwnersOrganization(int token, string noun)
    {
        int owner = token - 1;
        while (owner >= 0 && owner >= token - 3 && Document.IsLowerWord(owner) && _context.Tokens[owner].Quote < 0)
        {
            owner--;
        }

        if (owner < 0 || !Document.IsPossessive(owner) || !Document.IsCapitalised(owner))
        {
            return null;
        }

        string ownerName = Document.Word(owner);
        foreach (var occurrence in _context.Occurrences)
        {
            if (occurrence.Kind == NameKind.Organization
                && occurrence.Name.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase)
                && (" " + occurrence.Name + " ").IndexOf(" " + ownerName + " ", StringComparison.Ordinal) >= 0)
            {
                return new Speaker(occurrence.Entity, occurrence.Name, NameKind.Organization);
            }
        }

        return null;
    }

    /// <summary>
    /// "Tomas Brandt and his wife Ana … His wife added": the person the text named before <paramref name="token"/> with its
    /// kin noun ("his wife Ana", "her husband, George Moss"), the nearest within a short walk; null when none is named.
    /// </summary>
    public Speaker? KinNamedBefore(int token)
    {
        string noun = Document.Word(token);
        for (int k = token - 1, steps = 0; k >= 0 && steps < MaxKinSteps; k--, steps++)
        {
            if (PersonWithRoleAt(k, noun) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// "the government of Samoa" at <paramref name="token"/>, or after "the", the nearest such government named before it
    /// within a bounded walk ("The government of Samoa closed schools. … the government said"): the government by its
    /// country; null when none is named.
    /// </summary>
    private Speaker? GovernmentOf(int token)
    {
        if (CountryAfter(token) is { } named)
        {
            return named;
        }

        if (token == 0 || Document.Text(token - 1) is not ("the" or "The"))
        {
            return null;
        }

        for (int k = token - 1, steps = 0; k >= 0 && steps < MaxRoleSteps; k--, steps++)
        {
            if (_context.Tokens[k].Quote < 0 && Document.Text(k) is "government" && CountryAfter(k) is { } before)
            {
                return before;
            }
        }

        return null;
    }

    /// <summary>
    /// "Hartley &amp; Finch will close 11 shops. … “…,” the retailer said": a noun of a business (not of a public body) stands
    /// for the one organisation the text named as a subject before it, when it named exactly one that no word marks as a
    /// public body, within <see cref="MaxOrganizationSteps"/> names; null otherwise. A group's noun ("folk-metal band Khar
    /// Salkhi … the group announced") counts only the bodies the text introduced with a body's noun, as a country is none.
    /// </summary>
    private Speaker? OnlyBusinessBefore(int token, string noun)
    {
        bool business = Lexicon.IsBusinessNoun(noun);
        if (!business && !Lexicon.IntroducesBody(noun))
        {
            return null;
        }

        NameOccurrence? only = null;
        int index = _context.LastOccurrenceStartingBefore(_context.Tokens[token].Start);
        for (int steps = 0; index >= 0 && steps < MaxOrganizationSteps; index--, steps++)
        {
            var occurrence = _context.Occurrences[index];
            if (occurrence.Kind != NameKind.Organization || !occurrence.IsSubject || Lexicon.NamesPublicBody(occurrence.Name)
                || (!business && !IntroducedAsBody(occurrence)))
            {
                continue;
            }

            if (only is { } seen && seen.Name != occurrence.Name)
            {
                return null;
            }

            only = occurrence;
        }

        return only is { } body ? new Speaker(body.Entity, body.Name, NameKind.Organization) : null;
    }

    /// <summary>"government of Samoa": the government with the capitalised name after "of" at <paramref name="government"/>.</summary>
    private Speaker? CountryAfter(int government)
    {
        var tokens = _context.Tokens;
        int country = government + 2;
        if (country >= tokens.Length || Document.Text(government + 1) is not "of" || !Document.IsCapitalised(country) || tokens[country].Quote >= 0)
        {
            return null;
        }

        return NameInterpreter.Interpret(Document, country, Document.RunEnd(country, tokens.Length)) is { Kind: not NameKind.Person } name
            ? new Speaker(-1, "government of " + name.Name, NameKind.Organization)
            : null;
    }

    /// <summary>
    /// "Acme Corp said … “…,” the company said": the nearest organisation named before <paramref name="token"/> whose name
    /// holds a word of that kind of body ("Corp", "Ministry"), however many paragraphs back (news names the company in its
    /// lead and calls it "the company" from then on), within <see cref="MaxOrganizationSteps"/> names; null if none.
    /// </summary>
    private Speaker? OrganizationOfNoun(int token, string noun)
    {
        int index = _context.LastOccurrenceStartingBefore(_context.Tokens[token].Start);
        for (int steps = 0; index >= 0 && steps < MaxOrganizationSteps; index--, steps++)
        {
            var occurrence = _context.Occurrences[index];
            if (occurrence.Kind == NameKind.Organization && (Lexicon.NamesBodyOfNoun(occurrence.Name, noun) || IntroducedAs(occurrence, noun)))
            {
                return new Speaker(occurrence.Entity, occurrence.Name, NameKind.Organization);
            }
        }

        return null;
    }

    /// <summary>"the regional carrier AerLinn … the airline said", "payments company Veldhoven Pay … the company said",
    /// "software firm Tejas Cloudworks … the company said", "His team, Solvane-Brix, … the team said": the text introduced the
    /// organisation with that kind of body's noun (an airline's "carrier" or "airline"; any business's, but a club's, a
    /// team's or a band's, for a company or a firm) right before it, or before a comma and it; or with the noun itself in an
    /// appositive after it ("Rail Future, a passenger group, … the group said").</summary>
    private bool IntroducedAs(NameOccurrence occurrence, string noun)
        => AppositiveNounAfter(Document.TokenAt(occurrence.End - 1) + 1) == noun
            || (NounBefore(occurrence) is { } word
                && (word == noun || (noun is "airline" or "carrier" && word is "airline" or "carrier")
                    || (noun is "company" or "firm" && Lexicon.IsBusinessNoun(word) && word is not ("club" or "team" or "band"))));

    /// <summary>Whether the text introduced the name with a body's noun right before it ("folk-metal band Khar Salkhi"), or
    /// with a group's in an appositive after it ("Rail Future, a passenger group,"; "Ivory Coast, the world's biggest
    /// producer," is no body).</summary>
    private bool IntroducedAsBody(NameOccurrence occurrence)
        => (NounBefore(occurrence) is { } word && Lexicon.IntroducesBody(word))
            || (AppositiveNounAfter(Document.TokenAt(occurrence.End - 1) + 1) is { } appositive
                && Lexicon.IntroducesBody(appositive) && !Lexicon.IsBusinessNoun(appositive));

    /// <summary>The lower-case word right before the name, or before a comma and it ("His team, Solvane-Brix,"); null when
    /// none stands there.</summary>
    private string? NounBefore(NameOccurrence occurrence)
    {
        int before = Document.TokenAt(occurrence.Start) - 1;
        before -= before > 0 && Document.IsPunctuation(before, ',') ? 1 : 0;
        return before >= 0 && Document.IsLowerWord(before) && _context.Tokens[before].Quote < 0 ? Document.Text(before) : null;
    }

    /// <summary>The noun of an appositive opening with a comma at <paramref name="comma"/>, after "a", "an" or "the" and at
    /// most <see cref="MaxAppositiveNounModifiers"/> lower-case modifiers ("Rail Future, a passenger group,"); null when
    /// none stands there.</summary>
    private string? AppositiveNounAfter(int comma)
    {
        var tokens = _context.Tokens;
        if (comma + 2 >= tokens.Length || !Document.IsPunctuation(comma, ',') || Document.Text(comma + 1) is not ("a" or "an" or "the"))
        {
            return null;
        }

        int noun = comma + 2;
        while (noun + 1 < tokens.Length && noun < comma + 2 + MaxAppositiveNounModifiers && Document.IsLowerWord(noun + 1) && tokens[noun + 1].Quote < 0)
        {
            noun++;
        }

        return Document.IsLowerWord(noun) && tokens[noun].Quote < 0 && noun + 1 < tokens.Length && Document.IsPunctuation(noun + 1, ',')
            ? Document.Text(noun)
            : null;
    }

    /// <summary>
    /// The person the article names with the same role noun, "ROLE First Last" or "First Last, a ROLE": the nearest before
    /// <paramref name="token"/>, else the nearest after it ("the spokesperson said … Jo Lee, the spokesperson, added"),
    /// each within a bounded walk; with <paramref name="bodies"/>, also the body a spokesperson so described speaks for
    /// (not for "a police spokesperson", whose own noun names the body).
    /// </summary>
    private Speaker? NamedWithRole(int token, string noun, bool bodies = true, string? nationality = null, bool before = true)
    {
        string? office = OfficeModifier(token) ?? Lexicon.OfficeOfAbbreviation(Document.Text(token));

        // "Prime Minister Jo Lee … “…,” the Premier said", and the other way round: one office under its two names.
        return NamedWithRole(token, noun, office, bodies, nationality, before)
            ?? (string.Equals(noun, "premier", StringComparison.OrdinalIgnoreCase) ? NamedWithRole(token, "minister", "prime", bodies, nationality, before)
                : office == "prime" ? NamedWithRole(token, "premier", null, bodies, nationality, before)
                : null);
    }

    /// <summary>The person named with the role <paramref name="noun"/> of the office <paramref name="office"/> (the title word
    /// before the noun at <paramref name="token"/>, <see cref="OfficeModifier"/>), and of no nationality other than
    /// <paramref name="nationality"/> when one is given, nearest before the token (when <paramref name="before"/>), else
    /// after it.</summary>
    private Speaker? NamedWithRole(int token, string noun, string? office, bool bodies, string? nationality, bool before)
    {
        // "Former prime minister Tom Hale also came. “…,” the PM said": one who held the role before is not who holds it.
        bool former = IsFormerRole(token);
        var tokens = _context.Tokens;
        for (int k = token - 1, steps = 0; before && k >= 0 && steps < MaxRoleSteps; k--, steps++)
        {
            if (IsFormerRole(k) == former && PersonWithRoleAt(k, noun, bodies) is { } holder && IsSameOffice(office, k)
                && !HasOtherNationality(k, nationality))
            {
                return holder;
            }
        }

        for (int k = token + 1, steps = 0; k < tokens.Length && steps < MaxRoleSteps; k++, steps++)
        {
            if (IsFormerRole(k) == former && PersonWithRoleAt(k, noun, bodies) is { } after && IsSameOffice(office, k)
                && !HasOtherNationality(k, nationality))
            {
                return after;
            }
        }

        return null;
    }

    /// <summary>Whether a nationality other than <paramref name="nationality"/> stands before the role at <paramref name="k"/>
    /// and its office words ("French MEP", "the French Foreign Minister"); false when no nationality is asked for.</summary>
    private bool HasOtherNationality(int k, string? nationality)
    {
        if (nationality is null)
        {
            return false;
        }

        int m = k - 1;
        while (m >= 0 && m >= k - MaxOfficeWords && IsOfficeWord(m))
        {
            m--;
        }

        return m >= 0 && Lexicon.IsNationality(Document.Word(m)) && Document.Word(m) != nationality;
    }

    /// <summary>The title word that makes the role noun at <paramref name="k"/> one office among several, lower-cased: "prime"
    /// in "Prime Minister", "foreign" in "the foreign minister", "vice" in "Vice President"; null when none stands right before
    /// it ("the minister"; "acting" and "former" make no other office).</summary>
    private string? OfficeModifier(int k) => k > 0 && IsOfficeWord(k - 1) ? Document.Text(k - 1).ToLowerInvariant() : null;

    /// <summary>Whether the role noun at <paramref name="k"/> names the office <paramref name="office"/> among the title words
    /// before it: "the foreign minister" is "Foreign Affairs Minister Jo Lee" but not "Prime Minister Jo Lee"; "the minister"
    /// is "Health Minister Jo Lee" or "Jo Lee, the minister", but not a prime minister, nor "the president" a vice president.</summary>
    private bool IsSameOffice(string? office, int k)
    {
        bool any = false;
        for (int m = k - 1; m >= 0 && m >= k - MaxOfficeWords && IsOfficeWord(m); m--)
        {
            string word = Document.Text(m).ToLowerInvariant();
            if (word == office)
            {
                return true;
            }

            any = true;
            if (office is null && Lexicon.IsOtherOfficeModifier(word))
            {
                return false;
            }
        }

        return office is null || !any;
    }

    /// <summary>Whether the token <paramref name="m"/> is a title word before a role that tells which office it is ("Foreign",
    /// "health", "Vice"), not "former", "acting", "interim" or "senior".</summary>
    private bool IsOfficeWord(int m)
        => _context.Tokens[m].Kind == TokenKind.Word && _context.Tokens[m].Quote < 0 && Document.Text(m) is var word
            && Lexicon.IsTitle(char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word.Substring(1))
            && word.ToLowerInvariant() is not ("former" or "acting" or "interim" or "senior");

    /// <summary>Whether "former" (or "ex-") stands before the role noun at <paramref name="k"/>, over at most one word of
    /// the title between ("Former prime minister", "the former Prime Minister").</summary>
    private bool IsFormerRole(int k)
    {
        for (int m = k - 1; m >= 0 && m >= k - 2; m--)
        {
            if (_context.Tokens[m].Kind != TokenKind.Word)
            {
                return false;
            }

            if (Document.Text(m) is "former" or "Former" or "ex" or "Ex")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person named with the role noun at <paramref name="k"/>: "ROLE First Last", "ROLE, First Last" or "First Last, a ROLE";
    /// with <paramref name="bodies"/>, also a spokesperson's body ("an Interpol spokesperson", "a spokesperson for the Home Office").</summary>
    private Speaker? PersonWithRoleAt(int k, string noun, bool bodies = true)
    {
        var tokens = _context.Tokens;
        if (tokens[k].Quote >= 0 || tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        // "Jo Lee, prosecuting, told the jury": counsel named by a participle between commas (or a comma and the sentence's
        // end); not the verb's object ("avoided prosecuting Jo Lee").
        if (Lexicon.IsCounselParticipleOf(Document.Text(k), noun))
        {
            return k > 0 && k + 1 < tokens.Length && Document.IsPunctuation(k - 1, ',')
                && (Document.IsPunctuation(k + 1, ',') || Document.IsPunctuation(k + 1, '.'))
                ? PersonDescribedByRole(k)
                : null;
        }

        if (!Lexicon.WritesRole(Document.Text(k), noun))
        {
            return null;
        }

        if (k + 1 < tokens.Length && Document.IsCapitalised(k + 1))
        {
            // "Prime Minister Tomas Reinholt's Social Democrats": the holder's name ends at its possessive.
            int end = Document.RunEnd(k + 1, tokens.Length);
            for (int m = k + 1; m < end - 1; m++)
            {
                if (Document.IsPossessive(m))
                {
                    end = m + 1;
                    break;
                }
            }

            // "Pope Benedict XVI", "Queen Elizabeth II": a regnal title is read with the name it leaves, a monarch's ("Benedict"
            // alone names no one).
            bool regnal = Lexicon.IsRegnalTitle(Document.Text(k));
            if (NameInterpreter.Interpret(Document, regnal ? k : k + 1, end) is { } name && (NamesPerson(name) || (regnal && name.WordCount >= 2)))
            {
                return Link(regnal ? k : Document.TokenAt(name.Start), end);
            }
        }

        // "Chinese Ambassador to the United States Cui Tiankai": the person after the place the envoy is sent to.
        int place = k + 2 < tokens.Length && Document.Text(k + 1) is "to" ? (Document.Text(k + 2) is "the" ? k + 3 : k + 2) : -1;
        if (place > 0 && place < tokens.Length && Document.IsCapitalised(place) && tokens[place].Quote < 0
            && Document.RunEnd(place, tokens.Length) is var placeEnd
            && NameInterpreter.PersonAfterTitleOf(Document, place, placeEnd) is { } envoy && NamesPerson(envoy))
        {
            return Link(Document.TokenAt(envoy.Start), placeEnd);
        }

        // "The mayor, Jo Lee, was defiant", "The Prime Minister of Tonga, Siaosi Fifita, said", "The Bishop of Carlisle, the Rt
        // Rev Catherine Ashworth,", "The Commissioner for Works, Engr. Ifeanyi Okonkwo-Ezeh,": the person in apposition after
        // the role and the place or body it is of or for; "Secretary of State Thomas Gallagher": the person after the place of
        // the title.
        int comma = k + 1;
        if (comma + 1 < tokens.Length && Document.Text(comma) is "of" or "for" && Document.IsCapitalised(comma + 1) && tokens[comma + 1].Quote < 0)
        {
            comma = Document.RunEnd(comma + 1, tokens.Length);
            if (Document.Text(k + 1) is "of" && NameInterpreter.PersonAfterTitleOf(Document, k + 2, comma) is { } titled && NamesPerson(titled))
            {
                return Link(Document.TokenAt(titled.Start), comma);
            }

            // "the senior coroner for Shropshire, Telford and Wrekin, John Ellery": the places may be a list.
            if (JoinedOrganization.EndAfterHead(Document, k + 2, comma, tokens.Length) is var listEnd and > 0)
            {
                comma = listEnd;
            }
        }

        int appositiveStart = comma + 2 < tokens.Length && Document.Text(comma + 1) is "the" ? comma + 2 : comma + 1;
        if (appositiveStart < tokens.Length && Document.IsPunctuation(comma, ',') && Document.IsCapitalised(appositiveStart)
            && tokens[appositiveStart].Quote < 0
            && Document.RunEnd(appositiveStart, tokens.Length) is var appositiveEnd
            && NameInterpreter.Interpret(Document, appositiveStart, appositiveEnd) is { } appositive && NamesPerson(appositive))
        {
            return Link(Document.TokenAt(appositive.Start), appositiveEnd);
        }

        // "an Interpol spokesperson stated … The spokesperson added": the body named before the noun; "A spokesperson for
        // the Home Office said … The spokesperson added": the body named after it; but "Jo Lee, a spokeswoman for the Port
        // Authority, said … the spokeswoman added": the person the noun describes.
        if (bodies && Lexicon.IsSpokesNoun(noun))
        {
            if (PersonDescribedByRole(k) is { } spokesperson)
            {
                return spokesperson;
            }

            if (Document.NameStartBefore(k, 0) is var body and >= 0)
            {
                return Link(body, k);
            }

            // IsSpokespersonsBody checks the "for" (and "the") between this noun and the name.
            int named = k + 2 < tokens.Length && Document.Text(k + 2) is "the" ? k + 3 : k + 2;
            if (named < tokens.Length && Document.IsCapitalised(named) && tokens[named].Quote < 0 && IsSpokespersonsBody(named))
            {
                return Link(named, Document.RunEnd(named, tokens.Length));
            }
        }

        return PersonDescribedByRole(k);
    }

    /// <summary>Whether a name after a role noun is a person's: a full name, or one word that names a person the text
    /// introduced ("President Trump" after "Donald Trump"), there too ("his wife Ana").</summary>
    private bool NamesPerson(TextName name)
        => name is { Kind: NameKind.Person, WordCount: >= 2 } || (name.WordCount == 1 && _context.Registry.Resolve(name.Name, name.Start + 1) is not null);

    /// <summary>
    /// The person the role noun at <paramref name="k"/> describes in apposition or after a copula: "Jo Lee, a spokesperson
    /// for the council", "Jo Lee, mayor of Tidewater", "Jo Lee, 45, the city's former mayor", "Jo Lee, who is the mayor",
    /// "Jo Lee is the mayor", "Jo Lee was elected mayor"; null when a word between is no determiner, possessive or
    /// modifier ("Jo Lee, who met the mayor").
    /// </summary>
    private Speaker? PersonDescribedByRole(int k)
    {
        // A capitalised role is a title in a name or a list ("Labour MP Tom Hale"), no appositive, unless a determiner or a
        // verb that gives the role stands before it ("Jo Lee, the President,", "Jo Lee became Foreign Minister").
        if (!Document.IsLowerWord(k) && !IsTitleGiven(k))
        {
            return null;
        }

        int m = k - 1;
        for (int words = 0; m >= 0 && _context.Tokens[m].Quote < 0 && _context.Tokens[m].Kind == TokenKind.Word; m--, words++)
        {
            if (words == MaxRoleModifiers)
            {
                return null;
            }

            // "Tidewater's foreign minister", "the Tidewater striker", "Tom Kim's lawyer": a name that owns or modifies the role.
            if (Document.IsCapitalised(m))
            {
                m = Document.RunStart(m, 0);
                continue;
            }

            // "Jo Lee, a 45-year-old teacher": an age describes the role too.
            if (Document.AgeNoun(m) >= 0)
            {
                continue;
            }

            if (!Document.IsLowerWord(m) || !IsRoleModifier(m))
            {
                break;
            }
        }

        // "was elected mayor", "became mayor", "who is the mayor", "is the mayor", "has been mayor": the verb that gives the role.
        bool copula = false;
        if (m >= 0 && Document.IsLowerWord(m) && GivesRole(Document.Text(m)))
        {
            copula = true;
            m--;
            if (m >= 0 && Document.Text(m) is "was" or "is" or "been")
            {
                m--;
            }

            if (m >= 0 && Document.Text(m) is "has" or "had")
            {
                m--;
            }

            if (m >= 0 && Document.Text(m) is "who" && m - 1 >= 0 && Document.IsPunctuation(m - 1, ','))
            {
                m--;
            }
        }

        // "Jo Lee, 45, a lawyer": an age set off by its own commas.
        if (m >= 2 && Document.IsPunctuation(m, ',') && Document.Age(m - 1) >= 0 && Document.IsPunctuation(m - 2, ','))
        {
            m -= 2;
        }

        // The walk may have reached the text's start ("Local mayor spoke. … the mayor said"): no name stands before the role.
        int nameEnd = m >= 0 && Document.IsPunctuation(m, ',') ? m : copula ? m + 1 : -1;
        if (nameEnd < 1 || !Document.IsCapitalised(nameEnd - 1) || _context.Tokens[nameEnd - 1].Quote >= 0)
        {
            return null;
        }

        // "said Yılmaz, 36, a pharmacist": a surname the text introduced is the person as a full name is.
        int start = Document.RunStart(nameEnd - 1, 0);
        return NameInterpreter.Interpret(Document, start, nameEnd) is { } name && NamesPerson(name)
            ? Link(Document.TokenAt(name.Start), nameEnd)
            : null;
    }

    /// <summary>Whether the capitalised role at <paramref name="k"/>, after its capitalised modifiers ("Foreign"), follows a
    /// determiner or a verb that gives a role: "the President", "became Foreign Minister".</summary>
    private bool IsTitleGiven(int k)
    {
        int m = k - 1;
        while (m >= 0 && m >= k - 3 && Document.IsCapitalised(m) && _context.Tokens[m].Quote < 0)
        {
            m--;
        }

        return m >= 0 && Document.IsLowerWord(m) && _context.Tokens[m].Quote < 0
            && (Lexicon.IsDeterminer(Document.Text(m)) || GivesRole(Document.Text(m)));
    }

    /// <summary>A verb that gives a person a role named after it: "was elected mayor", "became Foreign Minister", "is the mayor".</summary>
    private static bool GivesRole(string word)
        => word is "is" or "was" or "been" or "became" or "becomes" or "remains" or "elected" or "appointed" or "named";

    /// <summary>A lower-case word that may stand between an appositive's comma and its role noun: a determiner, a possessive
    /// ("the city's"), an adjective of office in -ing or -ed ("acting", "newly elected"), or an adjective that is no verb
    /// form, preposition or clause word ("former", "chief", "deputy").</summary>
    private bool IsRoleModifier(int m)
    {
        string word = Document.Text(m);
        return Lexicon.IsDeterminer(word) || Document.IsPossessive(m)
            || word is "acting" or "outgoing" or "incoming" or "founding" or "managing" or "presiding" or "retired" or "newly"
            || (word is "elected" or "appointed" && m > 0 && Document.Text(m - 1) is "newly")
            || (!Lexicon.IsPreposition(word) && !Lexicon.IsClauseWord(word) && !Lexicon.IsAuxiliary(word) && !SpeechCues.IsSpeechVerb(Document, m)
                && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
                && word is not ("became" or "becomes" or "remains" or "been" or "and" or "or" or "but"));
    }

    /// <summary>
    /// "the 54-year-old" at <paramref name="token"/>: the nearest person introduced before it with that age, "Jo Lee, 54,"
    /// ("Jo Lee, 54." at a sentence's end) or "54-year-old Jo Lee", within a bounded walk; null when none is (someone the
    /// text does not name).
    /// </summary>
    private Speaker? PersonOfAge(int token, int age)
    {
        foreach (var (person, personAge) in PersonsWithAgeBefore(token))
        {
            if (personAge == age)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>How many title words before a name are compared (<see cref="TitledNamesake"/>): "Deputy Prime Minister".</summary>
    private const int MaxComparedTitleWords = 3;

    /// <summary>
    /// "Vice President Duterte said" after "former President Rodrigo Duterte" and "Vice President Sara Duterte": a surname
    /// after title words, when the text introduced two persons or more under it, is the one it introduced under the same
    /// title words ("President Duterte" is then Rodrigo); null when none or several were, or only one person bears the
    /// surname (the registry resolves that one).
    /// </summary>
    private string? TitledNamesake(TextName name)
    {
        int first = Document.TokenAt(name.Start);
        int titleStart = TitleWordsBefore(first);
        if (titleStart == first)
        {
            return null;
        }

        string ending = " " + name.Name;
        string title = Document.Words(titleStart, first);
        string? bearer = null;
        string? titled = null;
        bool several = false;
        int index = _context.LastOccurrenceStartingBefore(name.Start);
        for (int steps = 0; index >= 0 && steps < MaxTitledOccurrenceSteps; index--, steps++)
        {
            // Only a name written out counts: a bare surname there was resolved by the rules this one corrects.
            var occurrence = _context.Occurrences[index];
            int given = Document.TokenAt(occurrence.Start);
            if (occurrence.Kind != NameKind.Person || !occurrence.Name.EndsWith(ending, StringComparison.Ordinal)
                || Document.TokenAt(occurrence.End - 1) == given)
            {
                continue;
            }

            several |= bearer is not null && bearer != occurrence.Name;
            bearer = occurrence.Name;
            if (string.Equals(Document.Words(TitleWordsBefore(given), given), title, StringComparison.OrdinalIgnoreCase))
            {
                if (titled is not null && titled != occurrence.Name)
                {
                    return null;
                }

                titled = occurrence.Name;
            }
        }

        return several ? titled : null;
    }

    /// <summary>The first of the title words (at most <see cref="MaxComparedTitleWords"/>) right before <paramref name="token"/>,
    /// or <paramref name="token"/> when none stands there.</summary>
    private int TitleWordsBefore(int token)
    {
        int start = token;
        while (start > 0 && token - start < MaxComparedTitleWords && Document.Tokens[start - 1].Quote < 0 && Lexicon.IsTitle(Document.Word(start - 1)))
        {
            start--;
        }

        return start;
    }

    /// <summary>Whether the text named <paramref name="speaker"/> under a title before <paramref name="token"/> ("Foreign Minister
    /// Julie Bishop"; honorifics such as "Mr" or "Dr" aside), within a bounded walk: a title no one holds then stands for
    /// someone else than that person.</summary>
    public bool HasTitleBefore(Speaker speaker, int token)
    {
        int index = _context.LastOccurrenceStartingBefore(_context.Tokens[token].Start);
        for (int steps = 0; index >= 0 && steps < MaxTitledOccurrenceSteps; index--, steps++)
        {
            var occurrence = _context.Occurrences[index];
            int first = Document.TokenAt(occurrence.Start);
            if (occurrence.Name == speaker.Name && first > 0 && Document.Word(first - 1) is var title
                && Lexicon.IsTitle(title) && GenderEvidence.HonorificBefore(Document, first) == Gender.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text gave <paramref name="speaker"/> an age before <paramref name="token"/>: "the 28-year-old"
    /// is not someone introduced as 54.</summary>
    public bool HasAgeBefore(Speaker speaker, int token)
    {
        foreach (var (person, _) in PersonsWithAgeBefore(token))
        {
            if (person is { } found && found.Entity == speaker.Entity && found.Name == speaker.Name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The persons introduced with an age before <paramref name="token"/>, nearest first, within a bounded walk.</summary>
    private IEnumerable<(Speaker? Person, int Age)> PersonsWithAgeBefore(int token)
    {
        var tokens = _context.Tokens;
        for (int k = token - 1, steps = 0; k >= 1 && steps < MaxRoleSteps; k--, steps++)
        {
            if (tokens[k].Quote >= 0)
            {
                continue;
            }

            // "Jo Lee, 54,": the name before the age's comma.
            if (k + 1 < tokens.Length && Document.Age(k) is var age and >= 0 && Document.IsPunctuation(k - 1, ',')
                && tokens[k + 1].Kind == TokenKind.Punctuation && k - 2 >= 0 && Document.IsCapitalised(k - 2) && tokens[k - 2].Quote < 0)
            {
                int start = Document.RunStart(k - 2, 0);
                if (NameInterpreter.Interpret(Document, start, k - 1) is { Kind: not NameKind.Organization } name)
                {
                    yield return (Link(Document.TokenAt(name.Start), k - 1), age);
                }
            }

            // "54-year-old Jo Lee": the name after the age.
            if (Document.AgeNoun(k) is var ageNoun and >= 0 && k + 1 < tokens.Length && Document.IsCapitalised(k + 1) && tokens[k + 1].Quote < 0)
            {
                int end = Document.RunEnd(k + 1, tokens.Length);
                if (NameInterpreter.Interpret(Document, k + 1, end) is { Kind: not NameKind.Organization } name)
                {
                    yield return (Link(Document.TokenAt(name.Start), end), ageNoun);
                }
            }
        }
    }

    /// <summary>Whether the run names a declared entity or a person the text introduced earlier (before the character
    /// <paramref name="introducedBefore"/> when given, so that "Saint Francis" does not introduce the "Francis" in it).</summary>
    public bool IsKnownPerson(int first, int end, int introducedBefore = -1)
        => NameInterpreter.Interpret(Document, first, end) is { } name
            && (_context.EntityNames.Resolve(name.Name) >= 0
                || (name.WordCount == 1 && _context.Registry.Resolve(name.Name, introducedBefore >= 0 ? introducedBefore : name.Start) is not null)
                || (_context.LastMentionStartingBefore(name.End) is int mention && mention >= 0 && _context.Mentions[mention].Start >= name.Start));

    public Speaker EntitySpeaker(int entity)
    {
        var kind = _context.Entities[entity].Kind switch
        {
            Model.EntityKind.Person => NameKind.Person,
            Model.EntityKind.Organization => NameKind.Organization,
            _ => NameKind.Unknown,
        };
        return new Speaker(entity, _context.Entities[entity].Name, kind);
    }

    /// <summary>Whether the body at <paramref name="first"/> is named after a spokesperson's "for", "of", "from" or "at"
    /// ("a spokesperson for the government", "a spokesman from Tidewater Hospital"; not a title, "Special Representative
    /// for Iran Brian Hook").</summary>
    public bool IsSpokespersonsBody(int first)
    {
        int k = first - 1;
        if (k > 0 && Document.Text(k) is "the")
        {
            k--;
        }

        return k > 0 && Document.Text(k) is "for" or "of" or "from" or "at" && Document.IsLowerWord(k - 1) && Lexicon.IsSpokesNoun(Document.Text(k - 1));
    }

    /// <summary>"Irish Rail", "the Scottish Greens", "New Zealand First": a nationality or a state's two-word name opening a
    /// name whose other words name no place is a body of that nation, not a place ("the Irish Sea", "Chinese New Year",
    /// "New Zealand" itself stay places).</summary>
    private static bool IsNationalBody(TextName name)
    {
        string[] words = name.Name.Split(' ');
        int opening = words.Length >= 2 && Lexicon.IsNationality(words[0]) ? 1
            : words.Length >= 3 && Lexicon.IsGoverningPlace(words[0] + " " + words[1]) ? 2
            : 0;
        if (opening == 0)
        {
            return false;
        }

        for (int k = opening; k < words.Length; k++)
        {
            if (Lexicon.IsNonPersonWord(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"at Fishmongers' Hall called “Learning Together”": a name made of place words names no speaker, unless it
    /// stands for the government seated there ("the White House said").</summary>
    private static bool IsPlaceLike(TextName name)
    {
        if (name.Kind != NameKind.Unknown || Lexicon.IsGoverningPlace(name.Name))
        {
            return false;
        }

        foreach (var word in name.Name.Split(' '))
        {
            if (Lexicon.IsNonPersonWord(word))
            {
                return true;
            }
        }

        return false;
    }
}
