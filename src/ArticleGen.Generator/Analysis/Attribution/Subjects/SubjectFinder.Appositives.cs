namespace ArticleGen.Generator.Analysis.Attribution;

// Appositives: the person named before or after a description set off by commas or dashes, closed or left unclosed.
internal sealed partial class SubjectFinder
{
    /// <summary>
    /// Whether the tokens from <paramref name="first"/> to the comma at <paramref name="comma"/> describe the name before
    /// them: a phrase opening with a lower-case word or a title ("a fire service spokesman", "Chair in …"), an age ("54"), a
    /// party and state ("R-Texas", "D-Calif."), or a phrase ending in a role noun ("UNHCR spokesperson").
    /// </summary>
    private bool IsAppositive(int first, int comma)
        => (Document.IsLowerWord(first) && !OpensConjoinedClause(first, comma)) || Lexicon.IsTitle(Document.Word(first))
            || (first + 1 == comma && Document.Age(first) >= 0)
            || (IsPartyTag(first) && (first + 1 == comma || (first + 2 == comma && Document.IsPunctuation(comma - 1, '.'))))
            || (Document.IsLowerWord(comma - 1) && Lexicon.NominalKind(Document.Text(comma - 1)) == NameKind.Person)
            || OwnersNoun(first, comma)
            || PostNominals(first, comma)
            || OpensWithTitleNamingNoOne(first, comma);

    /// <summary>"Group Director of Research at the trust": a capitalised run that names no one by a title opens the phrase.</summary>
    private bool OpensWithTitleNamingNoOne(int first, int comma)
        => Document.IsCapitalised(first) && Document.RunEnd(first, comma) is var runEnd && runEnd < comma && NameInterpreter.IsTitleNamingNoOne(Document, first, runEnd);

    /// <summary>"…, while Tidewater Foods, in a post, called": a conjunction opens a clause of its own, no appositive ("Jo
    /// Lee, though, said" keeps the single word; "The mother, while crying, told" a participle with no subject of its own,
    /// which describes the name before).</summary>
    private bool OpensConjoinedClause(int first, int comma)
        => first + 1 < comma && Document.Text(first) is "and" or "but" or "or" or "nor" or "yet" or "while" or "whereas" or "although"
            or "though" or "because" or "so"
            && !(Document.Text(first) is "while" or "although" or "though" && SpeechCues.IsParticiple(Document, first + 1));

