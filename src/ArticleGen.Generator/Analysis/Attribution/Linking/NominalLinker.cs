using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Links a role noun as speaker ("police", "the spokesperson", "the company", "his wife") to whom it stands for: the person
/// the article names with that role, a body's head, the organisation of that kind named before, a group's member.
/// </summary>
internal sealed class NominalLinker
{
    /// <summary>How far back a kin noun ("his wife") looks for the person named with it: about two paragraphs.</summary>
    private const int MaxKinSteps = 300;

    /// <summary>How many names back "the company" looks for the company.</summary>
    private const int MaxOrganizationSteps = 50;

    /// <summary>At most this many modifiers stand before the noun of an appositive that introduces a body ("a passenger group").</summary>
    private const int MaxAppositiveNounModifiers = 2;

    /// <summary>How many more words a body's name may have after the one a head noun is given ("Halden Rovers" for "the
    /// Halden boss").</summary>
    private const int MaxBodyNameWordsAfter = 3;

    /// <summary>How many words a body's name given in quotes after its noun may have ("a group calling itself “Night Lotus”").</summary>
    private const int MaxQuotedNameWords = 6;

    private readonly AttributionContext _context;
    private readonly SpeakerLinker _linker;
    private readonly RoleHolders _roles;
    private readonly NominalWording _wording;

    public NominalLinker(AttributionContext context, SpeakerLinker linker, RoleHolders roles, NominalWording wording)
    {
        _context = context;
        _linker = linker;
        _roles = roles;
        _wording = wording;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>
    /// A role noun as speaker ("police", "the spokesperson"): the person the article names with that role, before or
    /// after ("spokesperson Jo Lee", "Jo Lee, a spokesperson"), the organisation "the company" or "the ministry" stands
    /// for, else the noun itself.
    /// </summary>
    public Speaker Link(int token)
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
        if (kind == NameKind.Person && !IsAnother(token) && _roles.NamedWithRole(token, noun, bodies: !spokesOfBodyNoun, before: !introduced) is { } named)
        {
            return named;
        }

        // "NATO Secretary-General Mark Rutte … The NATO chief said": a body's chief is the person the text named as its head.
        if (Lexicon.IsHeadNoun(noun) && HeadOfBody(token) is { } head)
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

    /// <summary>The role noun at <paramref name="token"/> linked as <see cref="Link"/> does, named as written when it
    /// stays a noun.</summary>
    public Speaker LinkAsWritten(int token) => _wording.AsWritten(Link(token), token);

    /// <summary>
    /// "U.N. Secretary-General Amara Ndiaye … the U.N. chief told the council", "Chelsea manager Enzo Maresca … the Chelsea
    /// boss said": for a head noun after "the" (or opening a sentence) and a body's name (the token before
    /// <paramref name="token"/>), the person the text named with that body's name and a head's title ("Secretary-General",
    /// "CEO", "manager") right before the name: before the noun, or after it when no one was before ("PCB chief asks the
    /// nation … ¶ Pakistan Cricket Board (PCB) Chairman Mohsin Naqvi", as a lead's summary lines do); null when the noun has
    /// no such modifier or no one was so named. A spokesperson of the body is not its head.
    /// </summary>
    private Speaker? HeadOfBody(int token)
    {
        var tokens = _context.Tokens;
        if (token < 1 || !Document.IsCapitalised(token - 1) || tokens[token - 1].Quote >= 0)
        {
            return null;
        }

        bool afterThe = token >= 2 && Document.Text(token - 2) is "the" or "The";
        bool opensSentence = Document.Sentences[Document.TokenSentence[token - 1]].FirstToken == token - 1;
        if (!afterThe && !opensSentence)
        {
            return null;
        }

        string body = Document.Text(token - 1);
        for (int k = token - 3, steps = 0; k >= 0 && steps < RoleHolders.MaxRoleSteps; k--, steps++)
        {
            if (Document.Text(k) == body && HeadNamedAfterBody(k, token) is { } before)
            {
                return before;
            }
        }

        for (int k = token + 1, steps = 0; k < tokens.Length && steps < RoleHolders.MaxRoleSteps; k++, steps++)
        {
            if (Document.Text(k) == body && HeadNamedAfterBody(k, tokens.Length) is { } after)
            {
                return after;
            }
        }

        return null;
    }

    /// <summary>The person named right after the body's name at <paramref name="k"/> (which may go on over a few words or
    /// close a parenthesis: "Pakistan Cricket Board (PCB) Chairman") under a head's title; null when none is, before
    /// <paramref name="limit"/>.</summary>
    private Speaker? HeadNamedAfterBody(int k, int limit)
    {
        var tokens = _context.Tokens;
        if (tokens[k].Quote >= 0)
        {
            return null;
        }

        // "Halden Rovers manager Tom Price … the Halden boss": the body's name may go on past the word the noun is given.
        int nameEnd = k + 1;
        while (nameEnd < limit && nameEnd - k <= MaxBodyNameWordsAfter && Document.IsCapitalised(nameEnd) && tokens[nameEnd].Quote < 0
            && !_roles.IsOfficeWord(nameEnd))
        {
            nameEnd++;
        }

        nameEnd += nameEnd < limit && Document.IsPunctuation(nameEnd, ')') ? 1 : 0;
        int title = nameEnd;
        while (title < limit && title - nameEnd < RoleHolders.MaxOfficeWords && _roles.IsOfficeWord(title))
        {
            title++;
        }

        return title > nameEnd && title < limit && Lexicon.IsHeadTitle(Document.Text(title - 1)) && Document.IsCapitalised(title)
            && Document.RunEnd(title, tokens.Length) is var holderEnd
            && NameInterpreter.Interpret(Document, title, holderEnd) is { } name && _roles.NamesPerson(name) && name.Start == tokens[title].Start
            ? _linker.Link(title, holderEnd)
            : null;
    }

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
    /// quotes in its paragraph ("protesters" → "protester"), at most <see cref="NominalWording.MaxIntroductionDistance"/> tokens back;
    /// null when there is none.</summary>
    public string? MemberOfGroupBefore(int token)
    {
        int paragraph = Document.Sentences[Document.TokenSentence[token]].Paragraph;
        for (int k = token - 1; k >= 0 && k >= token - NominalWording.MaxIntroductionDistance; k--)
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
                && _linker.Link(author, Document.RunEnd(author, token)) is { Kind: NameKind.Organization } body
                ? body
                : null;
        }

        return null;
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
    private Speaker? KinNamedBefore(int token)
    {
        string noun = Document.Word(token);
        for (int k = token - 1, steps = 0; k >= 0 && steps < MaxKinSteps; k--, steps++)
        {
            if (_roles.PersonWithRoleAt(k, noun) is { } named)
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

        for (int k = token - 1, steps = 0; k >= 0 && steps < RoleHolders.MaxRoleSteps; k--, steps++)
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
                // "the High Court of Justice ruled … The High Court also ruled … the court opined": the whole name.
                return occurrence.Entity < 0 && _context.Registry.ResolveOrganizationHead(occurrence.Name) is { } whole
                    ? new Speaker(-1, whole, NameKind.Organization)
                    : new Speaker(occurrence.Entity, occurrence.Name, NameKind.Organization);
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
}
