using System;

namespace ArticleGen.Generator.Analysis.Attribution;

// A subject after its verb: "said Sheriff Bill Brown", "said the University of Leeds's vice-chancellor, Ann Lee".
internal sealed partial class SubjectFinder
{
    /// <summary>"…, said Jo Lee": the subject after a verb of saying that a comma brings in, read with up to <paramref
    /// name="maxDescriptors"/> descriptors; null after any other verb, or one whose subject stands before it ("told").</summary>
    public Subject? AfterVerbOpeningClause(int verb, int end, int maxDescriptors)
        => verb > 0 && Document.IsPunctuation(verb - 1, ',') && !Lexicon.IsTellVerb(Document.Text(verb))
            ? After(verb + 1, end, AttributionRule.SpeechVerb, maxDescriptors)
            : null;

    /// <summary>Whether the token <paramref name="k"/> is a nationality outside quotes followed by one to
    /// <paramref name="maxDescriptors"/> lower-case words and then a capitalised word.</summary>
    private bool NationalityBeforeDescriptors(int k, int end, int maxDescriptors)
    {
        if (k + 2 >= end || Tokens[k].Quote >= 0 || !Document.IsCapitalised(k) || !Lexicon.IsNationality(Document.Word(k)))
        {
            return false;
        }

        int m = k + 1;
        while (m < end && m - k <= maxDescriptors && Document.IsLowerWord(m) && Tokens[m].Quote < 0)
        {
            m++;
        }

        return m > k + 1 && m < end && Document.IsCapitalised(m) && Tokens[m].Quote < 0;
    }

