using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Finds the subject of a speech clause around a verb: the name or pronoun before it ("Blinken said", "Nancy Pelosi, the
/// Speaker of the House, said", "Carl Lipo of Binghamton University said"), after it ("said Sheriff Bill Brown",
/// "said the University of Leeds's vice-chancellor, Ann Lee"), or the sentence's own subject ("…, saying “…”").
/// Every walk is bounded by the sentence and a few tokens.
/// </summary>
internal sealed class SubjectFinder
{
    /// <summary>How many tokens (quoted ones included) a search around a quote may look at.</summary>
    public const int MaxScanTokens = 120;

    /// <summary>How long an appositive between commas may be: "Greg Barton, Chair in … at Deakin University, said".</summary>
    private const int MaxAppositiveTokens = 30;

    /// <summary>How many appositives may stand between a subject and its verb.</summary>
    private const int MaxAppositives = 3;

    private readonly AttributionContext _context;
    private readonly SpeakerLinker _linker;

    public SubjectFinder(AttributionContext context, SpeakerLinker linker)
    {
        _context = context;
        _linker = linker;
    }

    private BodyDocument Document => _context.Document;

    private string Body => _context.Body;

    private List<Token> Tokens => _context.Tokens;

    /// <summary>A subject after a verb or "by"/"according to": up to <paramref name="maxDescriptors"/> lower-case
    /// descriptors ("study co-author", "the"), then a name; or a pronoun.</summary>
    public Subject? After(int k, int end, AttributionRule rule, int maxDescriptors)
    {
        int skipped = 0;
        while (k < end && skipped < maxDescriptors && Document.IsLowerWord(k) && Tokens[k].Quote < 0
            && Lexicon.GetPronoun(Document.Text(k)) == PronounKind.None && !SpeechCues.IsSpeechVerb(Document, k))
        {
            // "said police.", "said a spokesperson for the agency": a role noun that no name follows is the speaker.
            if (NominalAt(k, end, rule) is { } nominal)
            {
                return nominal;
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

        // "said the University of Leeds's vice-chancellor, Ann Lee": the person in apposition to an organisation's role.
        if (PossessiveAppositive(k, end) is { } appositive)
        {
            return appositive with { Rule = rule };
        }

        int runEnd = Document.RunEnd(k, end);

        // "quipped Valiant Entertainment editor Heather Antos", "said Unite general secretary Tom Hale": the person after up
        // to three descriptors; "writes Huber's longtime tag team partner Erick Rowan": after a possessive, up to four.
        bool possessive = Document.IsPossessive(runEnd - 1);
        if (PersonAfterDescriptors(runEnd, end, possessive ? 4 : 3) is { } described)
        {
            return described with { Rule = rule };
        }

        // "said EU commissioner for Home Affairs, Cecilia Malmström": the person in apposition to the organisation's role.
        if (runEnd < end && Document.IsLowerWord(runEnd) && Lexicon.NominalKind(Document.Text(runEnd)) == NameKind.Person
            && NominalAt(runEnd, end, rule) is { Nominal: false } holder
            && NameInterpreter.Interpret(Document, holder.FirstToken, holder.EndToken) is { Kind: NameKind.Person })
        {
            return holder;
        }

        // "said Jo Lee's lawyer": someone in a role for the owner speaks, not the owner ("Jo Lee's spokesman" is Jo Lee).
        if (possessive && OwnersRoleNoun(runEnd, end) is { } role)
        {
            return NominalAt(role, end, rule);
        }

        // "said University of California, San Diego's chancellor, …": only a person's name may go on with "of",
        // or a title of a place before the person ("tweeted Mayor of London Sadiq Khan").
        if (runEnd < end && Document.Text(runEnd) is "of"
            && NameInterpreter.Interpret(Document, k, runEnd) is var beforeOf && beforeOf is not { Kind: NameKind.Person })
        {
            int place = runEnd + 1 < end && Document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
            if (place < end && Document.IsCapitalised(place) && Tokens[place].Quote < 0)
            {
                int placeEnd = Document.RunEnd(place, end);

                // "said the Ministry of Defence.": an organisation's name that goes on over "of" to the clause's end.
                if (beforeOf is { Kind: NameKind.Organization } && !Document.IsPossessive(placeEnd - 1)
                    && (placeEnd >= end || !Document.IsPunctuation(placeEnd, ',')))
                {
                    return new Subject(k, placeEnd, PronounKind.None, rule, placeEnd - 1);
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

        int subjectEnd = WithBodyNoun(runEnd, end);
        return new Subject(k, subjectEnd, PronounKind.None, rule, subjectEnd - 1);
    }

    /// <summary>
    /// "University of Leeds's vice-chancellor, Ann Lee" starting at <paramref name="k"/>: an organisation's name ending in a
    /// possessive, one to three lower-case words of a role, a comma and a person's name; the person, or null.
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
        while (c < limit && c - possessive <= 3 && Document.IsLowerWord(c) && Tokens[c].Quote < 0 && !Lexicon.IsClauseWord(Document.Text(c)))
        {
            c++;
        }

        if (c == possessive + 1 || c + 1 >= end || !Document.IsPunctuation(c, ',') || !Document.IsCapitalised(c + 1) || Tokens[c + 1].Quote >= 0)
        {
            return null;
        }

        int personEnd = Document.RunEnd(c + 1, end);
        return NameInterpreter.Interpret(Document, c + 1, personEnd) is { Kind: NameKind.Person } name
            ? new Subject(Document.TokenAt(name.Start), personEnd, PronounKind.None, AttributionRule.SpeechVerb, personEnd - 1)
            : null;
    }

    /// <summary>
    /// "Jo Lee was quoted as saying", "Jo Lee is quoted by Reuters as saying": the subject before "quoted", given the
    /// "as" at <paramref name="asToken"/> (the agent after "by" only reports the words); "Reuters quoted Jo Lee as saying":
    /// the object after it; null when "quoted" is not there.
    /// </summary>
    public Subject? QuotedAs(int asToken, int low)
    {
        int k = asToken - 1;
        if (k >= low && Document.IsCapitalised(k) && Tokens[k].Quote < 0)
        {
            int agent = Document.RunStart(k, low);
            int before = agent - 1 >= low && Document.Text(agent - 1) is "the" ? agent - 2 : agent - 1;
            if (before >= low && Document.Text(before) is "by")
            {
                // "is quoted by the Daily Times as saying": the one quoted is before "quoted".
                k = before - 1;
            }
            else if (agent - 1 >= low && Document.Text(agent - 1) is "quoted" or "quotes")
            {
                // "Reuters quoted Jo Lee as saying", "The Courier quotes Lee as saying": the one quoted, not the one quoting.
                return new Subject(agent, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
            }
        }
        else if (k - 1 > low && Document.IsLowerWord(k) && Lexicon.NominalKind(Document.Text(k)) != NameKind.Unknown)
        {
            // "The Guardian quoted an unnamed source as saying": the role noun quoted.
            for (int m = k - 1; m >= low && m >= k - 4 && Document.IsLowerWord(m); m--)
            {
                if (Document.Text(m) is "quoted")
                {
                    return new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
                }
            }
        }

        return k > low && Document.Text(k) is "quoted" ? Before(k - 1, low) : null;
    }

    /// <summary>The subject ending at token <paramref name="k"/> (going left, not before <paramref name="low"/>).</summary>
    public Subject? Before(int k, int low)
    {
        for (int skipped = 0; k >= low && skipped < 3 && Document.IsLowerWord(k) && Lexicon.IsAuxiliary(Document.Text(k)); skipped++)
        {
            k--;
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

        // "Jo Smith of the World Food Programme (WFP) said": a short parenthesis before the verb is skipped.
        k = BeforeParenthesis(k, low);
        if (k < -1)
        {
            return null;
        }

        // "Cruz, in remarks to ABC, said", "Tomasz Kubiak, a fire service spokesman, told", "Greg Barton, Chair in …, said",
        // "Anderson Cooper, of CNN, one of her four sons, stated": up to three appositives between commas.
        // "Laura Chen — the company's founder — said": dashes set an appositive off as commas do.
        for (int appositives = 0; appositives < MaxAppositives && k >= low && IsAppositiveMark(k); appositives++)
        {
            int comma = -1;
            for (int m = k - 1; m >= low && m >= k - MaxAppositiveTokens; m--)
            {
                if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark)
                {
                    break;
                }

                if (Document.IsPunctuation(m, Body[Tokens[k].Start]))
                {
                    comma = m;
                    break;
                }
            }

            // "The Vice President, Mike Pence, said": the appositive is the name; but "Jo Lee of the rights organisation,
            // Stonewall, said" names the organisation of the person before its descriptor.
            if (appositives == 0 && comma >= 0 && comma + 1 < k && Document.IsCapitalised(comma + 1) && Document.RunEnd(comma + 1, k) == k
                && !IsPartyTag(comma + 1))
            {
                return (Document.IsLowerWord(comma - 1) && Lexicon.NominalKind(Document.Text(comma - 1)) == NameKind.Organization
                        ? PersonOfLowerCasePhrase(comma - 1, low)
                        : null)
                    ?? new Subject(comma + 1, k, PronounKind.None, AttributionRule.SpeechVerb, k - 1);
            }

            // "The study's lead author, doctoral candidate Jo Lee, said": the appositive names the person after its descriptors.
            if (appositives == 0 && comma >= 0 && DescribedPerson(comma + 1, k) is { } described)
            {
                return described;
            }

            // "In an interview with the BBC, Dr. Tan Heok Hui, an ichthyologist, stated": a titled person between the
            // commas is the subject, not another appositive.
            if (appositives > 0 && comma >= 0 && comma + 1 < k && Lexicon.IsTitle(Document.Word(comma + 1))
                && Document.RunEnd(comma + 1, k) == k && NameInterpreter.Interpret(Document, comma + 1, k) is { Kind: NameKind.Person } titledPerson)
            {
                return new Subject(Document.TokenAt(titledPerson.Start), k, PronounKind.None, AttributionRule.SpeechVerb, k - 1);
            }

            if (comma < 0 || comma + 1 >= k || !IsAppositive(comma + 1, k))
            {
                if (appositives == 0)
                {
                    return null;
                }

                break;
            }

            k = comma;
        }

        if (k >= low && IsAppositiveMark(k))
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
        }

        if (k < low || Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        string word = Document.Text(k);

        // "tour guide Ben Cole, 24, who cited his training: “…”": the relative pronoun stands for the person before it.
        if (word is "who" && k - 1 >= low && Document.IsPunctuation(k - 1, ','))
        {
            return RelativeAntecedent(k - 1, low);
        }

        var pronoun = Lexicon.GetPronoun(word);
        if (pronoun != PronounKind.None)
        {
            return new Subject(k, k + 1, pronoun, AttributionRule.SpeechVerb, k);
        }

        if (PersonReference(k, AttributionRule.SpeechVerb) is { } reference)
        {
            return reference;
        }

        // "the Biden campaign criticized": the body the name and the noun make.
        if (Document.IsLowerWord(k) && Lexicon.IsBodyNoun(word) && Document.NameStartBefore(k, low) is var owner and >= 0)
        {
            return new Subject(owner, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        if (Document.IsLowerWord(k) && Lexicon.NominalKind(word) != NameKind.Unknown)
        {
            // "police said", "the campaign said", "a spokesperson for the agency said" (the organisation when one is named
            // after "for"); "Mary Lou McDonald, leader of the Sinn Féin party said": the person whose appositive the
            // writer left unclosed.
            return PersonBeforeUnclosedAppositive(k, low) ?? NominalAt(k, k + 1, AttributionRule.SpeechVerb);
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
                // "The River Agency issued a statement. … the statement said": who issued it.
                return PersonOfLowerCasePhrase(noun, low) ?? IssuerOf(noun);
            }
        }
        else if (!Document.IsCapitalised(k))
        {
            return PersonOfLowerCasePhrase(k, low) ?? PersonBeforeParticiple(k, low);
        }

        int runStart = Document.RunStart(k, low);

        // "the University of California, Los Angeles disagreed": the end of a longer name, not a subject;
        // but "When interviewed by the BBC, Day said" names a person the text introduced, and "In February, Chakrapani
        // said" follows a function word.
        if (runStart - 2 >= low && Document.IsPunctuation(runStart - 1, ',') && Document.IsCapitalised(runStart - 2)
            && !Lexicon.IsFunctionWord(Document.Word(runStart - 2)) && !_linker.IsKnownPerson(runStart, k + 1)
            && !IsOpeningPhrase(low, runStart - 1))
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
        if (NameInterpreter.Interpret(Document, runStart, k + 1) is not null && MemberOf(runStart, low) is { } member)
        {
            return member;
        }

        int preposition = runStart - 1;
        if (preposition > low && Document.Text(preposition) is "the")
        {
            preposition--;
        }

        // "The Foreign Ministry of Iraq characterized", "the Ministry of Defence said" (whose "Defence" alone names
        // nothing): an organisation's name goes on over "of", and "Jo Lee from the Church of Scotland said" is the
        // person's who belongs to it.
        if (preposition - 1 >= low && Document.Text(preposition) is "of" && Document.IsCapitalised(preposition - 1)
            && Document.RunStart(preposition - 1, low) is var organizationStart
            && NameInterpreter.Interpret(Document, organizationStart, preposition) is { Kind: NameKind.Organization })
        {
            return MemberOf(organizationStart, low)
                ?? new Subject(organizationStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
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

        // "a spokesperson for the Home Office said": the organisation speaks through its spokesperson.
        if (preposition - 1 >= low && Document.Text(preposition) is "for" && Document.IsLowerWord(preposition - 1)
            && Lexicon.NominalKind(Document.Text(preposition - 1)) == NameKind.Person)
        {
            return new Subject(runStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "a statement from the White House said", "the office of Jo Lee said": the author or holder speaks.
        if (preposition - 2 >= low && Document.Text(preposition) is "from" or "by" or "of" && Document.IsLowerWord(preposition - 1)
            && Lexicon.IsSpeakerNoun(Document.Text(preposition - 1)) && Document.Text(preposition - 2) is var determiner
            && (Lexicon.IsDeterminer(determiner) || determiner is "The" or "A" or "An") && (preposition - 3 < low || Document.Text(preposition - 3) is not "of"))
        {
            return new Subject(runStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
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
            return PersonBeforeUnclosedAppositive(runStart, low) ?? PersonBeforeParticiple(k, low);
        }

        // "Jo Lee, a friend of the Red Cross said": a name after a preposition is no subject; the person whose appositive
        // the writer left unclosed speaks.
        int beforeName = runStart - 1 > low && Document.Text(runStart - 1) is "the" ? runStart - 2 : runStart - 1;
        if (beforeName >= low && Document.IsLowerWord(beforeName) && Lexicon.IsPreposition(Document.Text(beforeName))
            && PersonBeforeUnclosedAppositive(runStart, low) is { } unclosed)
        {
            return unclosed;
        }

        return new Subject(runStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
    }

    /// <summary>
    /// The verb whose object is the body ending at <paramref name="k"/>: an organisation's name or a group noun that is no
    /// person's ("the Senate", "Oxfam", "the government"), after "the" or a possessive at most, after a past verb
    /// ("addressed", "criticised", "told"); -1 otherwise.
    /// </summary>
    public int VerbOfObjectBody(int k, int low)
    {
        if (k <= low || Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
        {
            return -1;
        }

        int start;
        if (Document.IsLowerWord(k))
        {
            if (Lexicon.NominalKind(Document.Text(k)) != NameKind.Organization)
            {
                return -1;
            }

            start = k;
        }
        else
        {
            start = Document.RunStart(k, low);
            if (NameInterpreter.Interpret(Document, start, k + 1) is not { Kind: not NameKind.Person })
            {
                return -1;
            }
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

    private bool OpensSentence(int token) => Document.Sentences[Document.TokenSentence[token]].FirstToken == token;

    /// <summary>
    /// The person named before "of", "at" or "from" (and "the") in front of the name starting at <paramref name="nameStart"/>:
    /// "Carl Lipo of Binghamton University", "Jo Lee from the Equality Network"; null when no person's name stands there.
    /// </summary>
    private Subject? MemberOf(int nameStart, int low)
    {
        int preposition = nameStart - 1;
        if (preposition > low && Document.Text(preposition) is "the")
        {
            preposition--;
        }

        if (preposition - 1 < low || !Document.IsLowerWord(preposition) || Document.Text(preposition) is not ("of" or "at" or "from")
            || !Document.IsCapitalised(preposition - 1) || Tokens[preposition - 1].Quote >= 0)
        {
            return null;
        }

        int personStart = Document.RunStart(preposition - 1, low);
        return NameInterpreter.Interpret(Document, personStart, preposition) is { Kind: NameKind.Person }
            ? new Subject(personStart, preposition, PronounKind.None, AttributionRule.SpeechVerb, preposition - 1)
            : null;
    }

    /// <summary>
    /// "officials in Tidewater", "residents of the West Bank", "the family of Jo Lee": a plural role noun of people at
    /// <paramref name="noun"/>, then "in", "of", "from" or "at" (and "the") and the name [<paramref name="runStart"/>,
    /// <paramref name="runEnd"/>), which is no organisation's ("officials of the Health Ministry" speak for the ministry;
    /// "the government of Samoa" is a body of its own).
    /// </summary>
    private bool IsGroupOf(int noun, int runStart, int runEnd)
    {
        int preposition = Document.Text(runStart - 1) is "the" ? runStart - 2 : runStart - 1;
        string word = Document.Text(noun).ToLowerInvariant();
        return preposition == noun + 1
            && Document.Text(preposition) is "in" or "of" or "from" or "at"
            && Lexicon.NominalKind(word) == NameKind.Organization
            && (word is "police" or "family" || (word.EndsWith("s", StringComparison.Ordinal) && !Lexicon.IsBodyNoun(word)))
            && NameInterpreter.Interpret(Document, runStart, runEnd) is { Kind: not NameKind.Organization };
    }

    /// <summary>
    /// "the statement" at <paramref name="noun"/> ("…,” the statement said"): the subject of the sentence, in this
    /// paragraph or the one before, that introduced "a statement" ("The River Agency issued a statement on Monday."); null
    /// when the noun has no definite article or no such sentence is found.
    /// </summary>
    private Subject? IssuerOf(int noun)
    {
        if (noun == 0 || Document.Text(noun - 1) is not ("the" or "The" or "that" or "That" or "this" or "This"))
        {
            return null;
        }

        string word = Document.Text(noun);
        int sentence = Document.TokenSentence[noun];
        int paragraph = Document.Sentences[sentence].Paragraph;
        for (int k = Document.Sentences[sentence].FirstToken - 1, steps = 0; k > 0 && steps < MaxScanTokens * 2; k--, steps++)
        {
            var before = Document.Sentences[Document.TokenSentence[k]];
            if (before.Paragraph < paragraph - 1)
            {
                return null;
            }

            if (Tokens[k].Quote < 0 && Document.Text(k) == word && Document.Text(k - 1) is "a" or "an")
            {
                return MainSubject(before.FirstToken, before.EndToken);
            }
        }

        return null;
    }

    /// <summary>
    /// A word at <paramref name="k"/> that stands for a person named before: "the 54-year-old" (linked to the person
    /// introduced with that age), "the German" (a nationality after "the", alone before a verb or punctuation, resolved as
    /// "he" or "she" would be); null for any other word.
    /// </summary>
    private Subject? PersonReference(int k, AttributionRule rule)
    {
        if (Document.AgeNoun(k) >= 0)
        {
            return new Subject(k, k + 1, PronounKind.None, rule, k);
        }

        return k > 0 && Document.Text(k - 1) is "the" or "The" && Lexicon.IsDemonym(Document.Text(k))
            && (k + 1 >= Tokens.Count || !Document.IsCapitalised(k + 1))
            ? new Subject(k, k + 1, PronounKind.Person, rule, k)
            : null;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="first"/> to the comma at <paramref name="comma"/> describe the name before
    /// them: a phrase opening with a lower-case word or a title ("a fire service spokesman", "Chair in …"), an age ("54"), a
    /// party and state ("R-Texas", "D-Calif."), or a phrase ending in a role noun ("UNHCR spokesperson").
    /// </summary>
    private bool IsAppositive(int first, int comma)
        => Document.IsLowerWord(first) || Lexicon.IsTitle(Document.Word(first))
            || (first + 1 == comma && Document.Age(first) >= 0)
            || (IsPartyTag(first) && (first + 1 == comma || (first + 2 == comma && Document.IsPunctuation(comma - 1, '.'))))
            || (Document.IsLowerWord(comma - 1) && Lexicon.NominalKind(Document.Text(comma - 1)) == NameKind.Person)
            || OwnersNoun(first, comma);

    /// <summary>"Jo Lee's husband", "Acme's chief engineer": a name's possessive, then only lower-case words to the comma.</summary>
    private bool OwnersNoun(int first, int comma)
    {
        int k = comma - 1;
        while (k > first && Document.IsLowerWord(k))
        {
            k--;
        }

        return k < comma - 1 && Document.IsPossessive(k) && Document.IsCapitalised(first);
    }

    /// <summary>A comma or a dash, which may close an appositive.</summary>
    private bool IsAppositiveMark(int token)
        => Document.IsPunctuation(token, ',') || Document.IsPunctuation(token, '\u2014') || Document.IsPunctuation(token, '\u2013');

    /// <summary>A party and state after an American politician's name: "R-Texas", "D-Calif.", "I-Vt.".</summary>
    private bool IsPartyTag(int token)
    {
        var t = Tokens[token];
        return t.Kind == TokenKind.Word && t.Length >= 3 && Body[t.Start] is 'R' or 'D' or 'I' && Body[t.Start + 1] == '-'
            && char.IsUpper(Body[t.Start + 2]);
    }

    /// <summary>
    /// Whether the tokens from <paramref name="first"/> to the comma at <paramref name="comma"/> are a phrase opening the
    /// sentence with a preposition or a participle ("Writing on Twitter,", "In an interview with the BBC,", "Speaking to
    /// CNN,"): a name after its comma is the sentence's subject, not the end of a longer name.
    /// </summary>
    private bool IsOpeningPhrase(int first, int comma)
    {
        if (first + 1 >= comma || Tokens[first].Kind != TokenKind.Word)
        {
            return false;
        }

        string opener = Document.Text(first);
        if (!Lexicon.IsPreposition(opener.ToLowerInvariant()) && !(opener.Length > 4 && opener.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }

        for (int m = first + 1; m < comma; m++)
        {
            if (Tokens[m].Kind != TokenKind.Word || Tokens[m].Quote >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The token before up to two phrases "on Monday", "on Friday night", "in a statement", "at a news conference" that end
    /// at <paramref name="k"/> and follow a name or a role noun (at most five words after each preposition, each lower-case,
    /// a weekday or a month); else <paramref name="k"/>. "the agency in Tidewater said" keeps its place name.
    /// </summary>
    private int BeforeAdverbial(int k, int low)
    {
        int m = k;
        for (int phrases = 0; phrases < 2 && PhraseStart(m, low) is var preposition and > 0; phrases++)
        {
            m = preposition - 1;
            if (Tokens[m].Quote < 0
                && (Document.IsCapitalised(m) || (Document.IsLowerWord(m) && Lexicon.NominalKind(Document.Text(m)) != NameKind.Unknown)))
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

    /// <summary>
    /// An appositive of lower-case descriptors ending in a person's name of two or more words, from <paramref name="first"/>
    /// to <paramref name="end"/>: "doctoral candidate Jo Lee", "civil and environmental engineering professor Jo Lee". A
    /// preposition, pronoun, verb of speech or clause word other than "and"/"or" makes it a clause ("speaking to Jo Lee",
    /// "who met Jo Lee"), not a descriptor.
    /// </summary>
    private Subject? DescribedPerson(int first, int end)
    {
        if (first >= end || !Document.IsLowerWord(first) || !Document.IsCapitalised(end - 1))
        {
            return null;
        }

        int runStart = Document.RunStart(end - 1, first);
        for (int m = first; m < runStart; m++)
        {
            string word = Document.Text(m);
            bool descriptor = Tokens[m].Quote < 0
                && ((Document.IsLowerWord(m)
                        && !Lexicon.IsPreposition(word)
                        && (!Lexicon.IsClauseWord(word) || word is "and" or "or")
                        && Lexicon.GetPronoun(word) == PronounKind.None
                        && !SpeechCues.IsSpeechVerb(Document, m))
                    || Document.IsPunctuation(m, '-'));
            if (!descriptor)
            {
                return null;
            }
        }

        return runStart > first
            && NameInterpreter.Interpret(Document, runStart, end) is { Kind: NameKind.Person, WordCount: >= 2 } name
            && name.End == Tokens[end - 1].End
            ? new Subject(Document.TokenAt(name.Start), end, PronounKind.None, AttributionRule.SpeechVerb, end - 1)
            : null;
    }

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
                return NameInterpreter.Interpret(Document, start, m) is { Kind: NameKind.Person, WordCount: >= 2 } name
                    ? new Subject(Document.TokenAt(name.Start), m, PronounKind.None, AttributionRule.SpeechVerb, k)
                    : null;
            }

            if (Document.IsLowerWord(m)
                && (Lexicon.IsClauseWord(word) || Lexicon.IsPreposition(word) || Lexicon.GetPronoun(word) != PronounKind.None
                    || SpeechCues.IsSpeechVerb(Document, m) || Lexicon.IsAuxiliary(word)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The person a "who" after the comma at <paramref name="comma"/> stands for: named before an appositive ("Mark
    /// Hay, a marine ecologist, who"; "Uri Geller, a friend of Jo Lee, who" is Uri Geller's, not Jo Lee's), or just before it
    /// (an age ", 24," may stand between: "Ben Cole, 24, who").</summary>
    private Subject? RelativeAntecedent(int comma, int low)
        => PersonBeforeAppositive(comma, low) ?? PersonBeforeComma(comma, low);

    /// <summary>"Mark Hay, a marine ecologist at Georgia Tech, who": the person before an appositive that starts with a
    /// lower-case word, the appositive ending at the comma <paramref name="comma"/>.</summary>
    private Subject? PersonBeforeAppositive(int comma, int low)
    {
        for (int m = comma - 1; m >= low && m >= comma - MaxAppositiveTokens; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark)
            {
                return null;
            }

            if (Document.IsPunctuation(m, ','))
            {
                return m + 1 < comma && Document.IsLowerWord(m + 1) ? PersonBeforeComma(m, low) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Mary Lou McDonald, leader of the Sinn Féin political party said", "Jo Lee, a senior fellow at the Council on Foreign
    /// Relations (CFR) said": a person's name of two or more words (not after a preposition: "According to Jo Lee, the
    /// spokesman said" is the spokesman's), a comma and an appositive that opens with a lower-case word, holds one that is no
    /// determiner, and runs to the word at <paramref name="k"/> before the verb, with no comma, clause word, pronoun or
    /// speech verb in it; the person, or null.
    /// </summary>
    private Subject? PersonBeforeUnclosedAppositive(int k, int low)
    {
        bool described = Document.IsLowerWord(k) && !Lexicon.IsDeterminer(Document.Text(k));
        for (int m = k - 1; m >= low && m >= k - MaxAppositiveTokens; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark)
            {
                return null;
            }

            if (Document.IsPunctuation(m, ','))
            {
                return described && Document.IsLowerWord(m + 1) && PersonBeforeComma(m, low) is { } person
                    && NameInterpreter.Interpret(Document, person.FirstToken, person.EndToken) is { WordCount: >= 2 }
                    && (person.FirstToken == low || !Document.IsLowerWord(person.FirstToken - 1) || !Lexicon.IsPreposition(Document.Text(person.FirstToken - 1)))
                    ? person
                    : null;
            }

            described |= Document.IsLowerWord(m) && !Lexicon.IsDeterminer(Document.Text(m));

            string word = Document.Text(m);
            if ((Tokens[m].Kind != TokenKind.Word && !Document.IsPunctuation(m, '(') && !Document.IsPunctuation(m, ')'))
                || (Document.IsLowerWord(m) && (Lexicon.IsClauseWord(word) || Lexicon.GetPronoun(word) != PronounKind.None
                    || SpeechCues.IsSpeechVerb(Document, m) || (Lexicon.IsAuxiliary(word) && !Lexicon.IsPreposition(word)))))
            {
                return null;
            }
        }

        return null;
    }

    private Subject? PersonBeforeComma(int comma, int low)
    {
        int k = comma - 1;
        if (k - 1 >= low && Tokens[k].Kind == TokenKind.Word && char.IsDigit(Body[Tokens[k].Start]) && Document.IsPunctuation(k - 1, ','))
        {
            k -= 2;
        }

        if (k < low || !Document.IsCapitalised(k) || Tokens[k].Quote >= 0)
        {
            return null;
        }

        int start = Document.RunStart(k, low);
        return NameInterpreter.Interpret(Document, start, k + 1) is { Kind: NameKind.Person } name
            ? new Subject(Document.TokenAt(name.Start), k + 1, PronounKind.None, AttributionRule.SpeechVerb, k)
            : null;
    }

    /// <summary>
    /// A person's name after one to <paramref name="maxDescriptors"/> lower-case descriptors starting at <paramref name="k"/>
    /// ("editor Heather Antos", "deputy director Michael Morell"); null when a descriptor is a preposition, clause word,
    /// pronoun, auxiliary or speech verb, or no person's name follows.
    /// </summary>
    private Subject? PersonAfterDescriptors(int k, int end, int maxDescriptors)
    {
        int m = k;
        while (m < end && m - k < maxDescriptors && Document.IsLowerWord(m) && Tokens[m].Quote < 0)
        {
            string word = Document.Text(m);
            if (Lexicon.IsPreposition(word) || Lexicon.IsClauseWord(word) || Lexicon.GetPronoun(word) != PronounKind.None
                || Lexicon.IsAuxiliary(word) || SpeechCues.IsSpeechVerb(Document, m))
            {
                return null;
            }

            m++;
        }

        if (m == k || m >= end || !Document.IsCapitalised(m) || Tokens[m].Quote >= 0)
        {
            return null;
        }

        int personEnd = Document.RunEnd(m, end);
        return NameInterpreter.Interpret(Document, m, personEnd) is { Kind: NameKind.Person }
            ? new Subject(m, personEnd, PronounKind.None, AttributionRule.SpeechVerb, personEnd - 1)
            : null;
    }

    /// <summary>
    /// "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called": the person right before a participle
    /// whose phrase ends at <paramref name="k"/> (at most 12 tokens, no punctuation, clause word or speech verb in it).
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
            if (Document.IsLowerWord(m) && word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal)
                && Document.IsCapitalised(m - 1) && Tokens[m - 1].Quote < 0)
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

    /// <summary>A person's name right after the comma at <paramref name="comma"/> (before <paramref name="end"/>), or null.</summary>
    private Subject? PersonAfterComma(int comma, int end, AttributionRule rule)
    {
        if (comma + 1 >= end || !Document.IsPunctuation(comma, ',') || !Document.IsCapitalised(comma + 1) || Tokens[comma + 1].Quote >= 0)
        {
            return null;
        }

        int personEnd = Document.RunEnd(comma + 1, end);
        return NameInterpreter.Interpret(Document, comma + 1, personEnd) is { Kind: NameKind.Person } person
            ? new Subject(Document.TokenAt(person.Start), personEnd, PronounKind.None, rule, personEnd - 1)
            : null;
    }

    private Subject? PersonInApposition(int comma, int limit)
    {
        if (comma + 1 >= limit || !Document.IsPunctuation(comma, ',') || !Document.IsCapitalised(comma + 1) || Tokens[comma + 1].Quote >= 0)
        {
            return null;
        }

        int end = Document.RunEnd(comma + 1, limit);
        return end < limit && Document.IsPunctuation(end, ',')
            && NameInterpreter.Interpret(Document, comma + 1, end) is { Kind: NameKind.Person, WordCount: >= 2 } name
            ? new Subject(Document.TokenAt(name.Start), end, PronounKind.None, AttributionRule.SpeechVerb, end - 1)
            : null;
    }

    /// <summary>Past a body noun right after a name ("the Biden <b>campaign</b>"), else <paramref name="runEnd"/>.</summary>
    private int WithBodyNoun(int runEnd, int limit)
        => runEnd < limit && Document.IsLowerWord(runEnd) && Tokens[runEnd].Quote < 0 && Lexicon.IsBodyNoun(Document.Text(runEnd)) ? runEnd + 1 : runEnd;

    /// <summary>The first token of the run that is no leading function word ("The Rolling Stones" → "Rolling").</summary>
    private int FirstNonFunctionWord(int first, int end)
    {
        while (first + 1 < end && Lexicon.IsFunctionWord(Document.Text(first)))
        {
            first++;
        }

        return first;
    }

    /// <summary>The first name or pronoun of the sentence, before <paramref name="limit"/>: the subject of "…, saying “…”".</summary>
    public Subject? MainSubject(int start, int limit)
    {
        int words = 0;
        for (int k = start; k < limit && k < start + MaxScanTokens && words < 8; k++)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            var pronoun = Lexicon.GetPronoun(Document.Text(k));
            if (pronoun != PronounKind.None)
            {
                return new Subject(k, k + 1, pronoun, AttributionRule.SpeechVerb, k);
            }

            // "The president did not concede …, and vowed": a role noun after the sentence's opening determiner, a verb
            // after it (not "The mayor of London, Sadiq Khan,": a name in apposition follows).
            if (words == 2 && Document.IsLowerWord(k) && Lexicon.NominalKind(Document.Text(k)) != NameKind.Unknown
                && Document.Text(k - 1) is "The" or "the" && k + 1 < limit && Document.IsLowerWord(k + 1)
                && !Lexicon.IsPreposition(Document.Text(k + 1)))
            {
                return new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
            }

            if (Document.IsCapitalised(k))
            {
                int runEnd = Document.RunEnd(k, limit);
                if (runEnd < limit && NationalityBeforeRoleNoun(k, runEnd) is { } nominal)
                {
                    return nominal;
                }

                // "Kazemi's uncle told CNN:": the relative or the person in a role speaks, not the one named before them
                // ("Jo Lee's spokesman" speaks for Jo Lee; "Jo Lee's lawyer, Tom Hale," is found as a name).
                if (Document.IsPossessive(runEnd - 1) && OwnersPersonNoun(runEnd, limit) is { } relative)
                {
                    return relative;
                }

                if (NameInterpreter.Interpret(Document, k, runEnd) is not null)
                {
                    // "Former CIA deputy director Michael Morell praised …": the person after the organisation's role;
                    // "The mayor of London, Sadiq Khan, gave …": the person in apposition.
                    int subjectEnd = WithBodyNoun(runEnd, limit);
                    return PersonAfterDescriptors(runEnd, limit, 3)
                        ?? PersonInApposition(runEnd, limit)
                        ?? new Subject(k, subjectEnd, PronounKind.None, AttributionRule.SpeechVerb, subjectEnd - 1);
                }

                k = runEnd - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// A role noun at <paramref name="k"/> that names the speaker ("police", "spokesperson"), when no name follows it
    /// within <paramref name="end"/> ("spokesperson Jo Lee" is Jo Lee, found as a name); "a spokesperson for the Home
    /// Office" gives the organisation.
    /// </summary>
    private Subject? NominalAt(int k, int end, AttributionRule rule)
    {
        var kind = Lexicon.NominalKind(Document.Text(k));
        int next = k + 1;

        // "said officials in Tidewater": people named by their place.
        int place = next + 1 < end && Document.Text(next + 1) is "the" ? next + 2 : next + 1;
        if (place < end && Document.IsCapitalised(place) && Tokens[place].Quote < 0 && IsGroupOf(k, place, Document.RunEnd(place, end)))
        {
            return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
        }

        bool nameFollows = next < end && (Document.IsCapitalised(next) || (Document.IsLowerWord(next) && Document.Text(next) is not ("for" or "of")));
        if (kind == NameKind.Unknown || nameFollows)
        {
            // "student protester Joshua Wong", "committee member Ulf Danielsson": a descriptor before a name.
            return null;
        }

        // "a Hampshire Police spokesman said", "an Interpol spokesperson stated": the body the spokesperson speaks for.
        if (Lexicon.IsSpokesNoun(Document.Text(k)) && Document.NameStartBefore(k, 0) is var body and >= 0)
        {
            return new Subject(body, k, PronounKind.None, rule, k);
        }

        // "said the captain, Jo Lee": the person in apposition holds the role.
        if (PersonAfterComma(next, end, rule) is { } captain)
        {
            return captain;
        }

        if (kind == NameKind.Person && next + 1 < end && Document.Text(next) is "for" or "of" && !Lexicon.IsRelationNoun(Document.Text(k)))
        {
            int org = Document.Text(next + 1) is "the" ? next + 2 : next + 1;
            if (org < end && Document.IsCapitalised(org) && Tokens[org].Quote < 0)
            {
                int orgEnd = Document.RunEnd(org, end);

                // "said the mayor of Toledo, Ana Ruiz": the person in apposition holds the role.
                return PersonAfterComma(orgEnd, end, rule) ?? new Subject(org, orgEnd, PronounKind.None, rule, orgEnd - 1);
            }
        }

        return new Subject(k, k + 1, PronounKind.None, rule, k, Nominal: true);
    }

    /// <summary>
    /// The subject of the clause that ends at <paramref name="end"/> (a comma before "saying"): the first name in it that
    /// a lower-case word other than a preposition follows ("While all agreed …, artist Leisha Riddell emphasized the need
    /// for boundaries, saying “…”"). The clause starts after the previous comma, or at the sentence start.
    /// </summary>
    public Subject? ClauseSubject(int sentenceStart, int end)
    {
        // "and said “…”" opening a paragraph: no clause before the verb.
        if (end <= sentenceStart)
        {
            return null;
        }

        int start = end - 1;
        while (start > sentenceStart && start > end - MaxScanTokens && !Document.IsPunctuation(start - 1, ',') && Tokens[start - 1].Quote < 0)
        {
            start--;
        }

        for (int k = start; k < end; k++)
        {
            if (Tokens[k].Quote >= 0 || !Document.IsCapitalised(k))
            {
                continue;
            }

            int runEnd = Document.RunEnd(k, end);

            // "Roger Roberts of the House of Lords initiated the petition, and stated": the person before "of" and a name.
            if (PersonOfNameBeforeVerb(k, runEnd, end) is { } person)
            {
                return person;
            }

            if (runEnd < end && Document.IsLowerWord(runEnd) && !Lexicon.IsPreposition(Document.Text(runEnd))
                && NameInterpreter.Interpret(Document, k, runEnd) is not null)
            {
                // "shot down a Ukrainian passenger jet, blaming": a name after "a" is no clause's subject; "Iranian
                // officials admitted …, blaming": a nationality before a role noun describes the noun, which is the subject.
                if (k > sentenceStart && Document.Text(k - 1) is "a" or "an")
                {
                    k = runEnd - 1;
                    continue;
                }

                if (NationalityBeforeRoleNoun(k, runEnd) is { } nominal)
                {
                    return nominal;
                }

                // "WHO vaccine chief Jean-Marie Okwo Bele told AFP …, stating": the person after the organisation's role
                // noun (not "Acme fired Jo Lee, saying").
                if (PersonAfterDescriptors(runEnd, end, 3) is { } described
                    && Lexicon.NominalKind(Document.Text(described.FirstToken - 1)) == NameKind.Person)
                {
                    return described;
                }

                int subjectEnd = WithBodyNoun(runEnd, end);
                return new Subject(k, subjectEnd, PronounKind.None, AttributionRule.SpeechVerb, subjectEnd - 1);
            }

            k = runEnd - 1;
        }

        return null;
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

    /// <summary>The person role noun (not a spokesperson's) after at most two lower-case words from <paramref name="k"/>:
    /// "lawyer", "longtime lawyer"; else null.</summary>
    private int? OwnersRoleNoun(int k, int end)
    {
        for (int m = k; m < end && m <= k + 2 && Document.IsLowerWord(m) && Tokens[m].Quote < 0; m++)
        {
            string word = Document.Text(m);
            if (Lexicon.NominalKind(word) == NameKind.Person)
            {
                return Lexicon.IsSpokesNoun(word) ? null : m;
            }
        }

        return null;
    }

    /// <summary>The lower-case relation or role noun of a person at <paramref name="k"/> (not a spokesperson's), with no
    /// name or further noun after it, as a nominal subject; else null.</summary>
    private Subject? OwnersPersonNoun(int k, int limit)
    {
        if (k + 1 >= limit || !Document.IsLowerWord(k) || Tokens[k].Quote >= 0 || Document.IsCapitalised(k + 1)
            || (Document.IsLowerWord(k + 1) && Lexicon.NominalKind(Document.Text(k + 1)) != NameKind.Unknown))
        {
            return null;
        }

        string word = Document.Text(k);
        return (Lexicon.IsRelationNoun(word) || Lexicon.NominalKind(word) == NameKind.Person) && !Lexicon.IsSpokesNoun(word)
            ? new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true)
            : null;
    }

    /// <summary>"Iranian officials": the role noun after a nationality of one word, as a nominal subject; else null.</summary>
    private Subject? NationalityBeforeRoleNoun(int k, int runEnd)
        => runEnd == k + 1 && Lexicon.IsDemonym(Document.Word(k)) && Lexicon.NominalKind(Document.Text(runEnd)) != NameKind.Unknown
            ? new Subject(runEnd, runEnd + 1, PronounKind.None, AttributionRule.SpeechVerb, runEnd, Nominal: true)
            : null;
}
