using System;

namespace ArticleGen.Generator.Analysis.Attribution;

// The subject of a sentence or of a clause before "…, saying": the first name that a verb follows.
internal sealed partial class SubjectFinder
{
    /// <summary>The first name or pronoun of the sentence, before <paramref name="limit"/>: the subject of "…, saying “…”".</summary>
    public Subject? MainSubject(int start, int limit)
    {
        // "In an interview with the BBC, Jo Lee said", "Underwhelmed with her role, she left": the subject follows a phrase
        // that opens the sentence.
        int opened = AfterOpeningPhrase(start, limit) - start;
        start += opened;

        // "Asked what was said, the former laughed: “…”": the one of the pair named before that the word stands for.
        if (start + 1 < limit && Document.Text(start) is "The" or "the" && Document.Text(start + 1) is "former" or "latter"
            && PersonReference(start + 1, AttributionRule.SpeechVerb) is { } pairMember)
        {
            return pairMember;
        }

        if (RoleNounAfterDeterminer(start, limit) is { } role)
        {
            // "The mosque's imam, who gave his name as Asseyuti, commented": the name the text gives the role, after a comma.
            return role.Nominal && role.EndToken < limit && Document.IsPunctuation(role.EndToken, ',') && NameGivenAfter(role.EndToken, limit) is { } given
                ? given
                : role;
        }

        // "Outside the airport, striking workers marched": a group opening the clause after an opening phrase.
        if (opened > 0 && GroupOpeningClause(start, limit) is { } group)
        {
            return group;
        }

        // "On Wednesday, lawyers for the former president filed …": a plural role noun without a determiner opening the clause,
        // before "for", "of" or "from", is its subject, not a name after the preposition.
        if (start + 1 < limit && Tokens[start].Quote < 0 && Document.IsLowerWord(start) && Lexicon.IsPluralNoun(Document.Text(start))
            && Lexicon.NominalKind(Document.Text(start)) != NameKind.Unknown && Document.Text(start + 1) is "for" or "of" or "from")
        {
            return new Subject(start, start + 1, PronounKind.None, AttributionRule.SpeechVerb, start, Nominal: true);
        }

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

            if (Document.IsCapitalised(k))
            {
                int runEnd = Document.RunEnd(k, limit);

                // "Minister of Sport and Culture Zizi Kodwa reflected …, labelling": the body a title is of is no subject; the
                // person its list of bodies ends with is.
                if (PersonAfterTitlesBodies(k, runEnd, limit) is { } holder)
                {
                    return holder;
                }

                if (IsOpeningAdjective(k, start, runEnd, limit))
                {
                    continue;
                }

                if (JoinedBody(k, runEnd, limit) is { } joined)
                {
                    return joined;
                }

                if (runEnd < limit && NationalityBeforeRoleNoun(k, runEnd) is { } nominal)
                {
                    return nominal;
                }

                if (RoleNounAfterBodysName(k, start, runEnd, limit) is { } described)
                {
                    return described;
                }

                // "Kazemi's uncle told CNN:": the relative or the person in a role speaks, not the one named before them
                // ("Jo Lee's spokesman" speaks for Jo Lee; "Jo Lee's lawyer, Tom Hale," is found as a name, as is the person
                // after a role that descriptors lead to, "Portvale's chief harbour spokesman, Jo Lee,"), and "Alden's brother
                // Joe was in court and said" is the brother, by the name after the noun.
                if (Document.IsPossessive(runEnd - 1)
                    && (PersonInAppositionToRole(runEnd, limit) ?? OwnersPersonNoun(runEnd, limit) ?? OwnersRelativeByName(runEnd, limit)
                        ?? OwnersBodyOfKind(runEnd, limit)) is { } relative)
                {
                    return relative;
                }

                if (NameInterpreter.Interpret(Document, k, runEnd) is not null)
                {
                    // "Former CIA deputy director Michael Morell praised …": the person after the organisation's role;
                    // "The mayor of London, Sadiq Khan, gave …": the person in apposition.
                    int subjectEnd = WithBodyNoun(runEnd, limit);
                    return PersonAfterDescriptors(runEnd, limit, 3)
                        ?? (Document.IsPossessive(runEnd - 1) ? BodyAfterOwnersNoun(runEnd, limit) : BodyAfterKindNoun(runEnd, limit))
                        ?? PersonInApposition(runEnd, limit)
                        ?? PersonInAppositionToRole(runEnd, limit)
                        ?? new Subject(k, subjectEnd, PronounKind.None, AttributionRule.SpeechVerb, subjectEnd - 1);
                }

                k = runEnd - 1;
            }
        }