    /// <summary>A subject after a verb or "by"/"according to": up to <paramref name="maxDescriptors"/> lower-case
    /// descriptors ("study co-author", "the"), then a name; or a pronoun.</summary>
    public Subject? After(int k, int end, AttributionRule rule, int maxDescriptors)
    {
        if (PersonAfterIndefiniteDescription(k, end, rule) is { } apposedToDescription)
        {
            return apposedToDescription;
        }

        // "said 30-year-old Gabriela Stoeva": an age before the name describes the person.
        if (k + 1 < end && Tokens[k].Quote < 0 && NameInterpreter.IsAge(Document.Text(k)) && Document.IsCapitalised(k + 1))
        {
            k++;
        }

        // "said American star Gauff", "added Kenyan veteran runner Jo Lee": a nationality before the descriptors of a name
        // describes the person too (before a name alone, it is the name's: "said Indian Jo Lee" is left to the name).
        if (NationalityBeforeDescriptors(k, end, maxDescriptors))
        {
            k++;
        }

        int first = k;
        int skipped = 0;
        while (k < end && skipped < maxDescriptors && Document.IsLowerWord(k) && Tokens[k].Quote < 0
            && Lexicon.GetPronoun(Document.Text(k)) == PronounKind.None && (!SpeechCues.IsSpeechVerb(Document, k) || IsDocumentOf(k, end)))
        {
            // "said his wife, Ana Ruiz": the person in apposition; "said his wife": as "his wife said", the person the text
            // named with the kin noun, else the relative, unnamed.
            if (skipped == 0 && k + 1 < end && IsKinAfterOwnerPronoun(k + 1, k))
            {
                return PersonAfterComma(k + 2, end, rule) ?? new Subject(k + 1, k + 2, PronounKind.None, rule, k + 1, Nominal: true);
            }

            // "said the mother of Jo Lee", "said a friend of Lee": a relation of the person named speaks, unnamed; "said the
            // cousin.": a noun of kin after "the", as "the cousin said".
            if (skipped > 0 && Lexicon.IsDeterminer(Document.Text(first)) && k + 2 < end && Document.Text(k + 1) is "of"
                && Lexicon.IsRelationNoun(Document.Text(k)) && Document.IsCapitalised(k + 2) && Tokens[k + 2].Quote < 0
                && IsPersonNamed(k + 2, Document.RunEnd(k + 2, end)))
            {
                return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
            }

            if (k == first + 1 && Document.Text(first) is "the" && Lexicon.IsKinNoun(Document.Text(k))
                && (k + 1 >= end || Document.IsPunctuation(k + 1, '.') || Document.IsPunctuation(k + 1, ',')))
            {
                return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
            }

            // "said the lawyer representing Castellanos": the name is the object of a participle after the role noun, which
            // speaks.
            if (skipped > 0 && k + 1 < end && Document.IsRoleNoun(k - 1) && IsParticipleTakingObject(k) && Document.IsCapitalised(k + 1)
                && Tokens[k + 1].Quote < 0)
            {
                return new Subject(k - 1, k, PronounKind.None, rule, k - 1, Nominal: true);
            }

            // "said one of them": one of the group named just before.
            if (skipped == 0 && k + 2 < end && Document.Text(k) is "one" && IsOneOfGroupBefore(k))
            {
                return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
            }

            // "said one of the homeowners": one person of the group, as "One of the victims said" is.
            if (skipped == 0 && k + 3 < end && Document.Text(k) is "one" && Document.Text(k + 1) is "of" && Document.Text(k + 2) is "the"
                && Document.IsLowerWord(k + 3) && Tokens[k + 3].Quote < 0 && Lexicon.SingularPersonNoun(Document.Text(k + 3)) is not null)
            {
                return new Subject(k + 3, k + 4, PronounKind.None, rule, k + 3, Nominal: true);
            }

            // "said the director of the museum, Ines Duarte", "said spokesperson for the agency, Rupert Colville" (a role noun of
            // one person may go without its article): the person in apposition to the role and its body.
            if (k + 2 < end && Document.Text(k + 1) is "of" or "at" or "for" or "from" or "in"
                && (k > first ? Lexicon.IsDeterminer(Document.Text(first)) : IsOnePersonRoleNoun(k))
                && PersonAfterPhrase(k + 2, end, rule) is { } roleHolder)
            {
                return roleHolder;
            }

            // "said the latter": the name it stands for.
            if (PersonReference(k, rule) is { } latter)
            {
                return latter;
            }

            // "according to the official report": an adjective before the document, no role noun.
            if (Document.Text(k) is "official" && k + 1 < end && Document.IsLowerWord(k + 1) && Lexicon.IsDocumentNoun(Document.Text(k + 1)))
            {
                k++;
                skipped++;
                continue;
            }

            // "according to a police statement": the group that owns the document.
            if (k + 1 < end && OwnsDocument(k))
            {
                return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
            }

            // "said police.", "said a spokesperson for the agency": a role noun that no name follows is the speaker.
            if (NominalAt(k, end, rule) is { } nominal)
            {
                return nominal;
            }

            // "said two people familiar with the matter": an unnamed source.
            if (IsSourceNoun(k) && k + 1 < end && OpensSourcePhrase(k + 1))
            {
                return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
            }

            // "added her husband, George Moss", "said the victim's mother, Ines Duarte": the person in apposition to a relation.
            if (Lexicon.IsRelationNoun(Document.Text(k)) && k + 1 < end && PersonAfterComma(k + 1, end, rule) is { } related)
            {
                return related;
            }

            // "…,” read a statement from the ministry", "said a report by Jo Lee": the author of the document.
            if (AuthorAfterDocument(k, end) is var author and > 0)
            {
                k = author;
                continue;
            }

            // "The River Agency issued a statement. “…,” said the statement.": who issued it, as "the statement said" names.
            if (Lexicon.IsDocumentNoun(Document.Text(k)) && IssuerOf(k) is { } issuer)
            {
                return issuer with { Rule = rule };
            }

            // "…,” spoke on Monday": a preposition opens a phrase, not a subject.
            if (Lexicon.IsPreposition(Document.Text(k)))
            {
                return null;
            }

            // "according to the university's astronomy professor Jo Lee": the person after the owner's descriptors.
            if (Document.IsPossessive(k) && PersonAfterDescriptors(k + 1, end, 3) is { } owned)
            {
                return owned with { Rule = rule };
            }

            k++;
            skipped++;
        }

        if (k >= end || Tokens[k].Quote >= 0)
        {
            return null;
        }

        // "said one marcher, Ines Duarte", "said a local shop owner, Ines Duarte": the person in apposition to a description
        // that no role noun of the lexicon ends.
        if (skipped > 0 && Document.IsPunctuation(k, ',') && (Lexicon.IsDeterminer(Document.Text(first)) || Document.Text(first) is "one")
            && PersonClosingAppositive(k, end, rule) is { } apposed)
        {
            return apposed;
        }

        var pronoun = Lexicon.GetPronoun(Document.Text(k));
        if (pronoun != PronounKind.None)
        {
            return skipped == 0 ? new Subject(k, k + 1, pronoun, rule, k) : null;
        }

        if (PersonReference(k, rule) is { } reference)
        {
            return reference;
        }

        if (!Document.IsCapitalised(k))
        {
            return null;
        }

        // "said the Prime Minister, Ines Duarte", "said the NATO Secretary General, Jens Stoltenberg": the person in
        // apposition to a capitalised office.
        int runEnd = Document.RunEnd(k, end);

        // "said Channel 4": a number of one or two digits ends the name.
        if (runEnd < end && Document.EndsNameWithNumber(runEnd))
        {
            runEnd++;
        }

        // "said Oklahoma Gas and Electric spokesman, Brian Alford": a body's name that "and" runs through before its spokesperson;
        // "said Queensland Nurses and Midwives Union secretary Sarah Beaman": or before a role noun and the person holding it.
        if (runEnd + 2 < end && Document.Text(runEnd) is "and" && Document.IsCapitalised(runEnd + 1) && Tokens[runEnd + 1].Quote < 0
            && Document.RunEnd(runEnd + 1, end) is var joinedEnd && joinedEnd < end && Document.IsLowerWord(joinedEnd)
            && (Lexicon.IsSpokesNoun(Document.Text(joinedEnd))
                || (IsOnePersonRoleNoun(joinedEnd) && PersonAfterDescriptors(joinedEnd, end, 3) is not null)))
        {
            runEnd = joinedEnd;
        }

        if (skipped > 0 && Lexicon.IsDeterminer(Document.Text(first)) && runEnd < end && Document.IsPunctuation(runEnd, ',')
            && HoldsOffice(k, runEnd) && PersonClosingAppositive(runEnd, end, rule) is { } holderOfOffice)
        {
            return holderOfOffice;
        }

        // "said a Libyan official", "said one senior European diplomat": a nationality before a role noun describes it; "said
        // an Indonesian government volcanologist, Subandriyo": the person in apposition to the description speaks.
        if (runEnd < end && Tokens[runEnd].Quote < 0 && NationalityBeforeRoleNoun(k, runEnd) is { } national
            && (PersonAfterDescription(national.FirstToken, end, rule) ?? NominalAt(national.FirstToken, end, rule)) is { } roleNoun)
        {
            return roleNoun;
        }

        // "said the University of Leeds's vice-chancellor, Ann Lee": the person in apposition to an organisation's role.
        if (PossessiveAppositive(k, end) is { } appositive)
        {
            return appositive with { Rule = rule };
        }

        // "quipped Valiant Entertainment editor Heather Antos", "said Unite general secretary Tom Hale": the person after up
        // to three descriptors; "writes Huber's longtime tag team partner Erick Rowan": after a possessive, up to four.
        bool possessive = Document.IsPossessive(runEnd - 1);

        // "said Trump's National Security Advisor, H.R. McMaster": the person in apposition to the owner's capitalised office.
        if (OwnersOfficeStart(k, runEnd) is var ownersOffice and >= 0 && runEnd < end && Document.IsPunctuation(runEnd, ',')
            && HoldsOffice(ownersOffice, runEnd) && PersonClosingAppositive(runEnd, end, rule) is { } ownersOfficer)
        {
            return ownersOfficer;
        }

        if (PersonAfterDescriptors(runEnd, end, possessive ? 4 : 3) is { } described)
        {
            return described with { Rule = rule };
        }

        // "said Police spokesperson, Superintendent Ann Roe": the person in apposition to the body's role noun.
        if (RoleNounBeforeComma(runEnd, end) is var roleEnd and >= 0 && PersonClosingAppositive(roleEnd, end, rule) is { } spokesperson)
        {
            return spokesperson;
        }

        // "said EU commissioner for Home Affairs, Cecilia Malmström": the person in apposition to the organisation's role.
        if (runEnd < end && Document.IsLowerWord(runEnd) && Lexicon.NominalKind(Document.Text(runEnd)) == NameKind.Person
            && NominalAt(runEnd, end, rule) is { Nominal: false } holder
            && NameInterpreter.Interpret(Document, holder.FirstToken, holder.EndToken) is { Kind: NameKind.Person })
        {
            return holder;
        }

        // "said the Prime Minister's office": an office whose owner is a title that names no one speaks as the office.
        if (possessive && runEnd < end && Document.IsLowerWord(runEnd) && Lexicon.IsOfficeNoun(Document.Text(runEnd)) && NameInterpreter.IsTitleNamingNoOne(Document, k, runEnd))
        {
            return NominalAt(runEnd, end, rule);
        }

        // "said Jo Lee's lawyer": someone in a role for the owner speaks, not the owner ("Jo Lee's spokesman" is Jo Lee).
        if (possessive && OwnersRoleNoun(runEnd, end) is { } role)
        {
            return NominalAt(role, end, rule);
        }

        // "said a senior CIA official": a body's name after a determiner describes the role noun after it, which speaks as
        // itself ("said a CIA spokesman" is the body's).
        // "said the Leinster head coach": one lower-case modifier may stand between.
        int roleAfterRun = runEnd < end && IsRoleNounSpeakingAsItself(runEnd) ? runEnd
            : runEnd + 1 < end && Document.IsLowerWord(runEnd) && Tokens[runEnd].Quote < 0 && !Lexicon.IsPreposition(Document.Text(runEnd))
                && !Lexicon.IsClauseWord(Document.Text(runEnd)) && IsRoleNounSpeakingAsItself(runEnd + 1) ? runEnd + 1
            : -1;
        if (skipped > 0 && (Lexicon.IsDeterminer(Document.Text(first)) || Document.Text(first) is "one") && !possessive
            && roleAfterRun >= 0 && NominalAt(roleAfterRun, end, rule) is { Nominal: true } roleOfBody)
        {
            return roleOfBody;
        }

        // "said Tom Hale's mother": a relation of the owner speaks, unnamed, as "the victim's mother said".
        if (possessive && runEnd < end && Document.IsLowerWord(runEnd) && Lexicon.IsRelationNoun(Document.Text(runEnd)))
        {
            return new Subject(runEnd, runEnd + 1, PronounKind.None, rule, runEnd, Nominal: true);
        }

        // "said the Minister for Health, Jo Lee", "said the Secretary of the Treasury, Jo Lee": titles alone, their office,
        // and the holder in apposition after it; the office may go on over one more phrase ("the Head of Public Relations of
        // the Ministry, Jo Lee", "the Director of Communications at the Ministry, Jo Lee").
        if (runEnd + 1 < end && Document.Text(runEnd) is "for" or "of" && NameInterpreter.Interpret(Document, k, runEnd) is null)
        {
            int office = Document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
            if (office < end && Document.IsCapitalised(office) && Tokens[office].Quote < 0
                && PersonAfterComma(OfficeEnd(Document.RunEnd(office, end), end), end, rule) is { } officeHolder)
            {
                return officeHolder;
            }
        }

        // "said University of California, San Diego's chancellor, …": only a person's name may go on with "of" (a surname
        // the text introduced too: "said Duarte of Brandt"), or a title of a place before the person ("tweeted Mayor of
        // London Sadiq Khan").
        if (runEnd < end && Document.Text(runEnd) is "of"
            && NameInterpreter.Interpret(Document, k, runEnd) is var beforeOf && beforeOf is not { Kind: NameKind.Person }
            && !_linker.IsKnownPerson(k, runEnd))
        {
            int place = runEnd + 1 < end && Document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
            if (place < end && Document.IsCapitalised(place) && Tokens[place].Quote < 0)
            {
                int placeEnd = Document.RunEnd(place, end);

                // "said the Ministry of Defence.", "said the Ministry of Health of Samoa, adding": an organisation's name that
                // goes on over "of" to the clause's end or a comma; not to one that a capitalised word follows, which may go
                // on with the place ("University of California, San Diego's chancellor").
                if ((beforeOf is { Kind: NameKind.Organization } || (beforeOf is { WordCount: 1 } single && Lexicon.IsPlaceBodyHead(single.Name)))
                    && BodyNameEndAfter(placeEnd, end) is var bodyEnd
                    && !Document.IsPossessive(bodyEnd - 1)
                    && (bodyEnd >= end || !Document.IsPunctuation(bodyEnd, ',') || (bodyEnd + 1 < end && !Document.IsCapitalised(bodyEnd + 1))))
                {
                    // "said Bank of England governor Mark Carney": the person after the body's descriptors.
                    return PersonAfterDescriptors(bodyEnd, end, 3) is { } member
                        ? member with { Rule = rule }
                        : new Subject(k, bodyEnd, PronounKind.None, rule, bodyEnd - 1);
                }

                if (NameInterpreter.PersonAfterTitleOf(Document, place, placeEnd) is { } titled)
                {
                    return new Subject(Document.TokenAt(titled.Start), placeEnd, PronounKind.None, rule, placeEnd - 1);
                }

                // "according to Secretary of State Jo Lee": a title word of its own after "TITLE of", then the person.
                if (Lexicon.IsTitle(Document.Word(runEnd - 1))
                    && NameInterpreter.Interpret(Document, place, placeEnd) is { Kind: NameKind.Person } person && person.Start > Tokens[place].Start)
                {
                    return new Subject(Document.TokenAt(person.Start), placeEnd, PronounKind.None, rule, placeEnd - 1);
                }
            }

            return null;
        }

        // "said the Committee to Protect Journalists": an organisation's name goes on over "to", "for" or "on" too.
        int subjectEnd = WithBodyNoun(runEnd, end);
        if (subjectEnd == runEnd && NameInterpreter.Interpret(Document, k, runEnd) is { Kind: NameKind.Organization })
        {
            subjectEnd = BodyNameEndAfter(runEnd, end);

            // "said the National Center for Atmospheric Research's Timothy Brown": the person after the body's possessive.
            for (int m = subjectEnd - 3; m >= runEnd; m--)
            {
                if (Document.IsPossessive(m) && NameInterpreter.Interpret(Document, m + 1, subjectEnd) is { Kind: NameKind.Person, WordCount: >= 2 } member)
                {
                    return new Subject(Document.TokenAt(member.Start), subjectEnd, PronounKind.None, rule, subjectEnd - 1);
                }
            }
        }

        return new Subject(k, subjectEnd, PronounKind.None, rule, subjectEnd - 1);
    }