    /// <summary>"Jo Lee, Ph.D., said", "Jo Lee, QC, MBE, said": letters after a name, which are no name of their own.</summary>
    private bool PostNominals(int first, int comma)
    {
        for (int k = first; k < comma; k++)
        {
            if (!Lexicon.IsPostNominal(Document.Text(k)) && !Document.IsPunctuation(k, '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Jo Lee's husband", "Acme's chief engineer": a name's possessive, then only lower-case words to the comma;
    /// or an owner's title (<see cref="OwnersTitle"/>).</summary>
    private bool OwnersNoun(int first, int comma)
    {
        int k = comma - 1;
        while (k > first && Document.IsLowerWord(k))
        {
            k--;
        }

        return (k < comma - 1 && Document.IsPossessive(k) && Document.IsCapitalised(first)) || OwnersTitle(first, comma);
    }

    /// <summary>"Acme's VP of Global Affairs", "Northlight Media's Chief Executive": a name of up to three words from
    /// <paramref name="first"/>, its possessive, then a title, before <paramref name="end"/>: an office, not a name.</summary>
    private bool OwnersTitle(int first, int end)
    {
        for (int owner = first; owner < end - 1 && owner < first + 3; owner++)
        {
            if (Document.IsPossessive(owner))
            {
                return Document.IsCapitalised(first) && Lexicon.IsTitle(Document.Word(owner + 1));
            }
        }

        return false;
    }

    /// <summary>A party and state after an American politician's name: "R-Texas", "D-Calif.", "I-Vt.".</summary>
    private bool IsPartyTag(int token)
    {
        var t = Tokens[token];
        return t.Kind == TokenKind.Word && t.Length >= 3 && Body[t.Start] is 'R' or 'D' or 'I' && Body[t.Start + 1] == '-'
            && char.IsUpper(Body[t.Start + 2]);
    }

    /// <summary>
    /// An appositive of lower-case descriptors ending in a person's name of two or more words, from <paramref name="first"/>
    /// to <paramref name="end"/>: "doctoral candidate Jo Lee", "civil and environmental engineering professor Jo Lee",
    /// "34-year-old Jo Lee", "the Angolan-Portuguese musician Jo Lee" (a nationality after the first word), "U.S. Army
    /// veteran Fred Mattlage" (a body's or place's name before the descriptors). A
    /// preposition (also "like", "unlike", "including"), pronoun, verb of speech or clause word other than "and"/"or" makes it
    /// a clause ("speaking to Jo Lee", "who met Jo Lee", "like Jo Lee"), not a descriptor.
    /// </summary>
    private Subject? DescribedPerson(int first, int end)
    {
        if (first >= end || !Document.IsCapitalised(end - 1))
        {
            return null;
        }

        int runStart = Document.RunStart(end - 1, first);

        // "U.S. Army veteran Fred Mattlage", "BBC reporter Jo Lee": the name of a body or place the descriptors open with.
        int descriptors = first;
        if (Document.IsCapitalised(first) && Tokens[first].Quote < 0 && Document.RunEnd(first, runStart) is var lead && lead < runStart
            && Document.IsLowerWord(lead) && !Document.IsPossessive(lead - 1)
            && NameInterpreter.Interpret(Document, first, lead) is not { Kind: NameKind.Person })
        {
            descriptors = lead;
        }

        if (!(Document.IsLowerWord(descriptors) || Document.AgeNoun(descriptors) >= 0))
        {
            return null;
        }

        for (int m = descriptors; m < runStart; m++)
        {
            string word = Document.Text(m);
            bool descriptor = Tokens[m].Quote < 0
                && ((Document.IsLowerWord(m)
                        && !Lexicon.IsPreposition(word) && word is not ("like" or "unlike" or "including" or "alongside" or "besides")
                        && (!Lexicon.IsClauseWord(word) || word is "and" or "or")
                        && Lexicon.GetPronoun(word) == PronounKind.None
                        && !SpeechCues.IsSpeechVerb(Document, m))
                    || Document.AgeNoun(m) >= 0
                    || Document.IsPunctuation(m, '-')
                    || (m > descriptors && Lexicon.IsNationalityCompound(word)));
            if (!descriptor)
            {
                return null;
            }
        }

        return runStart > descriptors
            && NameInterpreter.Interpret(Document, runStart, end) is { Kind: NameKind.Person, WordCount: >= 2 } name
            && name.End == Tokens[end - 1].End
            ? new Subject(Document.TokenAt(name.Start), end, PronounKind.None, AttributionRule.SpeechVerb, end - 1)
            : null;
    }

    /// <summary>The person a "who" after the comma at <paramref name="comma"/> stands for: named before an appositive ("Mark
    /// Hay, a marine ecologist, who"; "Uri Geller, a friend of Jo Lee, who" is Uri Geller's, not Jo Lee's), or just before it
    /// (an age ", 24," may stand between: "Ben Cole, 24, who"), or an unnamed person the text introduces there ("supported
    /// by a police official, who stated").</summary>
    private Subject? RelativeAntecedent(int comma, int low)
        => PersonBeforeAppositive(comma, low) ?? PersonBeforeComma(comma, low) ?? IndefiniteRoleBeforeComma(comma, low);

    /// <summary>"a police official, who", "one woman, who": a person's role noun introduced with "a", "an", "one" or
    /// "another" (up to two modifiers between) right before the comma at <paramref name="comma"/>, as a nominal subject; null
    /// otherwise, and when "as" leads to the role ("a man posing as a detective, who" is the man).</summary>
    private Subject? IndefiniteRoleBeforeComma(int comma, int low)
    {
        int k = comma - 1;
        if (k < low || !Document.IsLowerWord(k) || Tokens[k].Quote >= 0 || Lexicon.NominalKind(Document.Text(k)) != NameKind.Person)
        {
            return null;
        }

        for (int m = k - 1; m >= low && m >= k - 3 && Tokens[m].Quote < 0 && Document.IsLowerWord(m); m--)
        {
            if (Document.Text(m) is "a" or "an" or "one" or "another")
            {
                return m - 1 >= low && Document.Text(m - 1) is "as"
                    ? null
                    : new Subject(k, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k, Nominal: true);
            }
        }

        return null;
    }

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
    /// Relations (CFR) said", "Jo Lee, Chairman and CEO of Acme said": a person's name of two or more words (not after a
    /// preposition: "According to Jo Lee, the spokesman said" is the spokesman's), a comma and an appositive that opens with
    /// a lower-case word or a title, holds one that is no
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
                // "Peter Hollis, LTH boss acknowledged": a body's letters may open the appositive before its lower-case words.
                return described
                    && (Document.IsLowerWord(m + 1) || Lexicon.IsTitle(Document.Word(m + 1))
                        || (m + 2 <= k && Lexicon.IsAcronym(Document.Word(m + 1)) && Document.IsLowerWord(m + 2)))
                    && PersonBeforeComma(m, low) is { } person
                    && NameInterpreter.Interpret(Document, person.FirstToken, person.EndToken) is { WordCount: >= 2 }
                    && !Document.FollowsPreposition(person.FirstToken, low)
                    ? person
                    : null;
            }

            described |= Document.IsLowerWord(m) && !Lexicon.IsDeterminer(Document.Text(m));

            string word = Document.Text(m);
            if (IsInsideUnclosedAppositive(m))
            {
                continue;
            }

            if ((Tokens[m].Kind != TokenKind.Word && !Document.IsPunctuation(m, '(') && !Document.IsPunctuation(m, ')'))
                || (Document.IsLowerWord(m) && (Lexicon.IsClauseWord(word) || Lexicon.GetPronoun(word) != PronounKind.None
                    || SpeechCues.IsSpeechVerb(Document, m) || (Lexicon.IsAuxiliary(word) && !Lexicon.IsPreposition(word)))))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A clause word that belongs to the appositive, not to a clause of the sentence: "and" between capitalised words (a
    /// title, "Ant-Man and the Wasp") or between a title and a person's role noun ("Prime Minister and head of"), or a
    /// relative pronoun after a noun of the appositive with the auxiliary after it
    /// ("a captain of a cargo boat which recently capsized", "a member of the crew that was rescued").
    /// </summary>
    private bool IsInsideUnclosedAppositive(int m)
    {
        if (!Document.IsLowerWord(m) || m < 1 || m + 1 >= Tokens.Length)
        {
            return false;
        }

        string word = Document.Text(m);
        if (word is "and" && Document.IsCapitalised(m - 1)
            && (Document.IsCapitalised(m + 1) || (Document.Text(m + 1) is "the" && m + 2 < Tokens.Length && Document.IsCapitalised(m + 2))))
        {
            return true;
        }

        // "the deputy Prime Minister and head of the Olympics Committee": "and" joins a title and a role noun of one person.
        if (word is "and" && Document.IsCapitalised(m - 1) && Lexicon.IsTitle(Document.Word(m - 1)) && Document.IsLowerWord(m + 1)
            && Tokens[m + 1].Quote < 0
            && (Lexicon.NominalKind(Document.Text(m + 1)) == NameKind.Person
                || (Document.Text(m + 1) is "head" && m + 2 < Tokens.Length && Document.Text(m + 2) is "of")))
        {
            return true;
        }

        int relative = Lexicon.IsAuxiliary(word) && !Lexicon.IsPreposition(word) ? m - 1 : m;
        return relative >= 1 && Document.Text(relative) is "which" or "that" && Document.IsLowerWord(relative - 1)
            && !Lexicon.IsDeterminer(Document.Text(relative - 1)) && !Lexicon.IsPreposition(Document.Text(relative - 1))
            && Lexicon.GetPronoun(Document.Text(relative - 1)) == PronounKind.None && !SpeechCues.IsSpeechVerb(Document, relative - 1);
    }

    /// <summary>
    /// "Michael Gaignard, whose sister was on board the plane said", "Lori Mitchell, whose daughter dropped out of school to
    /// raise a child said": a person's name, a comma and a relative clause the writer left unclosed before the verb at
    /// <paramref name="k"/> + 1, with a verb of its own in it (an auxiliary or a past form; "Jo Lee, whose lawyer said" is
    /// the lawyer's) and no verb of speech; the person, or null.
    /// </summary>
    private Subject? PersonBeforeUnclosedRelative(int k, int low)
    {
        // "Li Wenliang, who tried to warn": an infinitive's verb is the relative clause's own.
        if (k >= low && (Document.Text(k) is "to" || (k + 1 < Tokens.Length && Document.Text(k + 1) is "to")))
        {
            return null;
        }

        bool verb = false;
        for (int m = k; m >= low && m >= k - MaxAppositiveTokens; m--)
        {
            if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark)
            {
                return null;
            }

            if (Tokens[m].Kind == TokenKind.Punctuation)
            {
                return Document.IsPunctuation(m, ',') && verb && m + 2 <= k && Document.Text(m + 1) is "who" or "whose"
                    && PersonBeforeComma(m, low) is { } person
                    && NameInterpreter.Interpret(Document, person.FirstToken, person.EndToken) is { WordCount: >= 2 }
                    ? person
                    : null;
            }

            if (SpeechCues.IsSpeechVerb(Document, m))
            {
                return null;
            }

            string word = Document.Text(m);
            verb |= Document.IsLowerWord(m) && (Lexicon.IsAuxiliary(word) || (word.EndsWith("ed", System.StringComparison.Ordinal) && !Lexicon.IsPreposition(word)));
        }

        return null;
    }

    /// <summary>The person whose name (an age after it skipped: "Jo Lee, 54,") ends right before the token at
    /// <paramref name="comma"/>, a comma or a relative pronoun written without one; null when no person's name ends there.</summary>
    private Subject? PersonBeforeComma(int comma, int low)
    {
        int k = comma - 1;
        if (k - 1 >= low && Tokens[k].Kind == TokenKind.Word && char.IsDigit(Body[Tokens[k].Start]) && Document.IsPunctuation(k - 1, ','))
        {
            k -= 2;
        }

        // A person's full name, or a surname the text introduced with one ("Duarte, who described the plan as “…”").
        return NameEndingAt(k, low) is ({ } name, var start)
            && (name.Kind == NameKind.Person || (name.WordCount == 1 && name.Kind != NameKind.Organization && _linker.IsKnownPerson(start, k + 1)))
            ? new Subject(Document.TokenAt(name.Start), k + 1, PronounKind.None, AttributionRule.SpeechVerb, k)
            : null;
    }

    /// <summary>The name whose capitalised run ends at <paramref name="k"/> (not before <paramref name="low"/>), with the
    /// token its run starts at; null when the word there is no capitalised word outside quotes or the run names nothing.</summary>
    private (TextName Name, int RunStart)? NameEndingAt(int k, int low)
    {
        if (k < low || !Document.IsCapitalised(k) || Tokens[k].Quote >= 0)
        {
            return null;
        }

        int start = Document.RunStart(k, low);
        return NameInterpreter.Interpret(Document, start, k + 1) is { } name ? (name, start) : null;
    }

    /// <summary>An organisation's name just before the comma at <paramref name="comma"/>, an acronym too ("the WHO, which
    /// said"), a name after the noun of a body or a publication ("the website Sur Abierto, which said"), or a noun of a
    /// body ("the company, which said"); null otherwise.</summary>
    private Subject? OrganizationBeforeComma(int comma, int low)
    {
        if (comma - 1 >= low && Document.IsLowerWord(comma - 1) && Tokens[comma - 1].Quote < 0
            && Lexicon.NominalKind(Document.Text(comma - 1)) == NameKind.Organization)
        {
            return new Subject(comma - 1, comma, PronounKind.None, AttributionRule.SpeechVerb, comma - 1, Nominal: true);
        }

        // "the Bank of England, which said", "the Universal Declaration of Human Rights, which states": a name that "of" runs
        // through is the body's or the document's, not its last part's.
        if (NameEndingAt(comma - 1, low) is (_, var tailStart) && tailStart - 2 >= low && Document.Text(tailStart - 1) is "of"
            && Document.IsCapitalised(tailStart - 2) && Tokens[tailStart - 2].Quote < 0
            && NameInterpreter.Interpret(Document, Document.RunStart(tailStart - 2, low), comma) is { Kind: not NameKind.Person } whole)
        {
            return new Subject(Document.TokenAt(whole.Start), comma, PronounKind.None, AttributionRule.SpeechVerb, comma - 1);
        }

        // "managed by Redbridge Lettings, which said": "which" tells that a name read as a person's, with no given name to
        // open it, is a body's.
        return NameEndingAt(comma - 1, low) is ({ } name, var runStart)
            && (name.Kind == NameKind.Organization || (name.WordCount == 1 && Lexicon.IsAcronym(name.Name))
                || (name.Kind == NameKind.Person && GivenNames.Of(Document.Word(runStart)) == Gender.Unknown)
                || (runStart - 1 >= low && Document.IsLowerWord(runStart - 1)
                    && (Lexicon.IsOrganizationKindNoun(Document.Text(runStart - 1)) || Lexicon.IsDocumentNoun(Document.Text(runStart - 1)))))
            ? new Subject(Document.TokenAt(name.Start), comma, PronounKind.None, AttributionRule.SpeechVerb, comma - 1)
            : null;
    }

    /// <summary>A person's name right after the comma at <paramref name="comma"/> (before <paramref name="end"/>), or null.</summary>
    private Subject? PersonAfterComma(int comma, int end, AttributionRule rule)
    {
        // "said the club's captain, the Malawian-born striker Jo Lee": descriptors before the name.
        if (comma + 1 < end && Document.IsPunctuation(comma, ',') && Document.IsLowerWord(comma + 1) && Tokens[comma + 1].Quote < 0)
        {
            int name = comma + 2;
            while (name < end && name <= comma + 1 + MaxAppositiveTokens && !(Document.IsCapitalised(name) && !Lexicon.IsNationalityCompound(Document.Text(name))))
            {
                name++;
            }

            return name < end && Document.IsCapitalised(name) && DescribedPerson(comma + 1, Document.RunEnd(name, end)) is { } described
                ? described with { Rule = rule }
                : null;
        }

        // "said one resident, 34-year-old Jo Lee": an age may stand before the name.
        int first = comma + 2 < end && Document.AgeNoun(comma + 1) >= 0 ? comma + 2 : comma + 1;
        if (first >= end || !Document.IsPunctuation(comma, ',') || !Document.IsCapitalised(first) || Tokens[first].Quote >= 0)
        {
            return null;
        }

        // "said Borelli's widow, Karen.": a given name alone that closes the clause names the person as well.
        int personEnd = Document.RunEnd(first, end);
        return NameInterpreter.Interpret(Document, first, personEnd) is { } person
            && (person.Kind == NameKind.Person
                || (person.WordCount == 1 && GivenNames.Of(person.Name) != Gender.Unknown
                    && (personEnd >= end || Tokens[personEnd].Kind == TokenKind.Punctuation)))
            ? new Subject(Document.TokenAt(person.Start), personEnd, PronounKind.None, rule, personEnd - 1)
            : null;
    }

    /// <summary>"His UK counterpart, William Hague,", "Tidewater's chief negotiator, Jo Lee,", "Iran's nuclear energy agency
    /// spokesman, Ali Shirzadian,", "Kessing's niece, Arla Penwright,": the person in apposition to the role or relation
    /// noun that ends up to four lower-case descriptors after the name's run at <paramref name="runEnd"/>; "Police
    /// spokesperson in the state, Superintendent Ann Roe,": or to the role noun and the phrase of a preposition after it;
    /// null otherwise.</summary>
    private Subject? PersonInAppositionToRole(int runEnd, int limit)
        => DescriptorsEnd(runEnd, limit, 4) is var roleEnd && roleEnd > runEnd
            && (Lexicon.NominalKind(Document.Text(roleEnd - 1)) == NameKind.Person || Lexicon.IsRelationNoun(Document.Text(roleEnd - 1)))
            ? PersonInApposition(roleEnd, limit)
            : PrepositionAfterRoleNoun(runEnd, limit) is var preposition and >= 0
                ? PersonAfterPhrase(preposition + 1, limit, AttributionRule.SpeechVerb)
                : null;

    /// <summary>The preposition ("in", "for", "of", "at") right after a role noun of one person that ends up to three
    /// lower-case descriptors from <paramref name="k"/> ("spokesperson in", "public relations officer for"); -1 when none.</summary>
    private int PrepositionAfterRoleNoun(int k, int limit)
    {
        for (int m = k; m < limit && m < k + 4 && Document.IsLowerWord(m) && Tokens[m].Quote < 0; m++)
        {
            if (Document.Text(m) is "in" or "for" or "of" or "at")
            {
                return m > k && IsOnePersonRoleNoun(m - 1) ? m : -1;
            }
        }

        return -1;
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
}
