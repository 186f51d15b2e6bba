using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Links a speaker's name in the text to who it is: the declared entity whose mention ends the name ("Chinese Foreign
/// Minister Wang Yi"), else an entity by name, alias or a person's surname or first name ("Yellen" → Janet Yellen),
/// else the full person name the text introduced earlier ("Blinken" → "Antony Blinken"), else the name as written.
/// Its helpers are a file each: role nouns (<see cref="NominalLinker"/>) and how they are written (<see cref="NominalWording"/>),
/// the holders of a role (<see cref="RoleHolders"/>), persons introduced with an age or a title (<see cref="PersonIntroductions"/>)
/// and the expansions of acronyms (<see cref="AcronymExpansions"/>).
/// </summary>
internal sealed class SpeakerLinker
{
    /// <summary>How many title words before a name are compared (<see cref="TitledNamesake"/>): "Deputy Prime Minister".</summary>
    private const int MaxComparedTitleWords = 3;

    /// <summary>At most this many names back are read for a title a person was named under.</summary>
    internal const int MaxTitledOccurrenceSteps = 200;

    private readonly AttributionContext _context;
    private readonly RoleHolders _roles;
    private readonly AcronymExpansions _acronyms;

    /// <summary>The fuller name after a nationality that the text writes for a body's name (<see cref="NationalityBefore"/>),
    /// made on first use.</summary>
    private WordMemo? _fullerNames;

    public SpeakerLinker(AttributionContext context)
    {
        _context = context;
        _roles = new RoleHolders(context, this);
        _acronyms = new AcronymExpansions(context);
        Introductions = new PersonIntroductions(context, this);
        Wording = new NominalWording(context);
        Nominals = new NominalLinker(context, this, _roles, Wording);
    }

    /// <summary>Role nouns as speakers ("the spokesperson", "the company"), linked to whom they stand for.</summary>
    public NominalLinker Nominals { get; }

    /// <summary>Role nouns named as written ("a Libyan official") or as the text introduced them.</summary>
    public NominalWording Wording { get; }

    /// <summary>The persons the text introduced with an age or under a title.</summary>
    public PersonIntroductions Introductions { get; }

    private BodyDocument Document => _context.Document;

    /// <summary>Who the name written over the tokens [<paramref name="first"/>, <paramref name="end"/>) is, as the class
    /// summary says; null when the words name no speaker (a platform, a place, a possessive's owner that is none).</summary>
    public Speaker? Link(int first, int end)
    {
        if (end == first + 1 && Document.AgeNoun(first) is var age and >= 0)
        {
            return Introductions.PersonOfAge(first, age);
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

            // "America's National Oceanic and Atmospheric Administration (NOAA) … declaring": the owner's body is the one whose
            // name runs on over "and" past the run.
            if (JoinedOrganizationAround(Document.Tokens[k + 1].Start, Document.Tokens[end - 1].End) is { } body)
            {
                return body;
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

        // "Leader of the Opposition Tomas Singh's comment": the person after the place or body a title is of.
        if (NameInterpreter.PersonAfterTitleOf(Document, first, end) is { } holder && holder.Start > Document.Tokens[first].Start)
        {
            return Link(Document.TokenAt(holder.Start), end);
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
        if (name.WordCount == 1 && _acronyms.ExpansionOf(name.Name) is { } expansion)
        {
            return new Speaker(-1, expansion, NameKind.Organization);
        }

        // "Russia's Defence Ministry spokesman" where the text wrote "the Russian Defence Ministry" anywhere: the fullest name.
        if (name.WordCount >= 2 && name.Kind == NameKind.Organization && (_fullerNames ??= new WordMemo(NationalityBefore)).For(name.Name) is { } withNationality)
        {
            return new Speaker(-1, withNationality, NameKind.Organization);
        }

        return new Speaker(-1, name.Name, name.Kind);
    }

    /// <summary>
    /// The one fuller name the text writes anywhere for the body <paramref name="name"/>: the name after a nationality
    /// ("Russian Defence Ministry" for "Defence Ministry"); null when the text writes none, or two ("the Russian Defence
    /// Ministry" and "the Georgian Defence Ministry" leave "Defence Ministry" as written).
    /// </summary>
    private string? NationalityBefore(string name)
    {
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
            && first - before <= NominalWording.MaxNounModifiers + 1)
        {
            before--;
        }

        return before > 0 && Document.Text(before) is "for" && Lexicon.IsSpokesNoun(Document.Text(before - 1));
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="ending"/> right before <paramref name="end"/>, without a copy.</summary>
    private static bool EndsAt(string text, int end, string ending)
        => end >= ending.Length && string.CompareOrdinal(text, end - ending.Length, ending, 0, ending.Length) == 0;

    /// <summary>Whether "of", "at" or "from" and a capitalised word stand at <paramref name="token"/>: "… Jo Lee of Kyoto University".</summary>
    private bool IsMemberOfBody(int token)
        => token + 1 < _context.Tokens.Length && Document.Text(token) is "of" or "at" or "from"
            && Document.IsCapitalised(token + 1) && _context.Tokens[token + 1].Quote < 0;

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
        return _roles.NamedWithRole(end - 1, role, nationality: title > first ? Document.Word(first) : null)
            ?? new Speaker(-1, end - first == 1 ? role : Document.Words(first, end), NameKind.Person);
    }

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
        => PlaceBodyName.Of(Document, Document.Text(first) is "The" ? first + 1 : first, end) is { } name
            ? new Speaker(-1, name, NameKind.Organization)
            : null;

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

    /// <summary>Whether the run names a declared entity or a person the text introduced earlier (before the character
    /// <paramref name="introducedBefore"/> when given, so that "Saint Francis" does not introduce the "Francis" in it).</summary>
    public bool IsKnownPerson(int first, int end, int introducedBefore = -1)
        => NameInterpreter.Interpret(Document, first, end) is { } name
            && (_context.EntityNames.Resolve(name.Name) >= 0
                || (name.WordCount == 1 && _context.Registry.Resolve(name.Name, introducedBefore >= 0 ? introducedBefore : name.Start) is not null)
                || (_context.LastMentionStartingBefore(name.End) is int mention && mention >= 0 && _context.Mentions[mention].Start >= name.Start));

    /// <summary>The declared entity <paramref name="entity"/> as a speaker, of its entity's kind.</summary>
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
    /// stands for the government seated there ("the White House said") or ends with a utility's word ("South West Water
    /// said").</summary>
    private static bool IsPlaceLike(TextName name)
    {
        if (name.Kind != NameKind.Unknown || Lexicon.IsGoverningPlace(name.Name) || name.Name.EndsWith(" Water", StringComparison.Ordinal))
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