    /// <summary>
    /// The end of an organisation's name that goes on from <paramref name="runEnd"/> over "of", "for", "on" or "to" (each
    /// perhaps with "the" after it) and the capitalised run after each, up to four times ("Ministry of Health <b>of Samoa</b>",
    /// "Committee <b>to Protect Journalists</b>"); not over a day, a month or a platform ("the Commission on Tuesday", "the
    /// Party on Twitter"); <paramref name="runEnd"/> when nothing goes on.
    /// </summary>
    private int BodyNameEndAfter(int runEnd, int end)
    {
        const int MaxConnectors = 4;
        for (int steps = 0; steps < MaxConnectors; steps++)
        {
            int next = runEnd + 1 < end && Document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
            if (next >= end || !Document.IsLowerWord(runEnd) || Document.Text(runEnd) is not ("of" or "for" or "on" or "to")
                || !Document.GoesOnWithBodyName(next))
            {
                break;
            }

            runEnd = Document.RunEnd(next, end);
        }

        return runEnd;
    }

    /// <summary>
    /// "said an Arizona State University volcanologist who studies the volcano, Stanley Williams", "said one of the researchers
    /// for Searching For Bigfoot Inc., Steve Kull, who …": a description that opens with "a", "an" or "one" (capitalised names
    /// and a relative clause in it, up to <see cref="MaxDescriptionTokens"/> tokens) whose first comma sets off a person's
    /// name in apposition; the person, or null.
    /// </summary>
    private Subject? PersonAfterIndefiniteDescription(int k, int end, AttributionRule rule)
    {
        if (k >= end || !Document.IsLowerWord(k) || Document.Text(k) is not ("a" or "an" or "one"))
        {
            return null;
        }

        for (int m = k + 1; m < end && m <= k + MaxDescriptionTokens; m++)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark)
            {
                return null;
            }

