using System;

namespace ArticleGen.Generator.Analysis.Attribution;

// A subject before its verb: "Blinken said", "Carl Lipo of Binghamton University said", "Jo Lee was quoted as saying".
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// "Jo Lee was quoted as saying", "Jo Lee is quoted by Reuters as saying", "Jo Lee was reported as saying": the subject
    /// before "quoted", given the "as" at <paramref name="asToken"/>, or the "saying" right after "quoted" ("Jo Lee was quoted
    /// saying") (the agent after "by" only reports the words); "Reuters quoted Jo Lee as saying": the object after it; null
    /// when "quoted" is not there.
    /// </summary>
    public Subject? QuotedAs(int asToken, int low)
    {
        // "was quoted as having said": the "as" before "having".
        asToken = asToken - 1 >= low && Document.Text(asToken) is "having" && Document.Text(asToken - 1) is "as" ? asToken - 1 : asToken;
        int k = asToken - 1;

        // "The Courier quoted Elizabeth Nadeau, a 27-year-old student, as saying": the one quoted, before the appositive.
        if (k >= low && Document.IsPunctuation(k, ',') && PersonBeforeAppositive(k, low) is { } described
            && described.FirstToken - 1 >= low && IsQuotingVerb(Document.Text(described.FirstToken - 1)))
        {
            return described;
        }

        if (k >= low && Document.IsCapitalised(k) && Tokens[k].Quote < 0)
        {
            int agent = Document.RunStart(k, low);
            int before = agent - 1 >= low && Document.Text(agent - 1) is "the" ? agent - 2 : agent - 1;
            if (before >= low && Document.Text(before) is "by")
            {
                // "is quoted by the Daily Times as saying": the one quoted is before "quoted".
                k = before - 1;
            }
            else if (QuotingVerbBeforeDescriptors(agent - 1, low))
            {
                // "Reuters quoted Jo Lee as saying", "The Courier quotes Lee as saying", "State media cited Jo Lee as saying",
                // "Reuters quoted district police chief Omar Belden as saying": the one quoted, not the one quoting.
                return new Subject(agent, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
            }
        }
        else if (k - 1 >= low && Lexicon.GetObjectPronoun(Document.Text(k)) is var pronoun && pronoun != PronounKind.None
            && IsQuotingVerb(Document.Text(k - 1)))
        {
            // "The BBC quoted him as saying": whom the pronoun stands for, as "he" or "she" would.
            return new Subject(k, k + 1, pronoun, AttributionRule.SpeechVerb, k);
        }
        else if (k - 1 > low && Document.IsLowerWord(k) && Lexicon.NominalKind(Document.Text(k)) != NameKind.Unknown)
        {
            // "The Guardian quoted an unnamed source as saying", "Interfax cited a ministry official as saying": the role
            // noun quoted.
            for (int m = k - 1; m >= low && m >= k - 4 && Document.IsLowerWord(m); m--)
            {
                if (IsQuotingVerb(Document.Text(m)))
                {
                    return new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
                }
            }
        }

        return k > low && SpeechCues.IsQuotedVerb(Document.Text(k)) ? Before(k - 1, low) : null;
    }

    /// <summary>"Channel 4", "Fox 5": the name a number of one or two digits at <paramref name="k"/> ends, after a capitalised
    /// run that names no person, day or month; null otherwise ("Tom Hale, 45," sets an age off by commas).</summary>
    private Subject? NamedWithNumber(int k, int low)
    {
        if (k - 1 < low || !Document.EndsNameWithNumber(k))
        {
            return null;
        }

        // "interviewed by Channel 4 accused": the object of a preposition is no subject.
        int start = Document.RunStart(k - 1, low);
        return !Document.FollowsPreposition(start, low)
            && NameInterpreter.Interpret(Document, start, k) is { Kind: not NameKind.Person } name && name.Start == Tokens[FirstNonFunctionWord(start, k)].Start
            ? new Subject(Document.TokenAt(name.Start), k + 1, PronounKind.None, AttributionRule.SpeechVerb, k)
            : null;
    }

    /// <summary>The start of the place named after "of", "from", "in" or "near" ("of Tidewater, Ohio") whose state or country
    /// the name of one or two words between <paramref name="comma"/> and <paramref name="end"/> is; -1 for a name that opens
    /// with a given name, or one after a body's name that "of" runs through ("the House of Representatives, Aumua Amata,";
    /// "the Kessel Observatory in Pine Ridge, Colorado," is a body in a place). After "in", "near" or "from" a place of two
    /// words that reads as a person's ("in Pine Ridge, Colorado") is a place unless it opens with a given name.</summary>
    private int PlaceOfState(int comma, int end, int low)
    {
        int place = PlaceBeforeState(comma, end, low);
        return place >= 0
            && (place - 2 < low || !Document.IsCapitalised(place - 2) || Document.IsRoleNoun(place - 2)
                || Document.Text(place - 1) is not "of")
            && (NameInterpreter.Interpret(Document, place, comma) is { Kind: not NameKind.Person }
                || (Document.Text(place - 1) is "in" or "near" or "from" && GivenNames.Of(Document.Word(place)) == Gender.Unknown))
            ? place
            : -1;
    }

    /// <summary>Whether [<paramref name="first"/>, <paramref name="end"/>) is a person's name of two words or more that opens
    /// with a given name ("Steve LeBlanc"; not "San Antonio", nor "Austin Community College").</summary>
    private bool IsGivenNameAndSurname(int first, int end)
        => GivenNames.Of(Document.Word(first)) != Gender.Unknown
            && NameInterpreter.Interpret(Document, first, end) is { Kind: NameKind.Person, WordCount: >= 2 } name
            && name.Start == Tokens[first].Start;

    /// <summary>Whether a quoting verb stands at <paramref name="k"/> or before up to three lower-case words of a role that end
    /// there ("quoted district police chief"), none of them a preposition or a clause word.</summary>
    private bool QuotingVerbBeforeDescriptors(int k, int low)
    {
        for (int m = k; m >= low && m >= k - 3 && Tokens[m].Quote < 0 && Document.IsLowerWord(m); m--)
        {
            string word = Document.Text(m);
            if (IsQuotingVerb(word))
            {
                return true;
            }

            if (Lexicon.IsPreposition(word) || Lexicon.IsClauseWord(word) || SpeechCues.IsSpeechVerb(Document, m))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Verbs whose object is the one quoted "as saying": "quoted", "cited".</summary>
    private static bool IsQuotingVerb(string word) => word is "quoted" or "quotes" or "cited" or "cites";

    /// <summary>
    /// Whether the phrase between commas that ends at <paramref name="comma"/> names an agent by "by" after a participle ("Jo
    /// Lee, flanked by the party's leader, Tom Hale, said", "Fairweather, cross-examined by the chef's barrister, Rupert
    /// Kingsley KC, said"): the name in apposition after it is the agent's, not the subject's.
    /// </summary>
    private bool EndsAgentPhrase(int comma, int low)
    {
        bool agent = false;
        for (int m = comma - 1; m > low && m >= comma - MaxAppositiveTokens; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark)
            {
                return false;
            }

            // The phrase is set off by a comma or dash before it, as an appositive is.
            if (Document.IsCommaOrDash(m))
            {
                return agent;
            }

            agent |= Document.Text(m) is "by" && Document.IsLowerWord(m - 1) && Document.Text(m - 1).EndsWith("ed", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>The subject ending at token <paramref name="k"/> (going left, not before <paramref name="low"/>).</summary>
    public Subject? Before(int k, int low)
    {
        for (int skipped = 0; k >= low && skipped < 3 && Document.IsLowerWord(k) && Lexicon.IsAuxiliary(Document.Text(k)); skipped++)
        {
            k--;
        }

        // "“…,” one said", "Another added:": one of the group named just before speaks ("One held a banner" may be one of
        // the groups).
        if (k >= low && Tokens[k].Quote < 0 && Document.Text(k) is "one" or "One" or "another" or "Another"
            && (k == low || Tokens[k - 1].Kind != TokenKind.Word) && k + 1 < Tokens.Length && SpeechCues.IsSpeechVerb(Document, k + 1)
            && _linker.Nominals.MemberOfGroupBefore(k) is not null)
        {
            return new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
        }

        // "Al-Majid is reported to have said", "Jo Lee was believed to have told": the subject of the passive report.
        if (k - 1 >= low && Document.Text(k) is "reported" or "said" or "believed" or "understood" or "alleged" or "thought"
            && Document.Text(k + 1) is "to" && Document.Text(k - 1) is "is" or "was" or "are" or "were")
        {
            k -= 2;
        }

        // "Jo Lee on Monday said", "Jo Lee at a news conference on Monday said", "The agency in a statement said": up to
        // two short phrases of time or manner after the name are skipped.
        k = BeforeAdverbial(k, low);

        // "The peacekeeping mission in Darfur (UNAMID) said": a body's letters in brackets after words that name no body (a
        // noun, a place after "in") are the subject.
        if (AcronymNamingPhraseBefore(k, low) is { } acronym)
        {
            return acronym;
        }

        // "Jo Smith of the World Food Programme (WFP) said": a short parenthesis before the verb is skipped.
        k = BeforeParenthesis(k, low);
        if (k < -1)
        {
            return null;
        }

        // "Cruz, in remarks to ABC, said", "Tomasz Kubiak, a fire service spokesman, told", "Greg Barton, Chair in …, said",
        // "Anderson Cooper, of CNN, one of her four sons, stated": up to three appositives between commas.
        // "Laura Chen — the company's founder — said": dashes set an appositive off as commas do.
        // "Ines Duarte, who co-starred in Boogie Nights, Magnolia and The Big Lebowski, said": the commas of a list inside a
        // "who" clause set off no appositive; the person before the clause is the subject.
        if (k >= low && Document.IsPunctuation(k, ',') && PersonBeforeListingRelative(k, low) is { } relativeHolder)
        {
            return relativeHolder;
        }

        bool afterRelative = false;
        for (int appositives = 0; appositives < MaxAppositives && k >= low && Document.IsCommaOrDash(k); appositives++)
        {
            // "Researchers at Kestrel Security, who first identified “Ghost Hop”, said": only a relative clause may hold a quote.
            int comma = -1;
            bool quoted = false;
            for (int m = k - 1; m >= low && m >= k - MaxAppositiveTokens; m--)
            {
                if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark)
                {
                    quoted = true;
                    continue;
                }

                if (Document.IsPunctuation(m, Body[Tokens[k].Start]))
                {
                    comma = quoted && Document.Text(m + 1) is not ("who" or "which" or "whose") ? -1 : m;
                    break;
                }
            }

            // "The Vice President, Mike Pence, said": the appositive is the name; but "Jo Lee of the rights organisation,
            // Stonewall, said" names the organisation of the person before its descriptor.
            // "Tomas Brandt, Northlight's Chief Executive, said": an owner's title is the appositive, not the name.
            // "“…,” Mary Stein, Assistant Library Director, said": a capitalised title that names no one is an appositive.
            bool capitalisedRun = comma >= 0 && comma + 1 < k && Document.IsCapitalised(comma + 1) && Document.RunEnd(comma + 1, k) == k
                && !OwnersTitle(comma + 1, k);
            bool titleNamingNoOne = capitalisedRun && NameInterpreter.IsTitleNamingNoOne(Document, comma + 1, k);
            bool nameRun = capitalisedRun && !titleNamingNoOne;

            // "Jo Lee, 45, of Tidewater, Ohio, said": the state or country of a place after "of", "from" or "in" is no name of
            // the subject's; the appositive goes on before it.
            if (nameRun && PlaceOfState(comma, k, low) >= 0)
            {
                k = comma;
                continue;
            }

            bool agentsName = nameRun && EndsAgentPhrase(comma, low);
            if (nameRun && PersonFromPlaceBeforeComma(comma, k, low) is { } fromPlace)
            {
                return fromPlace;
            }

            if (appositives == 0 && nameRun && !IsPartyTag(comma + 1) && !PostNominals(comma + 1, k) && !agentsName)
            {
                return (comma > low && Document.IsLowerWord(comma - 1) && Lexicon.NominalKind(Document.Text(comma - 1)) == NameKind.Organization
                        ? PersonOfLowerCasePhrase(comma - 1, low)
                        : null)
                    ?? new Subject(comma + 1, k, PronounKind.None, AttributionRule.SpeechVerb, k - 1);
            }

            // "The pilots' union, the Nordic Pilots Association, called": the body's name in apposition to a noun of its kind,
            // a relative clause after it or not ("A Nairobi charity, the Chakula Bora Trust, which has since …, said").
            if ((appositives == 0 || afterRelative) && comma > low && comma + 2 < k && Document.Text(comma + 1) is "the" && Document.IsCapitalised(comma + 2)
                && Document.RunEnd(comma + 2, k) == k && Document.IsLowerWord(comma - 1)
                && Lexicon.NominalKind(Document.Text(comma - 1)) == NameKind.Organization
                && NameInterpreter.Interpret(Document, comma + 2, k) is { Kind: not NameKind.Person })
            {
                return new Subject(comma + 2, k, PronounKind.None, AttributionRule.SpeechVerb, k - 1);
            }

            // "An independent expert, Professor Jo Lee of Tidewater University, said": the person of a body in apposition.
            if (appositives == 0 && comma >= 0 && comma + 1 < k && Document.IsCapitalised(comma + 1)
                && Document.RunEnd(comma + 1, k) is var memberEnd && memberEnd < k && Document.Text(memberEnd) is "of" or "from" or "at"
                && NameInterpreter.Interpret(Document, comma + 1, memberEnd) is { Kind: NameKind.Person, WordCount: >= 2 } ofBody)
            {
                return new Subject(Document.TokenAt(ofBody.Start), memberEnd, PronounKind.None, AttributionRule.SpeechVerb, memberEnd - 1);
            }

            // "The study's lead author, doctoral candidate Jo Lee, said": the appositive names the person after its descriptors;
            // so does one before another ("Its sponsor, state Senator Jo Lee, a farmer from Yuma County, called").
            if (comma >= 0 && DescribedPerson(comma + 1, k) is { } described)
            {
                return described;
            }

            // "A nurse, who gave only her first name as Katya, said": the name the appositive gives the role noun's holder,
            // another appositive after it or not ("The spokesperson, later named as Jo Lee, the airline's head of
            // communications, told").
            if (comma > low && Document.IsLowerWord(comma - 1) && Lexicon.NominalKind(Document.Text(comma - 1)) == NameKind.Person
                && NameGivenAfter(comma, k) is { } given)
            {
                return given;
            }

            // "In an interview with the BBC, Dr. Tan Heok Hui, an ichthyologist, stated": a titled person between the
            // commas is the subject, not another appositive.
            if (appositives > 0 && comma >= 0 && comma + 1 < k && Lexicon.IsTitle(Document.Word(comma + 1))
                && Document.RunEnd(comma + 1, k) == k && NameInterpreter.Interpret(Document, comma + 1, k) is { Kind: NameKind.Person } titledPerson)
            {
                return new Subject(Document.TokenAt(titledPerson.Start), k, PronounKind.None, AttributionRule.SpeechVerb, k - 1);
            }

            if (comma < 0 || comma + 1 >= k || !(IsAppositive(comma + 1, k) || titleNamingNoOne || agentsName))
            {
                if (appositives == 0)
                {
                    return null;
                }

                break;
            }

            afterRelative = appositives == 0 && Document.Text(comma + 1) is "which" or "who";
            k = comma;
        }

        if (k >= low && Document.IsCommaOrDash(k))
        {
            k--;

            // "The ministry has, in a statement, called …": the auxiliary before the appositive.
            for (int skipped = 0; k >= low && skipped < 3 && Document.IsLowerWord(k) && Lexicon.IsAuxiliary(Document.Text(k)); skipped++)
            {
                k--;
            }

            // "The Iranian Revolutionary Guard Corps (IRGC), which includes …, declared": the acronym after the name.
            k = BeforeParenthesis(k, low);
            if (k < -1)
            {
                return null;
            }

            // "A nurse at the hotel, who saw the fire, said": a phrase of place or time before the appositive, as before the verb.
            k = BeforeAdverbial(k, low);
        }

        if (k < low || Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        if (CounselFor(k, low) is { } counsel)
        {
            return counsel;
        }

        string word = Document.Text(k);

        // "tour guide Ben Cole, 24, who cited his training: “…”": the relative pronoun stands for the person before it.
        if (word is "who" && k - 1 >= low && Document.IsPunctuation(k - 1, ','))
        {
            return RelativeAntecedent(k - 1, low);
        }

        // "rejected by Ouattara who said “…”": written without the comma, the same person before the relative pronoun.
        if (word is "who" && k - 1 >= low && Document.IsCapitalised(k - 1) && PersonBeforeComma(k, low) is { } person)
        {
            return person;
        }

        // "said Tariq Khosa, the police chief of the province who also added": the "who" after an appositive with no comma of
        // its own stands for the person the appositive describes.
        if (word is "who" && k - 1 >= low && Document.IsLowerWord(k - 1) && PersonBeforeAppositive(k, low) is { } appositiveHolder)
        {
            return appositiveHolder;
        }

        // "in her statement, which said that “…”", "the ministry's report, which warned", "released a statement which (or that)
        // said": the relative pronoun stands for the document before it, which speaks as it would before the verb. Its author
        // may be looked for in a sentence before, which may hold such a "which" again: one level only, so that no text can
        // chain the look-ups into deep recursion.
        int documentNoun = word is "which" && k - 1 >= low && Document.IsPunctuation(k - 1, ',') ? k - 2
            : word is "which" or "that" ? k - 1
            : -1;

        // "posted a message on Facebook which said", "a statement on its website which said": where it was posted stands
        // between the document and "which".
        documentNoun = documentNoun >= low ? BeforePlaceOfPosting(documentNoun, low) : documentNoun;
        if (documentNoun >= low && !_inRelativeDocument && Document.IsLowerWord(documentNoun)
            && Lexicon.IsDocumentNoun(Document.Text(documentNoun)))
        {
            _inRelativeDocument = true;
            try
            {
                // "Jo Lee released a statement which said": who made the document public speaks by it; "The patrol confirmed the
                // capture in a statement that said": the subject of the clause whose message it is.
                return documentNoun - 3 >= low && Document.Text(documentNoun - 1) is "a" or "an"
                    && Lexicon.IsPublishingParticiple(Document.Text(documentNoun - 2))
                    ? Before(documentNoun - 3, low)
                    : documentNoun - 3 >= low && Document.Text(documentNoun - 1) is "a" or "an" && Document.Text(documentNoun - 2) is "in"
                        && Document.Text(documentNoun) is "statement" or "tweet" or "post" or "message" or "letter"
                        ? MainSubject(low, documentNoun - 2) ?? Before(documentNoun, low)
                        : Before(documentNoun, low);
            }
            finally
            {
                _inRelativeDocument = false;
            }
        }

        // "welcomed by Amnesty International, which called it “…”": the relative pronoun stands for the organisation before it.
        if (word is "which" && k - 1 >= low && Document.IsPunctuation(k - 1, ','))
        {
            return OrganizationBeforeComma(k - 1, low);
        }

        // "Eight citizens were turned back. One of them told reporters": one of the group named just before speaks.
        if (k - 2 >= low && IsOneOfGroupBefore(k - 2))
        {
            return new Subject(k - 2, k - 1, PronounKind.None, AttributionRule.SpeechVerb, k - 2, Nominal: true);
        }

        var pronoun = Lexicon.GetPronoun(word);
        if (pronoun != PronounKind.None)
        {
            return IssuerOfDocumentPronoun(k) ?? new Subject(k, k + 1, pronoun, AttributionRule.SpeechVerb, k);
        }

        if (PersonReference(k, AttributionRule.SpeechVerb) is { } reference)
        {
            return reference;
        }

        // "His wife added": the person the text named with that kin noun ("his wife Ana"), else the relative, unnamed.
        if (IsKinAfterOwnerPronoun(k, low))
        {
            return new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
        }

        // "The father said": a noun of kin of one gender after "the" speaks as the person the text spoke of (the attributor
        // resolves it as "he" or "she"), one of either ("the cousin said") as itself; "the victim's mother said", "the
        // woman's son said", "Castellanos's brother said": a noun of kin after a role noun's or a person's possessive is the
        // relative, unnamed.
        if (Document.IsLowerWord(k) && Lexicon.IsRelationNoun(word) && k - 1 >= low
            && ((Document.Text(k - 1) is "the" or "The" && Lexicon.IsKinNoun(word))
                || (Document.IsPossessive(k - 1) && Document.IsLowerWord(k - 1) && Lexicon.IsPersonNoun(Document.Word(k - 1)) && Lexicon.IsKinNoun(word))
                || (Document.IsPossessive(k - 1) && Document.NameStartBefore(k, low) is var relativeOf and >= 0 && IsPersonNamed(relativeOf, k))))
        {
            return new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
        }

        // "the Biden campaign criticized": the body the name and the noun make.
        if (Document.IsLowerWord(k) && Lexicon.IsBodyNoun(word) && Document.NameStartBefore(k, low) is var owner and >= 0)
        {
            return new Subject(owner, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "Jo Lee's office said" is Jo Lee's words, though "the office said" is a body's of its own, and so is "the Prime
        // Minister's office", whose owner is a title that names no one.
        bool ownedByName = Lexicon.IsOfficeNoun(word) && k - 1 >= low && Document.IsPossessive(k - 1) && Document.IsCapitalised(k - 1)
            && !NameInterpreter.IsTitleNamingNoOne(Document, Document.RunStart(k - 1, low), k);
        if (Document.IsLowerWord(k) && Lexicon.NominalKind(word) != NameKind.Unknown && !ownedByName)
        {
            // "police said", "the campaign said", "a spokesperson for the agency said" (the organisation when one is named
            // after "for"); "Mary Lou McDonald, leader of the Sinn Féin party said": the person whose appositive the
            // writer left unclosed.
            // "Jo Lee from the regional water board said": the person of the body.
            return NationalOfRole(k) ?? OwnerOfDocumentTo(k, low) ?? GroupBeforeOf(k, low) ?? SourceBeforePhrase(k, low) ?? RestrictiveRelativeHead(k, low) ?? PersonBeforeUnclosedAppositive(k, low)
                ?? PersonBeforeUnclosedRelative(k, low)
                ?? (Lexicon.NominalKind(word) == NameKind.Organization ? PersonOfLowerCasePhrase(k, low) : null)
                ?? PersonBeforeParticiple(k - 1, low)
                ?? NominalAt(k, k + 1, AttributionRule.SpeechVerb);
        }

        // "Channel 4 said", "Fox 5 reported": a body's name that a number of one or two digits ends.
        if (NamedWithNumber(k, low) is { } numbered)
        {
            return numbered;
        }

        if (Lexicon.IsSpeakerNoun(word))
        {
            // "a China Daily editorial saying": the organisation named before the noun; "RIAA's take-down notice claimed",
            // "RIAA's DMCA notice alleged": the owner named before its modifiers.
            int noun = k;
            k--;
            int possessor = k;
            while (possessor >= low && possessor > k - 2 && Tokens[possessor].Quote < 0
                && (Document.IsLowerWord(possessor) || (Lexicon.IsAcronym(Document.Word(possessor)) && !Document.IsPossessive(possessor))))
            {
                possessor--;
            }

            if (possessor < k && possessor >= low && Document.IsCapitalised(possessor) && Tokens[possessor].Quote < 0
                && Document.IsPossessive(possessor))
            {
                k = possessor;
            }

            if (k < low || !Document.IsCapitalised(k) || Tokens[k].Quote >= 0 || Lexicon.IsFunctionWord(Document.Word(k)))
            {
                // "Jo Lee of the tribal preservation office told": no owner before the noun, a person before its phrase;
                // "The report, published by the Tidewater Institute, warned": its author; "The River Agency issued a
                // statement. … the statement said": who issued it; "her statement said": whom the owner's pronoun stands for.
                return PersonOfLowerCasePhrase(noun, low) ?? PublishedBy(noun) ?? IssuerOf(noun) ?? PossessivePronounOwner(noun, low)
                    ?? NominalOwner(noun, low) ?? UnauthoredDocument(noun, low);
            }
        }
        else if (!Document.IsCapitalised(k))
        {
            // "Jo Lee, director of corporate communications said": the person whose appositive the writer left unclosed, not
            // the role noun before its phrase.
            return PersonOfLowerCasePhrase(k, low) ?? PersonBeforeParticiple(k, low) ?? RestrictiveRelativeHead(k, low) ?? SourceBeforePhrase(k, low)
                ?? PersonBeforeUnclosedAppositive(k, low) ?? RoleBeforePlacePhrase(k, low) ?? PersonBeforeUnclosedRelative(k, low);
        }

        int runStart = KnownPersonAfterPlace(Document.RunStart(k, low), k + 1, low);

        // "A witness who knew Perry said", "each witness who knew Perry, including her GP, said", "Residents who spoke to
        // Reuters said": the name is the object of a relative clause after a role noun, whose head speaks (or the person whose
        // appositive the writer left unclosed: "Jo Lee, a member of the crew that was rescued near the Tidewater Islands said").
        if (runStart - 1 > low && Document.IsLowerWord(runStart - 1) && !Lexicon.IsClauseWord(Document.Text(runStart - 1))
            && RestrictiveRelativeHead(runStart - 1, low) is { } relativeHead)
        {
            return PersonBeforeUnclosedAppositive(k, low) ?? relativeHead;
        }

        // "The lawyer representing Lee said", "Jo Lee visiting Tidewater said": the name is a participle's object, and the
        // participle's subject speaks; "the mother of Jo Lee said": a relation of the person named speaks, unnamed.
        if (ParticipleBeforeName(runStart, low) && PersonBeforeParticiple(k, low) is { } participleSubject)
        {
            return participleSubject;
        }

        if (RelationOfName(runStart, k + 1, low) is var relation and >= 0)
        {
            return new Subject(relation, relation + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
        }

        // "Stephen Collins as Reverend Camden states": the actor named before "as", opening the clause, speaks, not the part
        // played ("after the killing of Osama bin Laden as Leon Panetta warns": "as" joins a clause to an object).
        if (runStart - 2 >= low && Document.Text(runStart - 1) is "as" && Document.IsCapitalised(runStart - 2) && Tokens[runStart - 2].Quote < 0
            && Document.RunStart(runStart - 2, low) is var actor && (actor == low || Document.IsPunctuation(actor - 1, ','))
            && NameInterpreter.Interpret(Document, actor, runStart - 1) is { Kind: NameKind.Person })
        {
            return new Subject(actor, runStart - 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "police in Lumberton, Texas said": the state of a place after "in", "of" or "from", with no comma after it, is no
        // subject; the role noun before the place is.
        if (runStart - 1 > low && Document.IsPunctuation(runStart - 1, ',')
            && PlaceOfState(runStart - 1, k + 1, low) - 2 is var placeOwner and >= 0 && placeOwner >= low && Document.IsRoleNoun(placeOwner))
        {
            return NominalAt(placeOwner, placeOwner + 1, AttributionRule.SpeechVerb);
        }

        // "the University of California, Los Angeles disagreed": the end of a longer name, not a subject;
        // but "When interviewed by the BBC, Day said" names a person the text introduced, "In February, Chakrapani
        // said" follows a function word, "Sentencing Jo Lee, 57, at Bristol Crown Court, Judge Tom Hale told" names a
        // person by a title, "Last week in Brussels, Tidewater Mayor Jo Lee said" ends a phrase with a preposition's
        // object, and "The city manager of Galveston, Steve LeBlanc said" names a person by a given name and a surname, the
        // appositive the writer left unclosed, as "Headteacher, Carole Minton said" does after a one-word role that opens
        // the clause.
        if (runStart - 2 > low && Document.IsPunctuation(runStart - 1, ',') && Document.IsCapitalised(runStart - 2)
            && !Lexicon.IsFunctionWord(Document.Word(runStart - 2)) && !_linker.IsKnownPerson(runStart, k + 1)
            && !IsOpeningPhrase(low, runStart - 1) && !IsTitledPerson(runStart, k + 1) && !IsObjectOfPreposition(runStart - 2, low)
            && !IsGivenNameAndSurname(runStart, k + 1))
        {
            return null;
        }

        // "First Minister of Scotland Nicola Sturgeon said": the person after the place of a title.
        if (NameInterpreter.PersonAfterTitleOf(Document, runStart, k + 1) is { } titled)
        {
            return new Subject(Document.TokenAt(titled.Start), k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "Carl Lipo of Binghamton University said", "Yvette Cooper of the Labour Party added", "Doug Collins of Georgia
        // said", "Jo Smith of The Rolling Stones reacted": a person's name before "of" is the speaker, whatever follows.
        if (MemberOf(runStart, low) is { } member && NameInterpreter.Interpret(Document, runStart, k + 1) is not null)
        {
            return member;
        }

        int preposition = Document.BeforeNameModifiers(runStart, low);

        // "The Arab Group at the UN said": a body named before "at" and the body or place it sits at, opening the clause,
        // speaks; the one after "at" only places it.
        if (preposition - 1 >= low && Document.Text(preposition) is "at" && Document.IsCapitalised(preposition - 1) && Tokens[preposition - 1].Quote < 0
            && Document.RunStart(preposition - 1, low) is var bodyStart
            && (bodyStart == low || Document.Text(bodyStart - 1) is "the" or "The" || OpensSentence(bodyStart))
            && NameInterpreter.Interpret(Document, bodyStart, preposition) is { Kind: NameKind.Organization } body
            && body.Start == Tokens[FirstNonFunctionWord(bodyStart, preposition)].Start)
        {
            return new Subject(Document.TokenAt(body.Start), preposition, PronounKind.None, AttributionRule.SpeechVerb, preposition - 1);
        }

        // "The Foreign Ministry of Iraq characterized", "the Ministry of Defence said" (whose "Defence" alone names
        // nothing): an organisation's name goes on over "of", and "Jo Lee from the Church of Scotland said" is the
        // person's who belongs to it.
        if (preposition - 1 >= low && Document.Text(preposition) is "of" && Document.IsCapitalised(preposition - 1)
            && Document.RunStart(preposition - 1, low) is var organizationStart)
        {
            // "Jo Lee, Chairman and CEO of Acme said": a title of the body, the person's appositive left unclosed.
            if (Lexicon.IsTitle(Document.Word(organizationStart)) && PersonBeforeUnclosedAppositive(k, low) is { } titleHolder)
            {
                return titleHolder;
            }

            // "The City of Tidewater said", "the Port of Gdańsk said": a place's body by its whole name, where it opens the
            // clause ("The mayor of the City of Tidewater", "the Office for the District of Columbia" are read as before).
            if (NameInterpreter.Interpret(Document, organizationStart, preposition) is { Kind: NameKind.Organization }
                || (preposition == runStart - 1 && Lexicon.IsPlaceBodyHead(Document.Word(preposition - 1))
                    && FirstNonFunctionWord(organizationStart, preposition) == preposition - 1 && !Document.FollowsPreposition(preposition - 1, low)))
            {
                return MemberOf(organizationStart, low) ?? BodyOfRoleNoun(organizationStart, k + 1, low)
                    ?? new Subject(organizationStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
            }

            // "The Ministry of Domestic Trade and Cost of Living said": the run before "of" closes the list after a head noun.
            if (HeadBeforeJoinedList(organizationStart, low) is var head and >= 0)
            {
                return MemberOf(head, low) ?? new Subject(head, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
            }
        }

        // "The Centers for Disease Control and Prevention said": "Prevention" ends a longer name that "for" joins; "Jo Lee,
        // a fellow at the Council on Foreign Relations said" is the person's whose appositive the writer left unclosed, and
        // "Jo Lee of the Centre for Peace said" the member's.
        if (NameJoinedByPreposition(runStart, k + 1, low) is var joined and >= 0)
        {
            return PersonBeforeTitledAppositive(joined, k + 1, low) ?? PersonBeforeUnclosedAppositive(joined, low) ?? MemberOf(joined, low)
                ?? new Subject(joined, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "The Royal Society for the Protection of Birds said", "the Ministry of Health of Samoa said", "The Committee to Protect
        // Journalists said": a body's name that goes on from its head over "for the", "of" or "to" ends in the run; "Jo Lee of
        // the Ministry of Health of Samoa said" is its member's words.
        if (BodyHeadBeforeConnectors(runStart, k + 1, low) is var bodyHead and >= 0)
        {
            return PersonBeforeTitledAppositive(bodyHead, k + 1, low) ?? PersonBeforeUnclosedAppositive(bodyHead, low) ?? MemberOf(bodyHead, low)
                ?? BodyOfRoleNoun(bodyHead, k + 1, low) ?? new Subject(bodyHead, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "Jo Lee of the Food and Drug Administration said", "Jo Lee of the Ministry of Trade and Industry said": the member
        // of a body whose name "and" joins.
        if (MemberOfJoinedBody(runStart, low) is { } memberOfJoined)
        {
            return memberOfJoined;
        }

        // "Jo Lee of the rights organisation Stonewall said": the person of the organisation's descriptor.
        if (runStart - 1 >= low && Document.IsLowerWord(runStart - 1) && Lexicon.NominalKind(Document.Text(runStart - 1)) == NameKind.Organization
            && PersonOfLowerCasePhrase(runStart - 1, low) is { } ofDescribed)
        {
            return ofDescribed;
        }

        // "officials in Tidewater said", "residents of Tidewater told": people named by their place speak as that group.
        if (preposition - 1 >= low && (Document.IsLowerWord(preposition - 1) || OpensSentence(preposition - 1))
            && IsGroupOf(preposition - 1, runStart, k + 1))
        {
            return NominalAt(preposition - 1, preposition, AttributionRule.SpeechVerb);
        }

        // "An official in Kabul said", "a police officer in Cairo told", "The parish priest of Pichilemu said": one person named
        // by a role and the place where they are, or the place the role is held in, speaks as that role (named with the place
        // after "of"; "The mayor of London, Sadiq Khan," names the person after it).
        if (preposition - 1 >= low && preposition == runStart - 1 && Document.Text(preposition) is "in" or "at" or "near" or "of"
            && !(Document.Text(preposition) is "of" && k + 1 < Tokens.Length && Document.IsCommaOrDash(k + 1))
            && Document.IsLowerWord(preposition - 1) && Tokens[preposition - 1].Quote < 0
            && Lexicon.NominalKind(Document.Text(preposition - 1)) == NameKind.Person && OpensClauseWithDeterminer(preposition - 1, low)
            && NameInterpreter.Interpret(Document, runStart, k + 1) is { Kind: not NameKind.Organization and not NameKind.Person })
        {
            return NominalAt(preposition - 1, preposition, AttributionRule.SpeechVerb);
        }

        // "residents on the small island of Kudahuvadhoo claimed": the group before a phrase of place that names its place
        // after "of".
        if (preposition - 1 > low && Document.Text(preposition) is "of" or "in" && GroupBeforePlacePhrase(preposition - 1, low) is var group and >= 0
            && NameInterpreter.Interpret(Document, runStart, k + 1) is { Kind: not NameKind.Organization and not NameKind.Person })
        {
            return NominalAt(group, group + 1, AttributionRule.SpeechVerb);
        }

        // "the armed wing of Hamas claimed": a wing of a named body speaks as the body.
        if (preposition - 1 >= low && preposition == runStart - 1 && Document.Text(preposition) is "of"
            && Document.Text(preposition - 1) is "wing" or "arm" && NameInterpreter.Interpret(Document, runStart, k + 1) is { Kind: not NameKind.Person })
        {
            return new Subject(runStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "The government of Samoa said": the government named by its country, a body of its own.
        if (preposition - 1 >= low && Document.Text(preposition) is "of" && Document.Text(preposition - 1) is "government")
        {
            return new Subject(preposition - 1, preposition, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
        }

        // "a spokesperson for the Home Office said": the organisation speaks through its spokesperson, unless the
        // spokesperson is named before an appositive the writer left unclosed ("Lloyd Currie, a spokesman for the Halifax
        // Regional Fire Service said").
        if (preposition - 1 >= low && Document.Text(preposition) is "for" && Document.IsLowerWord(preposition - 1)
            && Lexicon.NominalKind(Document.Text(preposition - 1)) == NameKind.Person)
        {
            return PersonBeforeUnclosedAppositive(runStart, low) ?? new Subject(runStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "a statement from the White House said", "the office of Jo Lee said": the author or holder speaks.
        if (preposition - 2 >= low && Document.Text(preposition) is "from" or "by" or "of" && Document.IsLowerWord(preposition - 1)
            && Lexicon.IsSpeakerNoun(Document.Text(preposition - 1)) && Document.Text(preposition - 2) is var determiner
            && (Lexicon.IsDeterminer(determiner) || determiner is "The" or "A" or "An") && (preposition - 3 < low || Document.Text(preposition - 3) is not "of"))
        {
            return new Subject(runStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "a doctor at the Tidewater Hospital said", "protesters from the University of Tidewater chanted": as without "the".
        if (preposition < runStart - 1 && BodyOfRoleNoun(runStart, k + 1, low) is { } atBody)
        {
            return atBody;
        }

        // "The ambassador to the United States said", "an envoy to Tidewater told": a role held toward a place or a body
        // speaks as itself.
        if (preposition - 1 >= low && Document.Text(preposition) is "to" && Tokens[preposition - 1].Quote < 0
            && (Document.IsLowerWord(preposition - 1) || OpensSentence(preposition - 1))
            && Lexicon.NominalKind(Document.Text(preposition - 1).ToLowerInvariant()) == NameKind.Person)
        {
            return PersonBeforeUnclosedAppositive(runStart, low) ?? NominalAt(preposition - 1, preposition, AttributionRule.SpeechVerb);
        }

        // "The family of victim Jo Lee said", "Friends of the late Jo Lee said": the role noun before "of" speaks, not the
        // person described after it.
        if (RoleBeforeOfDescribed(runStart, low) is { } roleOf)
        {
            return roleOf;
        }

        // "One eye-witness interviewed by the BBC stated": the agent of a participle describing the subject is no subject;
        // the person's noun before the participle is (the one spoken to in a "who" clause, "Residents who spoke to Reuters
        // said", is read above with every object of such a clause).
        if (ByAgentOfParticiple(runStart, low) is { } describedSubject)
        {
            return describedSubject;
        }

        // "a banner from People's Vote saying": the object of a preposition is no subject. Not so for "with
        // Zinichev describing", nor when the preposition belongs to a title ("House of Commons Speaker John Bercow").
        if (runStart - 1 >= low
            && Document.IsLowerWord(runStart - 1)
            && Document.Text(runStart - 1) is { } before
            && Lexicon.IsPreposition(before)
            && before is not ("with" or "by")
            && NameInterpreter.Interpret(Document, runStart, k + 1) is { } named
            && named.Start == Tokens[FirstNonFunctionWord(runStart, k + 1)].Start)
        {
            return PersonBeforeUnclosedAppositive(runStart, low) ?? PersonBeforeParticiple(k, low) ?? BodyOfRoleNoun(runStart, k + 1, low)
                ?? SourceBeforePhrase(k, low);
        }

        // "Jo Lee, a friend of the Red Cross said", "Jo Lee, a captain of a boat off the Maldives stated", "Jo Lee, an actor
        // in Ant-Man and the Wasp wrote": a name inside a lower-case phrase is no subject; the person whose appositive the
        // writer left unclosed speaks.
        if (preposition >= low && Document.IsLowerWord(preposition)
            && (Lexicon.IsPreposition(Document.Text(preposition)) || IsInsideUnclosedAppositive(preposition))
            && PersonBeforeUnclosedAppositive(runStart, low) is { } unclosed)
        {
            return unclosed;
        }

        return PersonBeforeTitledAppositive(runStart, k + 1, low) ?? new Subject(runStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
    }

    /// <summary>"One eye-witness interviewed by the BBC stated", "Witnesses contacted by AFP said": the person's or group's
    /// noun before a past participle whose agent, after "by" (and "the"), is the run at <paramref name="runStart"/>, as a
    /// nominal subject; null otherwise.</summary>
    private Subject? ByAgentOfParticiple(int runStart, int low)
    {
        int by = runStart - 1 >= low && Document.Text(runStart - 1) is "the" ? runStart - 2 : runStart - 1;
        int participle = by - 1;
        int noun = participle - 1;
        return noun >= low && Document.Text(by) is "by" && Document.IsLowerWord(participle) && Tokens[participle].Quote < 0
            && Document.Text(participle).EndsWith("ed", StringComparison.Ordinal) && (Document.IsLowerWord(noun) || noun == low) && Tokens[noun].Quote < 0
            && Lexicon.NominalKind(Document.Text(noun).ToLowerInvariant()) != NameKind.Unknown
            ? new Subject(noun, noun + 1, PronounKind.None, AttributionRule.SpeechVerb, noun, Nominal: true)
            : null;
    }

    /// <summary>
    /// "George Galloway, the Respect MP for Bethnal Green and Bow said", "Jo Lee, the Mayor said": an office whose words
    /// hold a title, set off after a person's name by a comma and "the", "a" or "an", with its closing comma left out; the
    /// person, or null.
    /// </summary>
    private Subject? PersonBeforeTitledAppositive(int runStart, int end, int low)
    {
        int determiner = runStart - 1;
        if (determiner - 1 < low || Document.Text(determiner) is not ("the" or "a" or "an") || !Document.IsPunctuation(determiner - 1, ','))
        {
            return null;
        }

        bool titled = false;
        for (int m = runStart; m < end && !titled; m++)
        {
            titled = Document.IsCapitalised(m) && Lexicon.IsTitle(Document.Word(m));
        }

        return titled && PersonBeforeComma(determiner - 1, low) is { } person
            && NameInterpreter.Interpret(Document, person.FirstToken, person.EndToken) is { Kind: NameKind.Person, WordCount: >= 2 }
            ? person
            : null;
    }

    /// <summary>
    /// "The family of victim Jo Lee said", "Friends of the late Jo Lee said", "The parents of murdered teenager Jo Lee
    /// said": a role or group noun, "of", and one to <see cref="MaxMemberModifiers"/> lower-case words that describe the
    /// person named at <paramref name="runStart"/>; the noun is the subject. Null when no such phrase stands there (with no
    /// word between, "The family of Jo Lee said" is read where any preposition's object is).
    /// </summary>
    private Subject? RoleBeforeOfDescribed(int runStart, int low)
    {
        int of = runStart - 1;
        while (of >= low && of > runStart - 1 - MaxMemberModifiers && Document.IsLowerWord(of) && Tokens[of].Quote < 0 && Document.Text(of) is not "of"
            && !Lexicon.IsPreposition(Document.Text(of)) && !Lexicon.IsAuxiliary(Document.Text(of)) && !Lexicon.IsClauseWord(Document.Text(of))
            && !SpeechCues.IsSpeechVerbUse(Document, of))
        {
            of--;
        }

        // "Rudd's chief of staff David Epstein", "the chief of police Jo Lee": a group's noun before the name ends the role's
        // title, and the person named holds it.
        int head = of - 1;
        return of < runStart - 1 && head >= low && Document.Text(of) is "of" && Tokens[head].Quote < 0 && Tokens[head].Kind == TokenKind.Word
            && Lexicon.NominalKind(Document.Text(runStart - 1)) != NameKind.Organization
            && (Document.IsLowerWord(head) || OpensSentence(head)) && Lexicon.NominalKind(Document.Text(head).ToLowerInvariant()) != NameKind.Unknown
            ? NominalAt(head, head + 1, AttributionRule.SpeechVerb)
            : null;
    }

    /// <summary>The letters in brackets that close at <paramref name="k"/> ("(UNAMID)"), as the subject, when a lower-case
    /// word stands before the brackets ("the mission (UNAMID)") or a name after "in" ("the mission in Darfur (UNAMID)"); null
    /// otherwise ("Jo Smith of the World Food Programme (WFP)" keeps its name before).</summary>
    private Subject? AcronymNamingPhraseBefore(int k, int low)
    {
        int letters = k - 1;
        if (k - 3 < low || !Document.IsOneTokenInBrackets(k - 2, k + 1) || !Lexicon.IsAcronym(Document.Word(letters)))
        {
            return null;
        }

        int before = k - 3;
        bool named = Document.IsLowerWord(before)
            ? !Lexicon.IsFunctionWord(Document.Text(before))
            : Document.IsCapitalised(before) && Document.RunStart(before, low) is var runStart && runStart - 1 >= low && Document.Text(runStart - 1) is "in";
        return named && Tokens[before].Quote < 0
            ? new Subject(letters, letters + 1, PronounKind.None, AttributionRule.SpeechVerb, letters)
            : null;
    }

    /// <summary>How many tokens back from the verb's comma a "who" clause that lists names with commas may open.</summary>
    private const int MaxListingRelativeTokens = 30;

    /// <summary>"Ines Duarte, who co-starred with Hale in Boogie Nights, Magnolia and The Big Lebowski, said": the person (or a
    /// surname the text introduced) before a "who" clause that holds a comma of its own (a list's) before the comma at
    /// <paramref name="comma"/> before the verb; null when no such clause stands there, or a quote, a stop or another verb of
    /// speech comes between.</summary>
    private Subject? PersonBeforeListingRelative(int comma, int low)
    {
        int listCommas = 0;
        for (int m = comma - 1; m - 2 >= low && m > comma - MaxListingRelativeTokens; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark
                || (Tokens[m].Kind == TokenKind.Punctuation && !Document.IsPunctuation(m, ','))
                || (Document.IsLowerWord(m) && SpeechCues.IsSpeechVerbUse(Document, m)))
            {
                return null;
            }

            listCommas += Document.IsPunctuation(m, ',') ? 1 : 0;
            if (listCommas > 0 && Document.Text(m) is "who" && Document.IsPunctuation(m - 1, ',') && Document.IsCapitalised(m - 2) && Tokens[m - 2].Quote < 0)
            {
                // "Bronson, who comes from Luton, Bedfordshire, and is held at Woodhill Prison, Milton Keynes, told": a surname
                // the text introduced is a person too.
                int start = Document.RunStart(m - 2, low);
                return NameInterpreter.Interpret(Document, start, m - 1) is { } person
                    && (person.Kind == NameKind.Person || (person is { WordCount: 1, Kind: not NameKind.Organization } && _linker.IsKnownPerson(start, m - 1)))
                    ? new Subject(Document.TokenAt(person.Start), m - 1, PronounKind.None, AttributionRule.SpeechVerb, m - 2)
                    : null;
            }
        }

        return null;
    }

    /// <summary>Whether a participle ("representing", "visiting") stands right before the name at <paramref name="runStart"/>
    /// or its "the": the name is its object.</summary>
    private bool ParticipleBeforeName(int runStart, int low)
    {
        int m = runStart - 1 >= low && Document.Text(runStart - 1) is "the" ? runStart - 2 : runStart - 1;
        return m >= low && IsParticipleTakingObject(m);
    }

    /// <summary>Whether the word at <paramref name="m"/> is a present participle that may take an object ("representing",
    /// "visiting"). Not "during" or "according", prepositions, nor "morning" or "evening".</summary>
    private bool IsParticipleTakingObject(int m)
        => Tokens[m].Quote < 0 && Document.IsLowerWord(m) && Document.Text(m) is { Length: > 4 } word
            && word.EndsWith("ing", StringComparison.Ordinal) && !Lexicon.IsPreposition(word) && !Lexicon.IsFunctionWord(word)
            && word is not ("according" or "morning" or "evening");

    /// <summary>The relation noun of "the mother of Jo Lee", "a friend of Lee" before the name from <paramref
    /// name="runStart"/> to <paramref name="end"/>, after an article, when the name is a person's; else -1.</summary>
    private int RelationOfName(int runStart, int end, int low)
    {
        int relation = runStart - 2;
        return relation - 1 >= low && Document.Text(runStart - 1) is "of" && Document.IsLowerWord(relation) && Tokens[relation].Quote < 0
            && Lexicon.IsRelationNoun(Document.Text(relation)) && Document.Text(relation - 1) is "the" or "The" or "a" or "A"
            && IsPersonNamed(runStart, end)
            ? relation : -1;
    }

    /// <summary>Whether the capitalised run ending at <paramref name="k"/> is the object of a preposition other than "of"
    /// ("in Brussels", "at the UN", "to France"): a place or thing a phrase ends with, not the first part of a name that goes
    /// on after the comma ("the University of California, Los Angeles").</summary>
    private bool IsObjectOfPreposition(int k, int low)
    {
        int start = Document.RunStart(k, low);
        int preposition = start - 1 >= low && Document.Text(start - 1) is "the" ? start - 2 : start - 1;
        return preposition >= low && Document.IsLowerWord(preposition) && Tokens[preposition].Quote < 0
            && Document.Text(preposition) is not "of" && Lexicon.IsPreposition(Document.Text(preposition));
    }

    /// <summary>Whether the run from <paramref name="runStart"/> to <paramref name="end"/> opens with a title and reads as a
    /// person's name ("Judge Tom Hale", "Dr Jo Lee").</summary>
    private bool IsTitledPerson(int runStart, int end)
        => Lexicon.IsTitle(Document.Word(runStart)) && NameInterpreter.Interpret(Document, runStart, end) is { Kind: NameKind.Person };

    /// <summary>
    /// "Relatives of the victims said", "Supporters of the former president chanted", "Critics of the mayor called": the
    /// plural role noun before "of" and the noun phrase ending at <paramref name="k"/> is the subject, not the people it is
    /// of; null when no such noun stands there, or a spokesperson does (who speaks for the body after "of"), or a quantity
    /// ("some of the residents" are residents).
    /// </summary>
    private Subject? GroupBeforeOf(int k, int low)
    {
        int of = k - 1;
        for (int modifiers = 0; of > low && modifiers < 3 && Document.IsLowerWord(of) && Document.Text(of) is not "of"; modifiers++)
        {
            of--;
        }

        int head = of - 1;
        if (head < low || Document.Text(of) is not "of" || Tokens[head].Quote >= 0 || Tokens[head].Kind != TokenKind.Word
            || !(Document.IsLowerWord(head) || OpensSentence(head)))
        {
            return null;
        }

        // "The mother of one of the boys said", "The family of one of the victims said": the noun before "of one of" speaks,
        // not the one it relates to.
        if (Document.Text(head) is "one" && head - 2 >= low && Document.Text(head - 1) is "of" && Tokens[head - 2].Quote < 0
            && (Document.IsLowerWord(head - 2) || OpensSentence(head - 2)) && Document.Text(head - 2).ToLowerInvariant() is var relation
            && (Lexicon.NominalKind(relation) != NameKind.Unknown || Lexicon.IsKinNoun(relation)) && !Lexicon.IsSpokesNoun(relation))
        {
            return new Subject(head - 2, head - 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
        }

        string noun = Document.Text(head).ToLowerInvariant();
        return Lexicon.NominalKind(noun) != NameKind.Unknown && Lexicon.IsPluralNoun(noun) && !Lexicon.IsSpokesNoun(noun)
            && !Lexicon.IsCountingOrUnnamingWord(noun)
            ? new Subject(head, head + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true)
            : null;
    }

    /// <summary>"Jo Lee's letter to the council said": the owner of a document, named with a possessive before it, whose
    /// "to" phrase ends at <paramref name="k"/> (the recipient speaks no words of it); null otherwise.</summary>
    private Subject? OwnerOfDocumentTo(int k, int low)
    {
        int to = k - 1;
        while (to > low && to > k - 4 && Document.IsLowerWord(to) && Document.Text(to) is not "to")
        {
            to--;
        }

        if (to - 2 < low || Document.Text(to) is not "to" || !Document.IsLowerWord(to - 1) || !Lexicon.IsSpeakerNoun(Document.Text(to - 1))
            || !Document.IsCapitalised(to - 2) || !Document.IsPossessive(to - 2) || Tokens[to - 2].Quote >= 0)
        {
            return null;
        }

        return new Subject(Document.RunStart(to - 2, low), to - 1, PronounKind.None, AttributionRule.SpeechVerb, k);
    }

    /// <summary>
    /// The start of a name that goes on over "for", "on" and "and" between capitalised words up to the run from
    /// <paramref name="runStart"/> to <paramref name="end"/> ("Centers for Disease Control and Prevention", "Commission on
    /// Human Rights", "Campaign for Nuclear Disarmament"), when the run is no person's name and "for" joins it, or "on"
    /// after a commission, committee or council and before no day, month or platform; -1 otherwise ("Tom Hale and Jo
    /// Lee", "Britain and France" are two names; "Speaking on Sky News Jo Lee" is one run; "the Commission on Tuesday said",
    /// "the Party on Twitter said" date and place the words; "the Committee on Foreign Affairs Chairman Jo Lee" ends in a
    /// person).
    /// </summary>
    private int NameJoinedByPreposition(int runStart, int end, int low)
    {
        // The walk first: most runs have no connector before them, and need no reading as a name.
        int start = Document.JoinedRunStart(runStart, low, word => word is "for" or "on" or "and");
        for (int k = start; k < runStart; k++)
        {
            if (Document.IsLowerWord(k) && Document.Text(k) is "for" or "on")
            {
                string next = Document.Word(k + 1);
                bool joins = Document.Text(k) is "for"
                    || (Document.Word(k - 1) is "Commission" or "Committee" or "Subcommittee" or "Council" or "Panel"
                        && !Lexicon.IsWeekday(next) && !Lexicon.IsMonth(next) && !Lexicon.IsPlatform(next));
                // "the Center for Microbial Oceanography said", "the Panel on Climate Change said": after an organisation's
                // head noun, even a run that reads as a person's name ends the organisation's.
                // "the House Committee on Foreign Affairs Chairman Jo Lee said": a titled person ends the run all the same.
                if (!joins || (NameInterpreter.Interpret(Document, runStart, end) is { Kind: NameKind.Person } person
                    && (!Lexicon.IsOrganizationCue(Document.Word(k - 1)) || (Document.Text(k) is "on" && person.Start > Tokens[runStart].Start))))
                {
                    return -1;
                }

                // "the Court of Arbitration for Sport said", "The Office of the High Commissioner for Human Rights said": the head
                // noun's "of" (and "the") before the joined runs.
                int of = start - 1 >= low && Document.Text(start - 1) is "the" ? start - 2 : start - 1;
                return of - 1 >= low && Document.IsLowerWord(of) && Document.Text(of) is "of" && Document.IsCapitalised(of - 1)
                    && Document.Tokens[of - 1].Quote < 0 && Lexicon.IsOrganizationCue(Document.Word(of - 1))
                    ? Document.RunStart(of - 1, low)
                    : start;
            }
        }

        return -1;
    }

    /// <summary>
    /// The start of the outermost organisation's name that capitalised runs joined by "of", "for", "on", "to", "and" or "in"
    /// (each perhaps with "the" after it) lead up to the run at <paramref name="runStart"/> ("<b>Royal Society</b> for the
    /// Protection of Birds", "<b>Ministry</b> of Health of Samoa", "<b>Committee</b> to Protect Journalists", "<b>Court</b>
    /// of Appeal of England and Wales", "<b>Organization</b> for Security and Co-operation in Europe"); -1 when none does,
    /// or the run is a person's ("the Ministry of Health and Jo Lee") and no "to" makes it a verb's ("Protect Journalists").
    /// The walk stops at a person's name ("Jo Lee of the Ministry of Health"), whose membership the caller reads.
    /// </summary>
    private int BodyHeadBeforeConnectors(int runStart, int end, int low)
    {
        const int MaxConnectors = 4;
        int head = -1;
        int start = runStart;
        if (start - 1 < low || !Document.IsLowerWord(start - 1)
            || (Document.Text(start - 1) is not "to" && NameInterpreter.Interpret(Document, runStart, end) is { Kind: NameKind.Person }))
        {
            return -1;
        }

        // "Organization for Security and Co-operation in Europe": "in" goes on with a name that "for" opens nearer its head;
        // after "of" it names a place ("the Ministry of Health in Samoa").
        bool placedByIn = false;
        for (int steps = 0; steps < MaxConnectors; steps++)
        {
            int connector = start - 1 >= low && Document.Text(start - 1) is "the" ? start - 2 : start - 1;
            if (connector - 1 < low || !Document.IsLowerWord(connector) || Document.Text(connector) is not ("of" or "for" or "on" or "to" or "and" or "in")
                || !Document.IsCapitalised(connector - 1) || Tokens[connector - 1].Quote >= 0)
            {
                break;
            }

            placedByIn = Document.Text(connector) is "in" || (placedByIn && Document.Text(connector) is not "for");

            start = Document.RunStart(connector - 1, low);
            var run = NameInterpreter.Interpret(Document, start, connector);
            if (run is { Kind: NameKind.Person })
            {
                break;
            }

            // "Research and Education": "and" joins two names, and opens no body's name after its head; nor does "in".
            if (run is { Kind: NameKind.Organization } body && body.Start == Tokens[FirstNonFunctionWord(start, connector)].Start
                && Document.Text(connector) is not ("and" or "in") && !placedByIn)
            {
                head = start;
            }
        }

        return head;
    }

    /// <summary>The head noun ("Ministry", "Department") whose "of" or "for" opens the list that "and" closes with the run at
    /// <paramref name="runStart"/> ("<b>Ministry</b> of Domestic Trade and Cost"); -1 when no "and" stands before the run or
    /// no head noun opens the runs joined to it.</summary>
    private int HeadBeforeJoinedList(int runStart, int low)
    {
        if (runStart - 1 <= low || Document.Text(runStart - 1) is not "and")
        {
            return -1;
        }

        int head = Document.JoinedRunStart(runStart, low, word => word is "and" or "of" or "for");
        head += Document.Text(head) is "The" ? 1 : 0;
        return head + 1 < runStart && Lexicon.IsOrganizationCue(Document.Word(head)) && Document.Text(head + 1) is "of" or "for" ? head : -1;
    }

    /// <summary>"officials at Tidewater University said", "a spokesman from the Tidewater Hospital said", "observers from the
    /// Tidewater Commission said" (a body's mission): the organisation from
    /// <paramref name="runStart"/> to <paramref name="end"/>, after a preposition after an official or a spokesperson,
    /// speaks through them (as it does after "the"); other people there speak as themselves ("doctors at Tidewater Hospital
    /// said", "protesters from Tidewater University chanted", and at a place or a body of no known kind: "a staff member at
    /// the Tidewater Resort stated"); null when no role or group noun comes before.</summary>
    private Subject? BodyOfRoleNoun(int runStart, int end, int low)
    {
        int preposition = runStart - 1 >= low && Document.Text(runStart - 1) is "the" ? runStart - 2 : runStart - 1;
        int noun = preposition - 1;
        if (noun < low || Document.Text(preposition) is not ("at" or "from" or "of")
            || !(Document.IsLowerWord(noun) || OpensSentence(noun)))
        {
            return null;
        }

        // "analysts at Nomura wrote in a note", "analysts at Goldman Sachs": a firm's analysts write its research, and the
        // firm's name is of any kind the interpreter reads (no analysts are "at" a person).
        string word = Document.Text(noun).ToLowerInvariant();
        bool firmsAnalysts = IsFirmsAnalysts(noun, preposition);
        bool speaksForBody = Lexicon.IsSpokesNoun(word) || word is "official" or "officials" or "observers" or "monitors" || firmsAnalysts;
        bool named = NameInterpreter.Interpret(Document, runStart, end) is { Kind: var kind } body && body.Start == Tokens[runStart].Start
            && (kind == NameKind.Organization || firmsAnalysts);
        if (Lexicon.NominalKind(word) == NameKind.Unknown || (!named && (speaksForBody || Document.Text(preposition) is "of")))
        {
            return null;
        }

        // "Jo Lee, member of the foreign affairs committee of the Congress said": the person whose appositive the writer
        // left unclosed speaks, not the noun the body follows.
        return PersonBeforeUnclosedAppositive(noun, low)
            ?? (speaksForBody
                ? new Subject(runStart, end, PronounKind.None, AttributionRule.SpeechVerb, end - 1)
                : NominalAt(noun, noun + 1, AttributionRule.SpeechVerb));
    }

    /// <summary>Whether "analysts" at <paramref name="noun"/> stands before "at" at <paramref name="preposition"/>: a firm's
    /// analysts, who speak for it.</summary>
    private bool IsFirmsAnalysts(int noun, int preposition)
        => Document.Text(noun) is "analysts" or "Analysts" && Document.Text(preposition) is "at";

    /// <summary>"a message on Facebook", "a statement on its website": the token before "on" or "in" when the phrase from
    /// there to <paramref name="k"/> names where a document was posted (a platform, or a website, page, blog or account after
    /// up to one determiner or possessive); <paramref name="k"/> otherwise.</summary>
    private int BeforePlaceOfPosting(int k, int low)
    {
        if (!(Lexicon.IsPlatform(Document.Text(k)) || (Document.IsLowerWord(k) && Lexicon.IsSiteNoun(Document.Text(k)))))
        {
            return k;
        }

        int preposition = k - 1 >= low && (Lexicon.IsDeterminer(Document.Text(k - 1)) || Lexicon.GetOwnerPronoun(Document.Text(k - 1)) != PronounKind.None) ? k - 2 : k - 1;
        return preposition - 1 >= low && Tokens[preposition].Quote < 0 && Document.Text(preposition) is "on" or "in" ? preposition - 1 : k;
    }

    /// <summary>
    /// "At a rally in Ohio Trump said", "In Lisbon Ruiz told": where an opening phrase ends in a place and the writer left
    /// out its comma, the run of capitalised words from <paramref name="runStart"/> to <paramref name="end"/> starts at the
    /// known person it ends with; the run's start otherwise.
    /// </summary>
    private int KnownPersonAfterPlace(int runStart, int end, int low)
    {
        // The preposition opens the sentence ("In Lisbon Ruiz told") or comes before the run ("at a rally in Ohio Trump"); a
        // platform is a place too ("on Twitter West accused"), and a day or month a time ("in an interview on Friday Trump said").
        int place = IsPlacePreposition(runStart) ? runStart + 1 : runStart;
        if (end - place < 2
            || (place == runStart && (runStart - 1 < low
                || !(IsPlacePreposition(runStart - 1) || (Document.Text(runStart - 1) is "on" && Lexicon.IsPlatform(Document.Word(runStart)))
                    || (Document.Text(runStart - 1) is "on" or "in" && (Lexicon.IsWeekday(Document.Word(runStart)) || Lexicon.IsMonth(Document.Word(runStart))))))))
        {
            return runStart;
        }

        // Only plain words make the place: "at Saint Francis" and "from People's Vote" name no place before a person.
        for (int first = place + 1; first < end; first++)
        {
            if (Lexicon.IsTitle(Document.Word(first - 1)) || Document.IsPossessive(first - 1))
            {
                return runStart;
            }

            // A person introduced before the run: "Saint Francis" introduces the "Francis" in it.
            if (_linker.IsKnownPerson(first, end, introducedBefore: Tokens[place].Start))
            {
                return first;
            }
        }

        return runStart;
    }

    /// <summary>Whether the noun at <paramref name="noun"/> opens its clause after a determiner and up to two modifiers ("An
    /// official", "A BBC correspondent", "…, a police officer"), not an object ("killing a taxi owner").</summary>
    private bool OpensClauseWithDeterminer(int noun, int low)
    {
        int m = noun - 1;
        while (m >= low && m >= noun - 3 && Tokens[m].Quote < 0 && Tokens[m].Kind == TokenKind.Word
            && !(Lexicon.IsDeterminer(Document.Text(m)) || Document.Text(m) is "A" or "An" or "The" or "One" or "one")
            && !Document.IsPossessive(m) && !Lexicon.IsPreposition(Document.Text(m)) && !Lexicon.IsClauseWord(Document.Text(m))
            && !SpeechCues.IsSpeechVerb(Document, m))
        {
            m--;
        }

        return m >= low && Tokens[m].Kind == TokenKind.Word
            && (Lexicon.IsDeterminer(Document.Text(m)) || Document.Text(m) is "A" or "An" or "The" or "One" or "one")
            && (m == low || Document.IsCommaOrDash(m - 1) || Document.Sentences[Document.TokenSentence[m]].FirstToken == m);
    }

    /// <summary>"residents on the small Maldives island", "people in the village", "one student in the port city": the plural
    /// group noun of people (or one person's role noun after a determiner) before a preposition of place, a determiner and up
    /// to two modifiers ending in the lower-case noun at <paramref name="noun"/>; -1 when there is none.</summary>
    private int GroupBeforePlacePhrase(int noun, int low)
    {
        for (int m = noun - 1; m - 1 >= low && m >= noun - 4; m--)
        {
            // "the small Maldives island": a place's name may modify the noun.
            if (Tokens[m].Quote >= 0 || !(Document.IsLowerWord(m) || (Document.IsCapitalised(m) && !Document.IsPossessive(m))))
            {
                return -1;
            }

            if (Document.Text(m) is "on" or "in" or "at" or "from" or "of")
            {
                // "one student in the port city of Ardel told": one person of a role, after a determiner, as well.
                string group = Document.Text(m - 1).ToLowerInvariant();
                return Tokens[m - 1].Quote < 0
                    && ((Lexicon.NominalKind(group) == NameKind.Organization && group.EndsWith("s", StringComparison.Ordinal) && !Lexicon.IsBodyNoun(group))
                        || (Lexicon.NominalKind(group) == NameKind.Person && OpensClauseWithDeterminer(m - 1, low)))
                    ? m - 1
                    : -1;
            }

            if (Lexicon.IsPreposition(Document.Text(m)) || Lexicon.IsClauseWord(Document.Text(m)))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsPlacePreposition(int k)
        => Document.Text(k) is "in" or "In" or "at" or "At" or "from" or "From" or "near" or "Near" or "outside" or "Outside"
            or "across" or "Across" or "around" or "Around";

    /// <summary>
    /// The verb whose object is the body ending at <paramref name="k"/>: an organisation's name or a group noun that is no
    /// person's ("the Senate", "Oxfam", "the government"), after "the" or a possessive at most, after a past verb
    /// ("addressed", "criticised", "told"); -1 otherwise.
    /// </summary>
    public int VerbOfObjectBody(int k, int low)
    {
        int start = BodyEndingAt(k, low, organizationOnly: false);
        if (start < 0)
        {
            return -1;
        }

        int verb = start - 1 > low && Document.Text(start - 1) is "the" or "its" or "their" or "his" or "her" ? start - 2 : start - 1;
        if (verb < low || !Document.IsLowerWord(verb) || Tokens[verb].Quote >= 0)
        {
            return -1;
        }

        string word = Document.Text(verb);
        return (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsAuxiliary(word)) || Lexicon.IsTellVerb(word)
            ? verb
            : -1;
    }

    /// <summary>The start of a body's name or noun ending at <paramref name="k"/>: a group noun of an organisation, or a
    /// capitalised run that names no person (<paramref name="organizationOnly"/>: that names an organisation); -1 otherwise.</summary>
    private int BodyEndingAt(int k, int low, bool organizationOnly)
    {
        if (k <= low || Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
        {
            return -1;
        }

        if (Document.IsLowerWord(k))
        {
            return Lexicon.NominalKind(Document.Text(k)) == NameKind.Organization ? k : -1;
        }

        int start = Document.RunStart(k, low);
        var kind = NameInterpreter.Interpret(Document, start, k + 1)?.Kind;
        return kind is null || kind == NameKind.Person || (organizationOnly && kind != NameKind.Organization) ? -1 : start;
    }

    /// <summary>The member (<see cref="MemberOf"/>) of a body whose name runs over "and" (and "of") to the run at
    /// <paramref name="runStart"/>, found at any of the runs that make the name; null when the run follows no "and".</summary>
    private Subject? MemberOfJoinedBody(int runStart, int low)
    {
        // "Soulas of Entraide et Solidarité AF447 disagreed": a body's own language may join its name ("et", "y", "und").
        if (runStart - 2 < low || Document.Text(runStart - 1) is not ("and" or "et" or "y" or "und"))
        {
            return null;
        }

        int start = runStart;
        for (int steps = 0; steps < MaxJoinedRuns && start - 2 >= low && Document.IsLowerWord(start - 1)
            && Document.Text(start - 1) is "and" or "et" or "y" or "und" or "of"
            && Document.IsCapitalised(start - 2) && Tokens[start - 2].Quote < 0; steps++)
        {
            start = Document.RunStart(start - 2, low);
            if (MemberOf(start, low) is { } member)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>How many runs a body's name may join over "and" and "of": "Ministry of Trade and Industry".</summary>
    private const int MaxJoinedRuns = 4;

    /// <summary>
    /// The person named before "of", "at", "from" or "with" (and "the", which up to <see cref="MaxMemberModifiers"/> lower-case
    /// modifiers may follow) in front of the name starting at <paramref name="nameStart"/>: "Carl Lipo of Binghamton
    /// University", "Jo Lee from the Equality Network", "Timo Soini from the nationalist opposition Finns Party", or a surname
    /// the text introduced ("Similarly, Lee of the ADP said"); null when no person's name stands there.
    /// </summary>
    private Subject? MemberOf(int nameStart, int low)
    {
        int preposition = nameStart - 1;
        int modifier = preposition;
        while (modifier > low && modifier >= nameStart - MaxMemberModifiers && Document.IsLowerWord(modifier) && Tokens[modifier].Quote < 0
            && Document.Text(modifier) is not "the" && !Lexicon.IsClauseWord(Document.Text(modifier)) && !Lexicon.IsPreposition(Document.Text(modifier)))
        {
            modifier--;
        }

        if (modifier < preposition && modifier > low && Document.Text(modifier) is "the")
        {
            preposition = modifier;
        }

        if (preposition > low && Document.Text(preposition) is "the")
        {
            preposition--;
        }

        if (preposition - 1 < low || !Document.IsLowerWord(preposition) || Document.Text(preposition) is not ("of" or "at" or "from" or "with")
            || !Document.IsCapitalised(preposition - 1) || Tokens[preposition - 1].Quote >= 0)
        {
            return null;
        }

        // "The City of Tidewater said": the head of a place's body is no member's name. "Chad Lee with EMA says": "with" joins
        // a person's full name to the body they work for.
        bool with = Document.Text(preposition) is "with";
        int personStart = Document.RunStart(preposition - 1, low);
        return NameInterpreter.Interpret(Document, personStart, preposition) is { } named
            && (named.Kind == NameKind.Person || (!with && named is { Kind: NameKind.Unknown, WordCount: 1 } && !Lexicon.IsPlaceBodyHead(named.Name)))
            && (preposition - personStart > 1 || IsSurnameOfMember(personStart, nameStart) || _linker.IsKnownPerson(personStart, preposition))
            ? new Subject(personStart, preposition, PronounKind.None, AttributionRule.SpeechVerb, preposition - 1)
            : null;
    }

    /// <summary>"Dodds of Time Magazine points out, “…”": one word opening its sentence that no role noun, nationality or
    /// acronym writes is a surname ("Residents of the town said" is a group's noun), unless a person's name follows it
    /// (the body's name at <paramref name="nameStart"/> going on into "House of Commons Speaker John Bercow").</summary>
    private bool IsSurnameOfMember(int token, int nameStart)
    {
        string word = Document.Word(token);
        string lower = word.ToLowerInvariant();
        return Document.Sentences[Document.TokenSentence[token]].FirstToken == token
            && NameInterpreter.Interpret(Document, nameStart, Document.RunEnd(nameStart, Tokens.Length)) is not { Kind: NameKind.Person }
            && Lexicon.NominalKind(lower) == NameKind.Unknown
            && !Lexicon.IsPersonNoun(lower) && !Lexicon.IsNationality(word) && !Lexicon.IsAcronym(word) && !Lexicon.IsFunctionWord(word)
            && !Lexicon.IsOrganizationCue(word);
    }

    /// <summary>
    /// "Lawyers for the state argued", "lawyers for Jo Lee said", "prosecutors of the Tidewater district said": counsel
    /// speak as themselves, not as whom they represent (named in at most four words ending at <paramref name="k"/>).
    /// </summary>
    private Subject? CounselFor(int k, int low)
    {
        for (int m = k; m - 1 >= low && m >= k - 4; m--)
        {
            string word = Document.Text(m);
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word)
            {
                return null;
            }

            if (word is "for" or "of")
            {
                return m < k && Lexicon.IsCounselNoun(Document.Text(m - 1).ToLowerInvariant()) && Tokens[m - 1].Quote < 0
                    ? new Subject(m - 1, m, PronounKind.None, AttributionRule.SpeechVerb, m - 1, Nominal: true)
                    : null;
            }

            if (Document.IsLowerWord(m)
                && (Lexicon.IsClauseWord(word) || Lexicon.IsPreposition(word) || Lexicon.GetPronoun(word) != PronounKind.None
                    || SpeechCues.IsSpeechVerbUse(Document, m) || Lexicon.IsAuxiliary(word)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "A man who witnessed the crash said", "Supporters who gathered outside the court said": the role noun before a
    /// "who" or "that" clause that runs, with no punctuation, up to the verb at <paramref name="k"/> + 1; null otherwise.
    /// </summary>
    private Subject? RestrictiveRelativeHead(int k, int low)
    {
        for (int m = k; m > low && m > k - MaxScanTokens / 4; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind != TokenKind.Word)
            {
                return null;
            }

            if (SpeechCues.OpensRoleNounsClause(Document, m))
            {
                return new Subject(m - 1, m, PronounKind.None, AttributionRule.SpeechVerb, m - 1, Nominal: true);
            }
        }

        return null;
    }
}