        return null;
    }

    /// <summary>"An unnamed senior CIA official stood by it, saying", "“…,” the SAG-AFTRA president said in a speech, calling":
    /// a body's name [<paramref name="k"/>, <paramref name="runEnd"/>) after a determiner describes the role noun after it,
    /// which speaks as itself and is the subject (a nominal); null otherwise ("A CIA spokesman" speaks for the body, found as
    /// a name).</summary>
    private Subject? RoleNounAfterBodysName(int k, int start, int runEnd, int limit)
        => (IsIndefiniteOrDefiniteBefore(k, start) || IsArticleOpeningRun(k, runEnd)) && runEnd + 1 < limit && !Document.IsPossessive(runEnd - 1)
            && IsRoleNounSpeakingAsItself(runEnd) && Document.IsLowerWord(runEnd + 1)
            && Lexicon.NominalKind(Document.Text(runEnd + 1)) == NameKind.Unknown
                ? new Subject(runEnd, runEnd + 1, PronounKind.None, AttributionRule.SpeechVerb, runEnd, Nominal: true)
                : null;

    /// <summary>"In the capital, Selvar, supporters erupted in joy and chanted", "Outside the airport, striking workers marched
    /// with signs reading": a group's plural noun alone opens the clause at <paramref name="first"/>, after one modifier or
    /// not ("…, and home fans responded by chanting"), before a word that is no noun or preposition (its verb); the group as
    /// a nominal subject, or null.</summary>
    private Subject? GroupOpeningClause(int first, int end)
    {
        int group = first + 2 < end && Tokens[first].Quote < 0 && Document.IsLowerWord(first)
            && Lexicon.NominalKind(Document.Text(first)) == NameKind.Unknown && !Lexicon.IsPreposition(Document.Text(first))
            && !Lexicon.IsClauseWord(Document.Text(first)) && Lexicon.IsPluralNoun(Document.Text(first + 1))
            ? first + 1
            : first;
        return group + 1 < end && Tokens[group].Quote < 0 && Document.IsLowerWord(group) && Document.IsLowerWord(group + 1)
            && Lexicon.IsPluralNoun(Document.Text(group)) && Lexicon.NominalKind(Document.Text(group)) != NameKind.Unknown
            && Lexicon.NominalKind(Document.Text(group + 1)) == NameKind.Unknown && !Lexicon.IsPreposition(Document.Text(group + 1))
            && !Lexicon.IsClauseWord(Document.Text(group + 1)) && !IsPassiveAfter(group + 1, end)
                ? new Subject(group, group + 1, PronounKind.None, AttributionRule.SpeechVerb, group, Nominal: true)
                : null;
    }

    /// <summary>Whether a passive verb opens at <paramref name="auxiliary"/> ("were told", "had been warned"): its subject is
    /// spoken to or acted on, and speaks no words of the sentence.</summary>
    private bool IsPassiveAfter(int auxiliary, int end)
        => auxiliary + 1 < end && SpeechCues.IsPassiveAuxiliary(Document, auxiliary) && Document.IsLowerWord(auxiliary + 1)
            && Document.Text(auxiliary + 1) is var verb && (verb is "told" || (verb.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsPreposition(verb)));

    /// <summary>"… to keep people safe in the Okanagan but right across the province, adding": a name after a preposition (and
    /// "the" or a compass word) is no clause's subject; "according to" names a source, which is.</summary>
    private bool IsPrepositionsObject(int k, int start)
        => Document.FollowsPreposition(k, start) && Document.BeforeNameModifiers(k, start) is var preposition
            && !(Document.Text(preposition) is "to" && preposition > start && Document.Text(preposition - 1) is "according" or "According");

    /// <summary>"Minister of Sport, Arts and Culture Zizi Kodwa": the person at the end of a title's list of bodies that the
    /// run [<paramref name="k"/>, <paramref name="runEnd"/>) is one of, joined over commas and "and" (the title read back from
    /// the person's run over the list, as <see cref="NameInterpreter.PersonAfterTitleOf"/> reads it); null when the list
    /// ends in no titled person.</summary>
    private Subject? PersonAfterTitlesBodies(int k, int runEnd, int limit)
    {
        if (runEnd >= limit || !(Document.IsPunctuation(runEnd, ',') || Document.Text(runEnd) is "and"))
        {
            return null;
        }

        for (int m = runEnd; m + 1 < limit && (Document.IsPunctuation(m, ',') || Document.Text(m) is "and")
            && Tokens[m + 1].Quote < 0 && Document.IsCapitalised(m + 1);)
        {
            int next = Document.RunEnd(m + 1, limit);
            if (NameInterpreter.PersonAfterTitleOf(Document, m + 1, next) is { } person)
            {
                return new Subject(Document.TokenAt(person.Start), next, PronounKind.None, AttributionRule.SpeechVerb, next - 1);
            }

            m = next;
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="k"/>, after a body's or a people's name, is a role noun of one person who
    /// speaks as themselves ("a senior CIA official"), not for the body ("a CIA spokesman").</summary>
    private bool IsRoleNounSpeakingAsItself(int k)
        => Document.IsLowerWord(k) && Tokens[k].Quote < 0 && Lexicon.NominalKind(Document.Text(k)) == NameKind.Person
            && !Lexicon.IsSpokesNoun(Document.Text(k));

    /// <summary>"A Tidewater activist begged …": the article that opens the sentence is read into the capitalised run of the
    /// name after it, which then describes the role noun as after a lower-case article.</summary>
    private bool IsArticleOpeningRun(int k, int runEnd) => runEnd > k + 1 && Document.Text(k) is "A" or "An" or "The";

    /// <summary>Whether "a", "an", "the" or "one" stands before the token at <paramref name="k"/>, up to two lower-case
    /// modifiers between ("an unnamed senior CIA official"), from <paramref name="start"/> on.</summary>
    private bool IsIndefiniteOrDefiniteBefore(int k, int start)
    {
        for (int d = k - 1; d >= start && d >= k - 3 && Tokens[d].Kind == TokenKind.Word && Tokens[d].Quote < 0; d--)
        {
            if (Document.Text(d) is "a" or "an" or "the" or "one" or "A" or "An" or "The" or "One")
            {
                return true;
            }

            if (!Document.IsLowerWord(d))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"The Dairy and Food Workers' Union said …, accusing": one body's name that goes on over "and", "&amp;" or a
    /// list from the run [<paramref name="k"/>, <paramref name="runEnd"/>); null when the run ends the name.</summary>
    private Subject? JoinedBody(int k, int runEnd, int limit)
        => JoinedOrganization.GoesOnAfter(Document, runEnd, limit) && FirstNonFunctionWord(k, runEnd) is var first
            && JoinedOrganization.End(Document, first, runEnd, limit) is var end and >= 0
            ? new Subject(first, end, PronounKind.None, AttributionRule.SpeechVerb, end - 1)
            : null;

    /// <summary>"Turkey's disaster agency AFAD said": the body named after its owner's possessive and up to three lower-case
    /// words, one of them a noun of a body; null otherwise.</summary>
    private Subject? BodyAfterOwnersNoun(int k, int end)
    {
        int m = DescriptorsEnd(k, end, 3);
        if (m <= k || m >= end || !Document.IsCapitalised(m) || Tokens[m].Quote >= 0)
        {
            return null;
        }

        for (int d = k; d < m; d++)
        {
            if (Lexicon.NominalKind(Document.Text(d)) == NameKind.Organization)
            {
                int bodyEnd = Document.RunEnd(m, end);
                return new Subject(m, bodyEnd, PronounKind.None, AttributionRule.SpeechVerb, bodyEnd - 1);
            }
        }

        return null;
    }

    /// <summary>"Budget airline Ryanair cut 300 flights, saying", "Digital rights group OpenScreen welcomed the ruling but
    /// said": the body named right after a noun of its kind that ends up to three lower-case descriptors after the run that
    /// opens the sentence (the run describes the body; it is not the subject); null otherwise.</summary>
    private Subject? BodyAfterKindNoun(int k, int end)
    {
        int m = DescriptorsEnd(k, end, 3);
        if (m <= k || m >= end || !Document.IsCapitalised(m) || Tokens[m].Quote >= 0
            || Lexicon.NominalKind(Document.Text(m - 1)) != NameKind.Organization)
        {
            return null;
        }

        // "Acme sued rival airline Ryanair, saying": a verb among the words makes the body its object.
        for (int d = k; d < m - 1; d++)
        {
            string word = Document.Text(d);
            if (word is "and" or "or" or "but" || (word.EndsWith("ed", StringComparison.Ordinal) && word.IndexOf('-') < 0))
            {
                return null;
            }
        }

        int bodyEnd = Document.RunEnd(m, end);
        return NameInterpreter.Interpret(Document, m, bodyEnd) is { Kind: not NameKind.Person }
            ? new Subject(m, bodyEnd, PronounKind.None, AttributionRule.SpeechVerb, bodyEnd - 1)
            : null;
    }

    /// <summary>
    /// "The president did not concede …", "A federal judge on Friday blocked …", "Many residents were angry", "His family
    /// said": a role noun that opens the clause at <paramref name="start"/> after a determiner, a possessive or a quantity
    /// ("The", "A", "One", "His", "Many", "Several", "Two") and at most two lower-case modifiers, with a verb or a day after it (not "The mayor of London,
    /// Sadiq Khan,": a name in apposition follows; not "An official government Twitter account": a noun follows); null
    /// otherwise.
    /// </summary>
    private Subject? RoleNounAfterDeterminer(int start, int limit)
    {
        bool possessive = start < limit && Document.Text(start) is "His" or "Her" or "Their" or "Its";
        int amount = AmountBeforeCount(start, limit);
        if (start >= limit || Tokens[start].Quote >= 0
            || !(Document.Text(start) is "The" or "the" or "A" or "a" or "An" or "an" or "One" || possessive || amount > start
                || (Tokens[start].Kind == TokenKind.Word && Lexicon.IsCountingOrUnnamingWord(Document.Text(start).ToLowerInvariant()))))
        {
            return null;
        }

        // "More than 300 doctors signed", "Nearly 400 residents": the words of an amount before the count.
        start = amount > start ? amount - 1 : start;

        // "Dozens of supporters held placards", "Thousands of the party's supporters chanted": the group after the count;
        // "One of the victims recalled" is one of the group ("One of the study's authors, Jo Lee," names one person, in
        // apposition).
        int first = start + 1;
        bool oneOf = Document.Text(start) is "One" or "one" && first < limit && Document.Text(first) is "of";
        bool countOf = false;
        if ((oneOf || Lexicon.IsCountingOrUnnamingWord(Document.Text(start).ToLowerInvariant()))
            && first + 1 < limit && Document.Text(first) is "of")
        {
            first += Document.Text(first + 1) is "the" or "their" or "its" ? 2 : 1;
            countOf = !oneOf;

            // "Tens of thousands of people": a count of a count.
            while (first + 2 < limit && Lexicon.IsCountingOrUnnamingWord(Document.Text(first)) && Document.Text(first + 1) is "of")
            {
                first += 2;
            }
        }

        // "A reported 50,000 campaigners filled the square", "An estimated 300 residents": a count (after "reported" or
        // "estimated") is a modifier of the group.
        if (first + 1 < limit && Document.Text(first) is "reported" or "estimated" && IsCount(first + 1))
        {
            first++;
        }

        while (first + 1 < limit && IsCount(first))
        {
            first += first + 2 < limit && Document.IsPunctuation(first + 1, ',') && IsCount(first + 2) ? 2 : 1;
        }

        for (int k = first; k < limit && k <= first + 2; k++)
        {
            string word = Document.Text(k);
            if (Tokens[k].Kind != TokenKind.Word || Tokens[k].Quote >= 0 || !(Document.IsLowerWord(k) || Document.AgeNoun(k) >= 0)
                || Lexicon.IsPreposition(word) || Lexicon.IsClauseWord(word) || SpeechCues.IsSpeechVerb(Document, k))
            {
                return null;
            }

            // "The 52-year-old paused, saying …": an age before a verb stands for the person, as "the 52-year-old said" does.
            // "The 18-year-old, who finished ahead of …, said": so does one a relative clause describes.
            if (Document.AgeNoun(k) >= 0 && k + 1 < limit
                && ((Document.IsLowerWord(k + 1) && Tokens[k + 1].Quote < 0
                        && (Lexicon.IsAuxiliary(Document.Text(k + 1)) || Document.Text(k + 1).EndsWith("ed", StringComparison.Ordinal)))
                    || (k + 2 < limit && Document.IsPunctuation(k + 1, ',') && Document.Text(k + 2) is "who")))
            {
                return new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
            }

            // "A spokesperson for the government confirmed": the body the spokesperson speaks for.
            if (Lexicon.IsSpokesNoun(word) && k + 3 < limit && Document.Text(k + 1) is "for" or "from" && Document.Text(k + 2) is "the"
                && Document.IsLowerWord(k + 3) && Tokens[k + 3].Quote < 0 && Lexicon.NominalKind(Document.Text(k + 3)) == NameKind.Organization)
            {
                return new Subject(k + 3, k + 4, PronounKind.None, AttributionRule.SpeechVerb, k + 3, Nominal: true);
            }

            // "The government of American Samoa issued a statement": the government named by its country, a body of its own.
            if (word is "government" && k + 2 < limit && Document.Text(k + 1) is "of" && Document.IsCapitalised(k + 2) && Tokens[k + 2].Quote < 0
                && Document.RunEnd(k + 2, limit) is var country && country < limit && Document.IsLowerWord(country))
            {
                return new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
            }

            // "A police officer", "An official government account": a role noun before another noun is its modifier.
            // "Thousands of people chanted", "Some people called for": after a count, "people" is the group that speaks.
            // "Her mother listened to the demo and told her": a relation after the owner's word, too.
            if ((Lexicon.NominalKind(word) != NameKind.Unknown || (possessive && k == start + 1 && Lexicon.IsRelationNoun(word))
                    || (word is "people" && (countOf || (k == start + 1 && Lexicon.IsCountingOrUnnamingWord(Document.Text(start).ToLowerInvariant())))))
                && !(k + 1 < limit && Lexicon.NominalKind(Document.Text(k + 1)) != NameKind.Unknown))
            {
                // "One woman, who asked not to be named, said": a comma may open a relative clause or an appositive; not
                // after a possessive ("His main rival, incumbent governor Jo Lee,", "His neighbour, who gave her name only as
                // Jenny,": the name in apposition is the subject), nor after "one of" but for a relative clause ("One of the
                // victims, who was 80, recalled").
                return k + 1 < limit
                    && ((Document.IsLowerWord(k + 1)
                            && (!Lexicon.IsPreposition(Document.Text(k + 1))
                                || (Document.Text(k + 1) is "on" && k + 2 < limit && Lexicon.IsWeekday(Document.Word(k + 2)))
                                || SpeechVerbAfterLowerCasePhrase(k + 2, limit) || (Lexicon.IsPluralNoun(word) && PlaceBeforeVerb(k + 1, limit))
                                || (countOf && Document.Text(k + 1) is "of")))
                        || (Document.IsPunctuation(k + 1, ',') && k + 2 < limit && Document.IsLowerWord(k + 2) && !possessive
                            && (!oneOf || Document.Text(k + 2) is "who")))
                    ? new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true)
                    : null;
            }
        }

        return null;
    }

    /// <summary>"doctors in Estavia have signed", "residents across Tidewater said", "One of the victims from Saraf Jidad, who
    /// …, recalled": "in", "across" or "from" at <paramref name="preposition"/> after a group, a place's name and the group's
    /// verb or a relative clause after it (a body after "at" or "from" speaks through its people instead; after "from" a
    /// name of a person's shape is a place's, as no group comes from a person).</summary>
    private bool PlaceBeforeVerb(int preposition, int limit)
    {
        int place = preposition + 1;
        if (place >= limit || Document.Text(preposition) is not ("in" or "across" or "from") || !Document.IsCapitalised(place) || Tokens[place].Quote >= 0)
        {
            return false;
        }

        int end = Document.RunEnd(place, limit);
        return end < limit && Tokens[end].Quote < 0
            && ((Document.IsLowerWord(end) && !Lexicon.IsPreposition(Document.Text(end)))
                || (end + 1 < limit && Document.IsPunctuation(end, ',') && Document.Text(end + 1) is "who"))
            && NameInterpreter.Interpret(Document, place, end) is { Kind: var kind } && kind != NameKind.Organization
            && (kind != NameKind.Person || Document.Text(preposition) is "from");
    }

    /// <summary>"Archaeological excavations near the Temple Mount are mentioned, suggesting": the one-word run at
    /// <paramref name="k"/>, opening the sentence or clause at <paramref name="start"/>, is an adjective before its
    /// lower-case noun, no name.</summary>
    private bool IsOpeningAdjective(int k, int start, int runEnd, int limit)
        => k == start && runEnd == k + 1 && runEnd < limit && Document.IsLowerWord(runEnd) && IsAdjectiveShaped(Document.Word(k));

    /// <summary>"Archaeological", "Dangerous", "Legislative": a long capitalised word with an adjective's ending, which no
    /// given name or surname of the lexicon is.</summary>
    private static bool IsAdjectiveShaped(string word)
        => word.Length >= 8 && GivenNames.Of(word) == Gender.Unknown
            && (word.EndsWith("ical", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal)
                || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("able", StringComparison.Ordinal)
                || word.EndsWith("ible", StringComparison.Ordinal) || word.EndsWith("ful", StringComparison.Ordinal));

    /// <summary>The count after the words of an amount that open a sentence or a clause after its opening phrase at
    /// <paramref name="start"/> ("More than 300", "Nearly 400", "About 40", "On Friday, about 200 nurses"); <paramref
    /// name="start"/> when no such words stand there.</summary>
    private int AmountBeforeCount(int start, int limit)
    {
        int count = start + 2 < limit && Document.Text(start) is "More" or "Fewer" or "Less" or "more" or "fewer" or "less"
                && Document.Text(start + 1) is "than" ? start + 2
            : start + 1 < limit && Document.Text(start) is "Nearly" or "Almost" or "About" or "Around" or "Roughly" or "Over"
                or "nearly" or "almost" or "about" or "around" or "roughly" or "over" ? start + 1
            : start;
        return count > start && IsCount(count) ? count : start;
    }

    private bool IsCount(int k) => Tokens[k].Kind == TokenKind.Word && Tokens[k].Quote < 0 && Lexicon.IsNumber(Document.Text(k));

    /// <summary>"An attorney for several families said": whether a speech verb follows the preposition's object at
    /// <paramref name="k"/>, at most <see cref="MaxMemberModifiers"/> lower-case words (no name, no clause) before it.</summary>
    private bool SpeechVerbAfterLowerCasePhrase(int k, int limit)
    {
        for (int m = k; m < limit && m <= k + MaxMemberModifiers; m++)
        {
            if (Tokens[m].Kind != TokenKind.Word || Tokens[m].Quote >= 0 || !Document.IsLowerWord(m) || Lexicon.IsClauseWord(Document.Text(m)))
            {
                return false;
            }

            if (m > k && SpeechCues.IsSpeechVerb(Document, m))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Marchetti said Kowal had leaned over the net and whispered: “…”", "She recalled that a soldier had handed her a
    /// chocolate bar and said", "He said his brother had called him to say he was “…”": the subject of a clause in the past
    /// perfect that a verb of saying reports, when the verb of saying after <paramref name="and"/> (an "and" or the "to" of
    /// an infinitive) goes on from it; null when no such clause ends there ("Jo Lee said Tom Hale was wrong and added" goes
    /// on from Jo Lee). No comma stands between.
    /// </summary>
    public Subject? ReportedClauseSubject(int sentenceStart, int and)
    {
        for (int k = and - 1; k > sentenceStart && k > and - MaxScanTokens; k--)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }

            if (!Document.IsLowerWord(k) || Document.Text(k) is "told" or "tell" or "tells" || !SpeechCues.IsSpeechVerbUse(Document, k)
                || SpeechCues.IsParticiple(Document, k))
            {
                continue;
            }

            int first = k + 1 < and && Document.Text(k + 1) is "that" ? k + 2 : k + 1;
            return first < and && (OwnersRelative(first) ?? MainSubject(first, and)) is { } reported && reported.EndToken < and
                && OpensClause(first, reported.FirstToken)
                && (Document.Text(reported.EndToken) is "had"
                    || (reported.EndToken + 1 < and && Document.Text(reported.EndToken).EndsWith("ly", StringComparison.Ordinal)
                        && Document.Text(reported.EndToken + 1) is "had"))
                ? reported
                : null;
        }

        return null;
    }

    /// <summary>Whether only a determiner and modifiers stand from <paramref name="first"/> to the subject at <paramref
    /// name="subject"/> ("an American soldier"): no preposition or subordinator ("pointed out that while Manning had"), which
    /// would put the subject in a clause of its own.</summary>
    private bool OpensClause(int first, int subject)
    {
        for (int m = first; m < subject; m++)
        {
            string word = Document.Text(m);
            if (Lexicon.IsPreposition(word) || Lexicon.IsOpeningSubordinator(word) || word is "that" or "whether")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"her mother", "his captors": a person's noun after a possessive pronoun at <paramref name="k"/>, inside a
    /// sentence, as a reported clause's subject; null otherwise.</summary>
    private Subject? OwnersRelative(int k)
        => k + 1 < Tokens.Length && Document.Text(k) is "his" or "her" or "their" && Document.IsLowerWord(k + 1) && Tokens[k + 1].Quote < 0
            && (Lexicon.IsPersonNoun(Document.Text(k + 1)) || Lexicon.NominalKind(Document.Text(k + 1)) != NameKind.Unknown)
            ? new Subject(k + 1, k + 2, PronounKind.None, AttributionRule.SpeechVerb, k + 1, Nominal: true)
            : null;

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

        // "Jo Lee said it was a “positive factor” that Acme submitted its plans, but added": a clause after a quote that opens
        // with "that" is the complement of a verb before the quote; the sentence's subject goes on.
        if (start > sentenceStart && Tokens[start - 1].Quote >= 0 && Tokens[start].Quote < 0 && Document.Text(start) is "that")
        {
            return null;
        }

        // "Mayor Ford, an African-American, was puzzled as to why the NSM chose Toledo, and said": a clause that opens with an
        // auxiliary goes on from a subject before its comma, the sentence's.
        if (start > sentenceStart && Tokens[start].Quote < 0 && Document.IsLowerWord(start) && Lexicon.IsAuxiliary(Document.Text(start)))
        {
            return null;
        }

        // "Sir Roger Fenwick, said he had congratulated Tariq Mahmood and wished him well, adding": a clause that opens with
        // a verb of saying goes on from the subject before its comma; the names in it are its objects. But "…, said the
        // veteran diplomat, adding": a verb of saying whose subject after it runs up to the comma names it there.
        if (start > sentenceStart && Tokens[start].Quote < 0 && Document.IsLowerWord(start) && SpeechCues.IsSpeechVerbUse(Document, start))
        {
            return AfterVerbOpeningClause(start, end, 3) is { Pronoun: PronounKind.None } inverted && inverted.EndToken == end
                ? inverted
                : null;
        }

        // "Protesters, who want him gone, filled the square in Cairo today, chanting": a clause that opens with a verb in the
        // past goes on from the subject before its comma; the names in it are its objects.
        if (start > sentenceStart && Tokens[start].Quote < 0 && Document.IsLowerWord(start) && Document.Text(start) is var opener
            && opener.Length > 4 && opener.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.IsAuxiliary(opener)
            && Lexicon.NominalKind(opener) == NameKind.Unknown && !Lexicon.IsPreposition(opener))
        {
            return null;
        }

        // "Jo Lee wrote to the Harbour Board, which refused, saying": a relative clause speaks for the name it follows, a
        // body's after "which", a person's after "who"; a body's name may run over "of", "for" or "on" ("filed with the Court
        // of Appeal, which declined to overturn Robart's decision, stating").
        if (start - 2 >= sentenceStart && Tokens[start].Quote < 0 && Document.Text(start) is "which" or "who"
            && Document.IsPunctuation(start - 1, ',') && Tokens[start - 2].Quote < 0 && Document.IsCapitalised(start - 2)
            && Document.RunStart(start - 2, sentenceStart) is var lastRun
            && (Document.Text(start) is "which" ? Document.JoinedRunStart(lastRun, sentenceStart, word => word is "of" or "for" or "on") : lastRun) is var antecedent
            && NameInterpreter.Interpret(Document, antecedent, start - 1) is { } named
            && (Document.Text(start) is "who" ? named.Kind == NameKind.Person
                : named.Kind == NameKind.Organization || (named.Kind == NameKind.Unknown && Lexicon.NamesPublicBody(named.Name))))
        {
            return new Subject(Document.TokenAt(named.Start), start - 1, PronounKind.None, AttributionRule.SpeechVerb, start - 2);
        }

        // "He said he would write to Egyptian officials …, and added": a pronoun opening the clause is its subject; "…, and that
        // the captain then came on the intercom and said": so is a role noun after "and", "but" or "that".
        int subjectStart = start;
        while (subjectStart + 1 < end && Tokens[subjectStart].Quote < 0 && Document.Text(subjectStart) is "and" or "but" or "that")
        {
            subjectStart++;
        }

        if (Tokens[start].Quote < 0 && Lexicon.GetPronoun(Document.Text(start)) is var pronoun and not PronounKind.None)
        {
            return new Subject(start, start + 1, pronoun, AttributionRule.SpeechVerb, start);
        }

        if (RoleNounAfterDeterminer(subjectStart, end) is { } role)
        {
            return role;
        }

        if (start > sentenceStart && GroupOpeningClause(subjectStart, end) is { } group)
        {
            return group;
        }

        for (int k = start; k < end; k++)
        {
            if (Tokens[k].Quote >= 0 || !Document.IsCapitalised(k))
            {
                continue;
            }

            int runEnd = Document.RunEnd(k, end);
            if (IsOpeningAdjective(k, start, runEnd, end))
            {
                continue;
            }

            if (RoleNounAfterBodysName(k, start, runEnd, end) is { } roleNoun)
            {
                return roleNoun;
            }

            if (PersonAfterTitlesBodies(k, runEnd, end) is { } holder)
            {
                return holder;
            }

            if (JoinedBody(k, runEnd, end) is { } joined)
            {
                return joined;
            }

            // "Roger Roberts of the House of Lords initiated the petition, and stated": the person before "of" and a name.
            if (PersonOfNameBeforeVerb(k, runEnd, end) is { } person)
            {
                return person;
            }

            // "Hossein Zolfeqari on Wednesday ruled out reports that Ahvaz pipelines were hit and said": a day after the name
            // stands between it and its verb.
            int verbAfter = runEnd + 1 < end && Document.Text(runEnd) is "on" && Lexicon.IsWeekday(Document.Word(runEnd + 1)) ? runEnd + 2 : runEnd;
            if (verbAfter < end && Document.IsLowerWord(verbAfter) && !Lexicon.IsPreposition(Document.Text(verbAfter))
                && NameInterpreter.Interpret(Document, k, runEnd) is not null)
            {
                // "shot down a Ukrainian passenger jet, blaming", "as “zurdos”, a derogatory Argentine slang term, and wrote":
                // a name after "a" (and up to two modifiers) is no clause's subject; "Iranian officials admitted …, blaming":
                // a nationality before a role noun describes the noun, which is the subject.
                if (k > sentenceStart && IsIndefiniteBefore(k))
                {
                    k = runEnd - 1;
                    continue;
                }

                if (IsPrepositionsObject(k, start))
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

                if (PersonInAppositionToRole(runEnd, end) is { } appositive)
                {
                    return appositive;
                }

                // "Alden's brother Joe was in court and said": the relative the noun names; "Saudi Arabia's energy minister
                // warned traders, promising": the person in the role.
                if (Document.IsPossessive(runEnd - 1)
                    && (BodyAfterOwnersNoun(runEnd, end) ?? OwnersRelativeByName(runEnd, end) ?? OwnersPersonNoun(runEnd, end)) is { } owned)
                {
                    return owned;
                }

                if (!Document.IsPossessive(runEnd - 1) && BodyAfterKindNoun(runEnd, end) is { } body)
                {
                    return body;
                }

                int subjectEnd = WithBodyNoun(runEnd, end);
                return new Subject(k, subjectEnd, PronounKind.None, AttributionRule.SpeechVerb, subjectEnd - 1);
            }

            k = runEnd - 1;
        }

        return null;
    }
}