            if (Tokens[m].Kind == TokenKind.Punctuation)
            {
                return Document.IsPunctuation(m, ',') && m > k + 1 && PersonClosingAppositive(m, end, rule) is { } person
                    && !OpensListAfter(person.EndToken, end)
                    ? person
                    : null;
            }
        }

        return null;
    }

    /// <summary>Whether "and", or a comma and "and" or a name, goes on at <paramref name="k"/>: the name before it is the first
    /// of a list ("a post from coordinator Cary Bass, Phoebe Ayers, and James Forrester"), not one person in apposition.</summary>
    private bool OpensListAfter(int k, int end)
        => k < end && (Document.Text(k) is "and"
            || (Document.IsPunctuation(k, ',') && k + 1 < end && (Document.Text(k + 1) is "and" || Document.IsCapitalised(k + 1))));

    /// <summary>The comma after up to three descriptors from <paramref name="k"/> that end in the role noun of one person
    /// ("spokesperson,", "general secretary,"), or in its field after "of" or "for" in up to two lower-case words ("chief of
    /// operations,"); -1 when none.</summary>
    private int RoleNounBeforeComma(int k, int end)
    {
        int m = DescriptorsEnd(k, end, 3);
        if (m > k && m < end && Document.IsPunctuation(m, ',') && IsOnePersonRoleNoun(m - 1))
        {
            return m;
        }

        for (int of = k + 1; of < end && of <= k + 3; of++)
        {
            if (Document.Text(of) is "of" or "for")
            {
                if (DescriptorsEnd(k, of, 3) != of || !IsOnePersonRoleNoun(of - 1))
                {
                    return -1;
                }

                int comma = DescriptorsEnd(of + 1, end, 2);
                return comma > of + 1 && comma < end && Document.IsPunctuation(comma, ',') ? comma : -1;
            }
        }

        return -1;
    }

    /// <summary>"a statement from", "a report by", "a statement released by" at <paramref name="k"/>: a document after its
    /// article, then its author.</summary>
    private bool IsDocumentOf(int k, int end) => AuthorAfterDocument(k, end) > 0;

    /// <summary>The token of the author's name after the document at <paramref name="k"/> (see <see cref="IsDocumentOf"/>);
    /// -1 when no document of an author stands there.</summary>
    private int AuthorAfterDocument(int k, int end)
    {
        if (k == 0 || k + 2 >= end || !Lexicon.IsSpeakerNoun(Document.Text(k)) || Document.Text(k - 1) is not ("a" or "an" or "the"))
        {
            return -1;
        }

        int by = k + 3 < end && Document.IsLowerWord(k + 1) && Lexicon.IsPublishingParticiple(Document.Text(k + 1)) && Document.Text(k + 2) is "by"
            ? k + 2
            : k + 1;
        return Document.Text(by) is "from" or "by" ? by + 1 : OwnerOfSitePostedOn(k + 1, end);
    }

    /// <summary>"a statement on Amuary's website", "a notice on the NWS's website": the owner's name, in the possessive,
    /// of the website or page after "on" at <paramref name="on"/>, who posted the document; -1 when none stands there.</summary>
    private int OwnerOfSitePostedOn(int on, int end)
    {
        int owner = on + 1 < end && Document.Text(on + 1) is "the" ? on + 2 : on + 1;
        if (Document.Text(on) is not "on" || owner >= end || !Document.IsCapitalised(owner) || Tokens[owner].Quote >= 0)
        {
            return -1;
        }

        int ownerEnd = Document.RunEnd(owner, end);
        return ownerEnd < end && Document.IsPossessive(ownerEnd - 1) && Lexicon.IsSiteNoun(Document.Text(ownerEnd))
            ? owner
            : -1;
    }

    /// <summary>
    /// "University of Leeds's vice-chancellor, Ann Lee", "the CDC's interim public health deputy director, Anne Schuchat"
    /// starting at <paramref name="k"/>: an organisation's name ending in a possessive, one to
    /// <see cref="MaxPossessiveRoleWords"/> lower-case words of a role, a comma and a person's name, which a person's role in
    /// lower case may precede ("Aniya Allen's grandfather, community activist K.G. Wilson"); the person, or null.
    /// </summary>
    private Subject? PossessiveAppositive(int k, int end)
    {
        int limit = Math.Min(end, k + 12);
        int possessive = -1;
        for (int m = k; m < limit; m++)
        {
            if (Tokens[m].Quote >= 0)
            {
                return null;
            }

            if (Document.IsCapitalised(m))
            {
                if (Document.IsPossessive(m))
                {
                    possessive = m;
                    break;
                }
            }
            else if (!(Document.IsPunctuation(m, ',') || Document.Text(m) is "of" or "the" or "and" or "&"))
            {
                return null;
            }
        }

        if (possessive < 0)
        {
            return null;
        }

        int c = possessive + 1;
        while (c < limit && c - possessive <= MaxPossessiveRoleWords && Document.IsLowerWord(c) && Tokens[c].Quote < 0 && !Lexicon.IsClauseWord(Document.Text(c)))
        {
            c++;
        }

        if (c == possessive + 1 || c + 1 >= end || !Document.IsPunctuation(c, ','))
        {
            return null;
        }

        // "Aniya Allen's grandfather, community activist K.G. Wilson": a role in lower case may stand before the name.
        int named = c + 1;
        while (named < end && named - c <= MaxPossessiveRoleWords && Document.IsLowerWord(named) && Tokens[named].Quote < 0
            && !Lexicon.IsClauseWord(Document.Text(named)) && !Lexicon.IsDeterminer(Document.Text(named)))
        {
            named++;
        }

        if (named >= end || !Document.IsCapitalised(named) || Tokens[named].Quote >= 0
            || (named > c + 1 && Lexicon.NominalKind(Document.Text(named - 1)) != NameKind.Person))
        {
            return null;
        }

        int personEnd = Document.RunEnd(named, end);
        return NameInterpreter.Interpret(Document, named, personEnd) is { Kind: NameKind.Person } name
            ? new Subject(Document.TokenAt(name.Start), personEnd, PronounKind.None, AttributionRule.SpeechVerb, personEnd - 1)
            : null;
    }

    /// <summary>
    /// "the chamber, Ines Duarte", "the Tidewater Chamber of Commerce, Ines Duarte": the person in apposition after the
    /// noun phrase of a preposition that starts at <paramref name="first"/> (up to <see cref="MaxPhraseWords"/> words, no
    /// clause in it); null when no comma and person's name close it.
    /// </summary>
    private Subject? PersonAfterPhrase(int first, int end, AttributionRule rule)
    {
        for (int m = first; m < end && m < first + MaxPhraseWords; m++)
        {
            if (Tokens[m].Quote >= 0)
            {
                return null;
            }

            if (Document.IsPunctuation(m, ','))
            {
                return m > first ? PersonClosingAppositive(m, end, rule) : null;
            }

            // "in the state": a word after a determiner is a noun, not the verb "state".
            if (Tokens[m].Kind != TokenKind.Word || (OpensClause(m) && !(m > first && Lexicon.IsDeterminer(Document.Text(m - 1)))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The end of an office's name that goes on from <paramref name="runEnd"/> over one more "of", "at" or "for"
    /// (and "the") and a capitalised run; <paramref name="runEnd"/> when no such phrase follows.</summary>
    private int OfficeEnd(int runEnd, int end)
    {
        if (runEnd + 1 >= end || !Document.IsLowerWord(runEnd) || Document.Text(runEnd) is not ("of" or "at" or "for"))
        {
            return runEnd;
        }

        int next = Document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
        return next < end && Document.IsCapitalised(next) && Tokens[next].Quote < 0 ? Document.RunEnd(next, end) : runEnd;
    }

    /// <summary>Whether a word of the run [<paramref name="first"/>, <paramref name="end"/>) is a title or a person's role
    /// ("Prime Minister", "Tidewater Mayor", "Secretary-General").</summary>
    private bool HoldsOffice(int first, int end)
    {
        for (int m = first; m < end; m++)
        {
            string word = Document.Word(m);
            int hyphen = word.IndexOf('-');
            if (Lexicon.IsTitle(word) || Lexicon.IsCapitalisedPersonNoun(word) || (hyphen > 0 && Lexicon.IsTitle(word.Substring(0, hyphen))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of the office after an owner's possessive inside the run [<paramref name="k"/>,
    /// <paramref name="runEnd"/>) ("Trump's National Security Advisor" → "National"); -1 when no possessive stands
    /// before the run's last word.</summary>
    private int OwnersOfficeStart(int k, int runEnd)
    {
        for (int m = k; m < runEnd - 1; m++)
        {
            if (Document.IsPossessive(m))
            {
                return m + 1;
            }
        }

        return -1;
    }

    /// <summary>The person in apposition after the comma that ends a description of up to three lower-case words from
    /// <paramref name="k"/> ("government volcanologist, Ines Subandriyo"); one name alone that closes the clause names the
    /// person too ("government volcanologist, Subandriyo.", a name of one word as many Indonesians bear); or null.</summary>
    private Subject? PersonAfterDescription(int k, int end, AttributionRule rule)
    {
        for (int m = k; m + 1 < end && m <= k + 2 && Document.IsLowerWord(m) && Tokens[m].Quote < 0; m++)
        {
            if (Document.IsPunctuation(m + 1, ','))
            {
                return PersonClosingAppositive(m + 1, end, rule) ?? SingleNameClosingClause(m + 2, end, rule);
            }
        }

        return null;
    }

    private Subject? SingleNameClosingClause(int name, int end, AttributionRule rule)
    {
        if (name >= end || !Document.IsCapitalised(name) || Tokens[name].Quote >= 0 || Document.RunEnd(name, end) != name + 1
            || (name + 1 < end && Tokens[name + 1].Kind != TokenKind.Punctuation))
        {
            return null;
        }

        string word = Document.Word(name);
        return Lexicon.IsFunctionWord(word) || Lexicon.IsWeekday(word) || Lexicon.IsMonth(word) || Lexicon.IsAcronym(word)
            || NameInterpreter.Interpret(Document, name, name + 1) is not { Kind: NameKind.Person or NameKind.Unknown }
            ? null
            : new Subject(name, name + 1, PronounKind.None, rule, name);
    }

    /// <summary>A person's name after the comma at <paramref name="comma"/> that ends the clause or is set off in turn
    /// ("…, Ines Duarte.", "…, Ines Duarte, who …"), or null.</summary>
    private Subject? PersonClosingAppositive(int comma, int end, AttributionRule rule)
        => PersonAfterComma(comma, end, rule) is { } person && (person.EndToken >= end || Tokens[person.EndToken].Kind == TokenKind.Punctuation)
            ? person
            : null;
}
