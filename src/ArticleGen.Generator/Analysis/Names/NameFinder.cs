using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Generator.Analysis.Attribution;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The light proper-name detector: collects the persons and organisations named outside quotes (declared
/// entity mentions first, then capitalised runs of the text that no mention covers), and registers the
/// full person names the text introduces. One linear pass.
/// </summary>
internal static class NameFinder
{
    public static List<NameOccurrence> Find(
        BodyDocument document,
        ImmutableArray<FoundMention> mentions,
        IReadOnlyList<EntitySurface> entities,
        PersonRegistry registry,
        CancellationToken cancellationToken)
    {
        var fromMentions = MentionOccurrences(document, mentions, entities);
        var result = new List<NameOccurrence>();
        var tokens = document.Tokens;
        int mention = 0;
        int first = 0;
        int tailEnd = 0;
        for (int p = 0; p < document.Paragraphs.Length; p++)
        {
            int end = document.ParagraphTokenEnd[p];
            int t = first;
            while (t < end)
            {
                if ((t & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (tokens[t].Quote >= 0 || !document.IsCapitalised(t))
                {
                    t++;
                    continue;
                }

                // A run ends with its sentence: a lead-in in capitals is a sentence of its own before the name it runs into
                // ("MINISTER FOR HOUSING James Browne says").
                int runEnd = OwnerEnd(document, t, document.RunEnd(t, Math.Min(end, document.Sentences[document.TokenSentence[t]].EndToken)));

                // "The", "However", "He": a run of one function word names nothing (a quarter of all runs; none of the reads
                // below finds a name in it).
                if (runEnd == t + 1 && document.IsAny(t, NameWordClass.FunctionWord))
                {
                    t = runEnd;
                    continue;
                }

                // The run after "of" in "Ministry of Foreign Affairs" is part of the name before it, no name of its own.
                bool tail = t < tailEnd;

                // "Mayor of London Sadiq Khan": the person after the place of a title.
                var titled = NameInterpreter.PersonAfterTitleOf(document, t, runEnd);
                var name = titled ?? NameInterpreter.Interpret(document, t, runEnd);

                // "Food and Drug Administration", "Marks & Spencer": one organisation's name over "and" or "&"; its first run
                // need not be a name alone ("The National Emergency and Civil Protection Authority").
                if (titled is null && !tail && JoinedOrganization.GoesOnAfter(document, runEnd, end)
                    && (name is { } joinedFirst ? TokenIn(document, joinedFirst.Start, t, runEnd) : FirstWordOfBody(document, t, runEnd)) is var joinedStart
                    && joinedStart < runEnd
                    && JoinedOrganization.End(document, joinedStart, runEnd, end) is var joinedEnd and >= 0)
                {
                    name = AsWritten(document, joinedStart, joinedEnd);
                    runEnd = joinedEnd;
                }

                // "payments company Veldhoven Pay", "Celtic have": the words around a name that its own words leave a
                // person's or unknown say it names a body.
                if (titled is null && name is { } plain
                    && BodyEvidence.NamesBody(document, plain, TokenIn(document, plain.Start, t, runEnd), runEnd, first, end))
                {
                    name = plain with { Kind = NameKind.Organization };
                }

                // "Peter Hall said", "Sarah Park, 34,": a given name and a place surname that the words around show to be a person.
                if (titled is null && name is { } unknown
                    && PersonEvidence.NamesPerson(document, unknown, TokenIn(document, unknown.Start, t, runEnd), runEnd, end))
                {
                    name = unknown with { Kind = NameKind.Person };
                }

                // "Primary School of the Year", "Club of the Month": an award's title, that names no body.
                if (name is { Kind: NameKind.Organization } && IsAwardTitle(document, runEnd, end))
                {
                    name = null;
                }

                // "Ferdinand Marcos, Jr.": a generational suffix after a comma ends the person's name, as written.
                if (name is { Kind: NameKind.Person } suffixed && suffixed.End == tokens[runEnd - 1].End && runEnd + 1 < end
                    && document.IsPunctuation(runEnd, ',') && tokens[runEnd + 1].Quote < 0 && document.IsCapitalised(runEnd + 1)
                    && Lexicon.IsGenerationalSuffix(document.Text(runEnd + 1)))
                {
                    name = suffixed with { End = tokens[runEnd + 1].End, Name = suffixed.Name + ", " + document.Text(runEnd + 1), WordCount = suffixed.WordCount + 1 };
                    runEnd += 2;
                }

                if (name is { } found)
                {
                    // "Crown Prince Mohammad bin Salman of Saudi Arabia": a name after "of", "in", "at" or "from" (opening
                    // the run at a sentence's start: "In Havana Lula") is a place or an organisation far more often than a
                    // person; not so a name after a title of its run ("Secretary of State Jo Lee"), nor one that opens with
                    // a given name after "of" or "from" ("The court heard from Ana Ruiz", "a friend of Tom Hale"), nor one
                    // after a noun of words and "from" ("criticism from Kemi Badenoch"), nor one after a relation's noun
                    // and "of" ("supporters of Mir-Hossein Mousavi", "the widow of Mo Ayub"). It is no
                    // person to register either: "in Havana Lula said" must not make "Havana Lula" the person a later
                    // "Lula" stands for. Nor is a saint's name ("St Aidan's", "St Louis"), nor a name after "the" ("the Milky
                    // Way", "the Tin Shack", "the Tidewater Coastguard"), unless a title stands between ("the Rev Andrew
                    // Okwuosa"); nor a name between "a" and a lower-case word, which it modifies ("at a Los Angeles
                    // hospital").
                    int nameToken = TokenIn(document, found.Start, t, runEnd);
                    int preposition = nameToken == t ? (t > first && document.IsLowerWord(t - 1) ? t - 1 : -1) : nameToken == t + 1 ? t : -1;
                    string before = preposition >= 0 ? document.Word(preposition).ToLowerInvariant() : string.Empty;
                    bool placeLike = titled is null && found.Kind == NameKind.Person && found.WordCount > 1
                        && ((before is "of" or "in" or "at" or "from" or "the"
                                && !(before is "of" or "from" && GivenNames.Of(document.Word(nameToken)) != Gender.Unknown)
                                && !(before is "of" && FollowsRelationNoun(document, preposition, first))
                                && !(before is "from" && preposition > first && document.Text(preposition - 1) is var source
                                    && (source is "heard" || Lexicon.IsCriticismNoun(source) || Lexicon.IsWordsNoun(source) || Lexicon.IsSpeechNoun(source)))
                                && !(before is "in" or "at" or "the" && IsPersonsOwn(document, nameToken, TokenIn(document, found.End - 1, t, runEnd), runEnd, end)))
                            || IsSaintsName(document, nameToken)
                            || (before is "a" or "an" && runEnd < end && document.IsLowerWord(runEnd)));
                    if (!placeLike && !tail)
                    {
                        if (found.Kind == NameKind.Person && BodyBeforeTitle(document, t, nameToken) is { } employer)
                        {
                            registry.Add(employer);
                        }

                        registry.Add(found);

                        // "Sue and Bob Ryall": the given name before "and" shares the surname, a person of its own whom
                        // "Mrs Ryall" names.
                        if (CoupledGivenName(document, nameToken, found, first) is { } coupled)
                        {
                            registry.Add(found with { Name = coupled + found.Name.Substring(found.Name.IndexOf(' ')) });
                        }
                    }

                    // "Syrian Democratic Forces (SDF)": the acronym in parentheses right after the name, which may go on
                    // over "of", "for", "on" ("Recording Industry Association of America (RIAA)").
                    if (IsAcronymInParentheses(document, runEnd, end))
                    {
                        registry.AddAcronym(NameBeforeAcronym(document, t, runEnd, first, found), document.Text(runEnd + 1), tokens[runEnd + 1].Start);
                    }

                    // "AEW (All Elite Wrestling)": an acronym, then in parentheses the name whose initials it spells.
                    if (runEnd == t + 1 && runEnd + 3 < end && document.IsPunctuation(runEnd, '(') && document.IsCapitalised(runEnd + 1)
                        && tokens[runEnd + 1].Quote < 0 && Lexicon.IsAcronym(document.Text(t))
                        && document.RunEnd(runEnd + 1, end) is var expansionEnd && expansionEnd < end && document.IsPunctuation(expansionEnd, ')'))
                    {
                        registry.AddAcronym(document.Words(runEnd + 1, expansionEnd), document.Text(t), tokens[t].Start);
                    }

                    // "Impala Platinum Holdings, or Implats, said": a body's other name, one word between "or" and a comma.
                    if (found.Kind == NameKind.Organization && AliasAfterOr(document, runEnd, end) is var alias and >= 0)
                    {
                        registry.AddOrganizationAlias(document.Text(alias), tokens[alias].Start, found.Name);
                    }

                    var kind = found.Kind;
                    string text = found.Name;

                    // "High Court of England and Wales" is later "the High Court"; "the U.S. Department of Agriculture"
                    // is what "the department" and "it" stand for, not "U.S. Department"; so is "the Institute for Fiscal
                    // Studies", where "for" or "on" follows a noun of an organisation.
                    if (found.Kind == NameKind.Organization && OrganizationGoesOn(document, runEnd, end) is var longEnd and > 0)
                    {
                        string longName = document.Words(nameToken, longEnd);
                        registry.AddOrganizationHead(found.Name, longName);

                        // "Indian Ministry of External Affairs (MEA)": the acronym after the whole name, whose run after
                        // "of" may be read as no name of its own.
                        if (IsAcronymInParentheses(document, longEnd, end))
                        {
                            registry.AddAcronym(longName, document.Text(longEnd + 1), tokens[longEnd + 1].Start);
                        }
                        if (document.Text(runEnd) is "of" || Lexicon.IsOrganizationCue(document.Word(runEnd - 1)))
                        {
                            text = longName;
                            tailEnd = TailRunEnd(document, runEnd, end);

                            // "Ministry of Housing, Communities and Local Government": the list after "of" is the name's
                            // to its end, where a speaker's name found in it ("Local Government said") is linked to it.
                            if (tailEnd > runEnd && tailEnd < longEnd && document.IsPunctuation(tailEnd, ','))
                            {
                                text = AsWritten(document, nameToken, longEnd).Name;
                                tailEnd = longEnd;
                                found = found with { End = tokens[longEnd - 1].End };
                            }
                        }
                    }

                    // "the Commission" after "the European Commission", "the Council" after "the Supreme Council of the
                    // Armed Forces": the noun that ends an organisation's run stands for it.
                    if (found.Kind == NameKind.Organization && found.WordCount >= 2
                        && document.Word(TokenIn(document, found.End - 1, t, runEnd)) is var noun && Lexicon.IsOrganizationCue(noun))
                    {
                        registry.AddOrganizationHead(noun, text);
                    }

                    if (found.Kind == NameKind.Organization && !tail)
                    {
                        OrganizationShortNames.Register(registry, text);
                    }

                    // "the Archdiocese of Boston … the Archdiocese said": a place's body is later written by its head alone.
                    if (found.WordCount == 1 && Lexicon.IsPlaceBodyHead(found.Name) && runEnd + 1 < end && tokens[runEnd + 1].Quote < 0
                        && PlaceBodyName.Of(document, runEnd - 1, document.RunEnd(runEnd + 1, end)) is { } placeBody)
                    {
                        registry.AddOrganizationHead(found.Name, placeBody);
                    }

                    if (found.WordCount == 1 && kind != NameKind.Organization
                        && registry.ResolveByGender(text, found.Start, GenderEvidence.HonorificBefore(document, nameToken)) is { } full)
                    {
                        kind = NameKind.Person;
                        text = full;
                    }
                    else if (found.WordCount >= 2 && kind == NameKind.Person && registry.ResolveSpelling(text, found.Start) is { } spelt)
                    {
                        text = spelt;
                    }
                    else if (found.WordCount == 2 && kind == NameKind.Person && registry.ResolveFuller(text, found.Start) is { } fuller)
                    {
                        text = fuller;
                    }
                    else if (found.WordCount >= 2 && kind == NameKind.Person && registry.ResolveEnding(text, found.Start) is { } ending)
                    {
                        text = ending;
                    }
                    else if (found.WordCount >= 2 && kind == NameKind.Person && registry.ResolveBeginning(text, found.Start) is { } beginning)
                    {
                        // "Ahmad Rizal" after "Ahmad Rizal Hashim": a Malay or Arabic name is shortened to its first words.
                        text = beginning;
                    }
                    else if (found.WordCount == 1 && kind == NameKind.Unknown && FollowsPersonNoun(document, t, first, found.Name, IsRoleNoun)
                        && !Lexicon.IsNationality(found.Name) && !(runEnd < end && document.IsLowerWord(runEnd) && IsRoleNoun(document.Text(runEnd))))
                    {
                        // "British singer Adele", "Agency spokesman Sutopo": a role noun makes one word a person's name; not
                        // one that describes a role noun after it ("the veteran Tamil actor", "the veteran Indian actor").
                        registry.AddSingleName(found.Name, found.Start);
                        kind = NameKind.Person;
                    }
                    else if (found.WordCount == 1 && kind == NameKind.Unknown
                        && (FollowsPersonNoun(document, t, first, found.Name, Lexicon.IsKinNoun)
                            || (t - 1 > first && document.IsPunctuation(t - 1, ',') && FollowsPersonNoun(document, t - 1, first, found.Name, Lexicon.IsKinNoun))))
                    {
                        // "his wife Ana", "his wife, Ana,": a kin noun makes one word a person's given name, which a fuller
                        // name may follow.
                        registry.AddGivenName(found.Name, found.Start);
                        kind = NameKind.Person;
                    }
                    else if (found.WordCount == 1 && kind == NameKind.Unknown && runEnd == t + 1 && GivenAsOwnName(document, t, first))
                    {
                        // "The mosque's imam, who gave his name as Asseyuti,": the name someone gives as theirs is a person's.
                        registry.AddSingleName(found.Name, found.Start);
                        kind = NameKind.Person;
                    }
                    else if (found.WordCount == 1 && kind == NameKind.Unknown && runEnd == t + 1
                        && (AgeFollows(document, runEnd, end) || SaysOfThemselves(document, runEnd, end))
                        && !Lexicon.IsWeekday(found.Name) && !Lexicon.IsMonth(found.Name)
                        && Lexicon.NominalKind(found.Name.ToLowerInvariant()) == NameKind.Unknown)
                    {
                        // "Sofiia, 9, from Zaporizhzhia", "Aditya is 11, wears": an age makes one word a person's name; so
                        // does a verb of saying with "he" or "she" right after it ("Isham said he was asked …"), unless the
                        // word is a role or group noun opening its sentence ("Detectives said that he was 30").
                        registry.AddSingleName(found.Name, found.Start);
                        kind = NameKind.Person;
                    }

                    // "the PTWC issued a watch. They mentioned …": an acronym after "the" names a body, registered or not.
                    if (found.WordCount == 1 && kind == NameKind.Unknown && before is "the" && Lexicon.IsAcronym(found.Name))
                    {
                        kind = NameKind.Organization;
                        text = registry.ResolveOrganization(found.Name, found.Start) ?? text;
                    }

                    if (placeLike)
                    {
                        // "the Tidewater Coastguard" is a body more often than anything else a name after "the" is.
                        kind = before is "the" ? NameKind.Organization : NameKind.Unknown;
                    }

                    if (kind != NameKind.Unknown && !tail)
                    {
                        // Merge in the mention occurrences that come first; a text name that a mention overlaps is dropped.
                        bool covered = false;
                        while (mention < fromMentions.Count && fromMentions[mention].Start < found.End)
                        {
                            covered |= fromMentions[mention].End > found.Start;
                            result.Add(fromMentions[mention++]);
                        }

                        if (!covered && !(result.Count > 0 && result[result.Count - 1].End > found.Start))
                        {
                            // "Secretary of State Jo Lee felt …": the person stands where the title's run starts.
                            int subjectStart = kind == NameKind.Person ? TitleStart(document, t, first) : t;
                            result.Add(new NameOccurrence(found.Start, found.End, p, kind, -1, text, document.InSubjectPosition(subjectStart, runEnd, first, end)));
                        }
                    }
                }

                t = runEnd;
            }

            first = end;
        }

        while (mention < fromMentions.Count)
        {
            result.Add(fromMentions[mention++]);
        }

        return result;
    }

    /// <summary>The first word of a body's name in the run [<paramref name="runStart"/>, <paramref name="runEnd"/>), after
    /// function words ("The") and an owner's possessive ("Portugal's"); <paramref name="runEnd"/> when none is left.</summary>
    private static int FirstWordOfBody(BodyDocument document, int runStart, int runEnd)
    {
        int k = runStart;
        while (k < runEnd && Lexicon.IsFunctionWord(document.Word(k)))
        {
            k++;
        }

        return k + 1 < runEnd && document.IsPossessive(k) ? k + 1 : k;
    }

    /// <summary>"NSW Rural Fire Service Commissioner Jo Lee": the body whose title a person's name follows in one run, from
    /// <paramref name="runStart"/> to the title words before <paramref name="nameToken"/>, so that its short forms ("the
    /// RFS") are known; null when no word of an organisation ends the words before the titles.</summary>
    private static TextName? BodyBeforeTitle(BodyDocument document, int runStart, int nameToken)
    {
        int title = nameToken;
        while (title > runStart && (document.NameClass(title - 1) & NameWordClass.Title) != 0)
        {
            title--;
        }

        return title - runStart >= 2 && title < nameToken && document.IsAny(title - 1, NameWordClass.OrganizationCue)
            && NameInterpreter.Interpret(document, runStart, title) is { Kind: NameKind.Organization } body
            ? body
            : null;
    }

    /// <summary>The token of the run [<paramref name="runStart"/>, <paramref name="runEnd"/>) that holds
    /// <paramref name="offset"/>: a walk along the few tokens of a run, where the name finder spends its time, rather than a
    /// search of the whole text.</summary>
    private static int TokenIn(BodyDocument document, int offset, int runStart, int runEnd)
    {
        for (int k = runStart; k < runEnd; k++)
        {
            if (document.Tokens[k].End > offset)
            {
                return document.Tokens[k].Start <= offset ? k : document.TokenAt(offset);
            }
        }

        return document.TokenAt(offset);
    }

    /// <summary>
    /// Whether a name that opens with a given name is a person's by what follows it: a possessive ("at Boris Johnson's
    /// request", "in Andrew Cuomo's office") or a noun of what a person leads ("the Joe Biden administration"). A place
    /// named for a person is no owner of a request or an office.
    /// </summary>
    private static bool IsPersonsOwn(BodyDocument document, int nameToken, int lastToken, int runEnd, int paragraphEnd)
        => GivenNames.Of(document.Word(nameToken)) != Gender.Unknown
            && (document.IsPossessive(lastToken) || (runEnd < paragraphEnd && document.Text(runEnd) is "administration" or "campaign" or "presidency" or "government"));

    /// <summary>"St Aidan's Hospice", "St. Louis", "Saint Helena": a place or a body named for a saint.</summary>
    private static bool IsSaintsName(BodyDocument document, int token)
        => document.Word(token) is "St" or "St." or "Saint" or "Ste" or "Ste.";

    /// <summary>The first token of the title's run before the "of", "to" or "for" (and "the") before
    /// <paramref name="run"/>, when that run opens its sentence ("Secretary of State Jo Lee felt" → "Secretary");
    /// <paramref name="run"/> otherwise (an appositive's "…, Director General of the Institut Pasteur, said" names no
    /// subject).</summary>
    private static int TitleStart(BodyDocument document, int run, int paragraphFirst)
    {
        int title = NameInterpreter.TitleBefore(document, run);
        if (title < paragraphFirst || !document.IsCapitalised(title))
        {
            return run;
        }

        int start = document.RunStart(title, paragraphFirst);
        return document.Sentences[document.TokenSentence[start]].FirstToken == start ? start : run;
    }

    /// <summary>Whether the one-word name at <paramref name="token"/> follows a lower-case noun of a person that
    /// <paramref name="isNoun"/> accepts ("singer", "coach"; "wife") and is no day, month or acronym.</summary>
    private static bool FollowsPersonNoun(BodyDocument document, int token, int paragraphFirst, string name, Func<string, bool> isNoun)
        => token > paragraphFirst && document.IsLowerWord(token - 1) && isNoun(document.Text(token - 1))
            && !Lexicon.IsWeekday(name) && !Lexicon.IsMonth(name) && !Lexicon.IsAcronym(name);

    private static bool IsRoleNoun(string word) => Lexicon.NominalKind(word) == NameKind.Person;

    /// <summary>Whether "his name as", "her name as" or "their name as" stands right before <paramref name="token"/> ("who
    /// gave his name as Asseyuti").</summary>
    private static bool GivenAsOwnName(BodyDocument document, int token, int paragraphFirst)
        => token - 3 >= paragraphFirst && document.Text(token - 1) is "as" && document.Text(token - 2) is "name"
            && document.Text(token - 3) is "his" or "her" or "their";

    /// <summary>Whether ", AGE," or "is AGE," (one to three digits, then a comma) follows at <paramref name="k"/>, before
    /// <paramref name="end"/>: "Sofiia, 9, from …", "Aditya is 11, wears …".</summary>
    private static bool AgeFollows(BodyDocument document, int k, int end)
        => k + 2 < end && (document.IsPunctuation(k, ',') || document.Text(k) is "is") && document.Tokens[k + 1].Quote < 0
            && document.Age(k + 1) >= 0 && document.IsPunctuation(k + 2, ',');

    /// <summary>"Isham said he was asked", "Dorran told reporters she": a verb of saying right after the word, then "he" or
    /// "she" (after its object, if one word), which a body's "it" or "they" would be.</summary>
    private static bool SaysOfThemselves(BodyDocument document, int k, int end)
    {
        if (k + 1 >= end || !document.IsLowerWord(k) || !Lexicon.IsSpeechVerb(document.Text(k)))
        {
            return false;
        }

        int pronoun = document.Text(k + 1) is "he" or "she" ? k + 1 : k + 2;
        return pronoun < end && document.Tokens[pronoun].Quote < 0 && document.Text(pronoun) is "he" or "she";
    }

    /// <summary>Whether the "of" at <paramref name="of"/> follows a lower-case noun of a relation to a person, singular or
    /// plural ("widow", "friend", "supporters"); not a role's ("chief executive of Valverde Metropolitan Transit" names a
    /// body).</summary>
    private static bool FollowsRelationNoun(BodyDocument document, int of, int paragraphFirst)
    {
        if (of - 1 < paragraphFirst || !document.IsLowerWord(of - 1))
        {
            return false;
        }

        string noun = document.Text(of - 1);
        return Lexicon.IsRelationNoun(noun) || (noun.Length > 1 && noun[noun.Length - 1] == 's' && Lexicon.IsRelationNoun(noun.Substring(0, noun.Length - 1)));
    }

    private static List<NameOccurrence> MentionOccurrences(BodyDocument document, ImmutableArray<FoundMention> mentions, IReadOnlyList<EntitySurface> entities)
    {
        var result = new List<NameOccurrence>();
        var quotes = document.Quotes;
        var paragraphs = document.Paragraphs;
        int quote = 0;
        int paragraph = 0;
        foreach (var mention in mentions)
        {
            var entity = entities[mention.Entity];
            var kind = entity.Kind switch
            {
                EntityKind.Person => NameKind.Person,
                EntityKind.Organization => NameKind.Organization,
                _ => NameKind.Unknown,
            };
            while (quote < quotes.Length && quotes[quote].RegionEnd <= mention.Start)
            {
                quote++;
            }

            while (paragraph < paragraphs.Length && paragraphs[paragraph].End <= mention.Start)
            {
                paragraph++;
            }

            bool quoted = quote < quotes.Length && quotes[quote].OpenMark <= mention.Start;
            if (kind != NameKind.Unknown && !quoted && paragraph < paragraphs.Length)
            {
                int token = document.TokenAt(mention.Start);
                int paragraphFirst = document.ParagraphTokenStart[paragraph];
                int paragraphEnd = document.ParagraphTokenEnd[paragraph];
                int last = document.TokenAt(mention.Start + mention.Length - 1);
                bool subject = token >= paragraphFirst
                    && document.InSubjectPosition(document.RunStart(token, paragraphFirst), document.RunEnd(last, paragraphEnd), paragraphFirst, paragraphEnd);
                result.Add(new NameOccurrence(mention.Start, mention.Start + mention.Length, paragraph, kind, mention.Entity, entity.Name, subject));
            }
        }

        return result;
    }

    /// <summary>The token of one capitalised word set off by ", or" and a comma at <paramref name="k"/>, before
    /// <paramref name="end"/> (", or Implats,"); -1 when none stands there.</summary>
    private static int AliasAfterOr(BodyDocument document, int k, int end)
        => k + 3 < end && document.IsPunctuation(k, ',') && document.Text(k + 1) is "or" && document.IsCapitalised(k + 2)
            && document.Tokens[k + 2].Quote < 0 && document.IsPunctuation(k + 3, ',') && !document.IsPossessive(k + 2)
            ? k + 2
            : -1;

    /// <summary>Whether a capitalised word in parentheses stands at <paramref name="k"/>, before <paramref name="end"/>: "(SDF)".</summary>
    private static bool IsAcronymInParentheses(BodyDocument document, int k, int end)
        => document.IsOneTokenInBrackets(k, end) && document.Tokens[k + 1].Kind == TokenKind.Word && document.IsCapitalised(k + 1);

    /// <summary>"Prime Minister Tomas Reinholt's Social Democrats": a person's name of two words or more in the possessive
    /// inside the run [<paramref name="t"/>, <paramref name="runEnd"/>) ends a run of its own, before what the person owns;
    /// a body's possessive ("People's Liberation Army", "Alachua Sheriff's Office") stays inside.</summary>
    private static int OwnerEnd(BodyDocument document, int t, int runEnd)
    {
        for (int k = t + 1; k < runEnd - 1; k++)
        {
            if (document.IsPossessive(k))
            {
                return NameInterpreter.Interpret(document, t, k + 1) is { Kind: NameKind.Person, WordCount: >= 2 } ? k + 1 : runEnd;
            }
        }

        return runEnd;
    }

    /// <summary>
    /// The name an acronym in parentheses after the run [<paramref name="runStart"/>, <paramref name="runEnd"/>) may spell:
    /// the run, extended back over "of", "for", "on", "to" and "and" to the capitalised runs before them, as written.
    /// </summary>
    private static string NameBeforeAcronym(BodyDocument document, int runStart, int runEnd, int paragraphFirst, TextName run)
    {
        int start = document.JoinedRunStart(runStart, paragraphFirst, word => word is "of" or "for" or "on" or "to" or "and");
        return start == runStart ? run.Name : document.Words(start, runEnd);
    }

    /// <summary>"Sue" in "Sue and Bob Ryall": a given name alone before "and" and a person's given name and surname at
    /// <paramref name="nameToken"/>; null otherwise.</summary>
    private static string? CoupledGivenName(BodyDocument document, int nameToken, TextName name, int paragraphFirst)
    {
        int given = nameToken - 2;
        return name is { Kind: NameKind.Person, WordCount: 2 } && given >= paragraphFirst && document.Text(nameToken - 1) is "and"
            && document.IsCapitalised(given) && document.Tokens[given].Quote < 0
            && (given == paragraphFirst || !document.IsCapitalised(given - 1))
            && GivenNames.Of(document.Word(given)) != Gender.Unknown && GivenNames.Of(document.Word(nameToken)) != Gender.Unknown
            ? document.Word(given)
            : null;
    }

    /// <summary>Whether "of the" and a span of time or a contest follow the run that ends at <paramref name="runEnd"/>, making
    /// it an award's title ("Primary School of the Year", "Player of the Match").</summary>
    private static bool IsAwardTitle(BodyDocument document, int runEnd, int paragraphEnd)
        => runEnd + 2 < paragraphEnd && document.Text(runEnd) is "of" && document.Text(runEnd + 1) is "the"
            && document.Text(runEnd + 2) is "Year" or "Month" or "Week" or "Season" or "Decade" or "Century" or "Match" or "Tournament";

    /// <summary>
    /// The end of an organisation's name that goes on after its run at <paramref name="runEnd"/> over "of", "on" or
    /// "for" (and "the"), then "and" or a second "for", "on" or "of" ("High Court of England and Wales", "Commission on
    /// Presidential Debates", "Supreme Council of the Armed Forces", "Court of Arbitration for Sport"), or 0; not over a
    /// day, a month or a platform ("the Commission on Tuesday", "the Party on Twitter").
    /// </summary>
    private static int OrganizationGoesOn(BodyDocument document, int runEnd, int paragraphEnd)
    {
        int next = runEnd + 1 < paragraphEnd && document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
        if (next >= paragraphEnd || !document.IsLowerWord(runEnd) || document.Text(runEnd) is not ("of" or "on" or "for")
            || !document.GoesOnWithBodyName(next))
        {
            return 0;
        }

        int end = BeforeTitledPerson(document, next, document.RunEnd(next, paragraphEnd));
        if (JoinedOrganization.EndAfterHead(document, next, end, paragraphEnd) is var listEnd and >= 0)
        {
            return listEnd;
        }

        if (end + 1 < paragraphEnd && document.IsLowerWord(end) && document.Text(end) is "and"
            && document.IsCapitalised(end + 1) && document.Tokens[end + 1].Quote < 0)
        {
            end = document.RunEnd(end + 1, paragraphEnd);
        }

        // "Court of Arbitration for Sport", "Office of the High Commissioner for Human Rights", "Attorney's Office for the
        // Southern District of New York": a second phrase of "for", "on" or "of" goes on from the first, once.
        int second = end + 1 < paragraphEnd && document.Text(end + 1) is "the" ? end + 2 : end + 1;
        if (second < paragraphEnd && document.IsLowerWord(end) && document.Text(end) is "for" or "on" or "of"
            && document.GoesOnWithBodyName(second)
            && NameInterpreter.Interpret(document, second, document.RunEnd(second, paragraphEnd)) is not { Kind: NameKind.Person })
        {
            end = document.RunEnd(second, paragraphEnd);
        }

        return end;
    }

    /// <summary>The end of the run after the "of", "on" or "for" at <paramref name="runEnd"/> (and "the") that an
    /// organisation's name goes on with, unless that run is a person's name ("the Campaign for Jo Lee"); else
    /// <paramref name="runEnd"/>.</summary>
    private static int TailRunEnd(BodyDocument document, int runEnd, int paragraphEnd)
    {
        int next = runEnd + 1 < paragraphEnd && document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
        int end = BeforeTitledPerson(document, next, document.RunEnd(next, paragraphEnd));
        return NameInterpreter.Interpret(document, next, end) is { Kind: NameKind.Person } ? runEnd : end;
    }

    /// <summary>"Bank of England Governor Mark Carney": where a title followed by a given name and more starts inside the run
    /// [<paramref name="start"/>, <paramref name="end"/>) after a body's name, which ends there; <paramref name="end"/>
    /// when none does.</summary>
    private static int BeforeTitledPerson(BodyDocument document, int start, int end)
    {
        for (int k = start + 1; k + 2 < end; k++)
        {
            if (Lexicon.IsTitle(document.Word(k)) && GivenNames.Of(document.Word(k + 1)) != Gender.Unknown)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The organisation named by the tokens [<paramref name="start"/>, <paramref name="end"/>) as written (commas and
    /// ampersands kept, white space single), a final possessive dropped.</summary>
    private static TextName AsWritten(BodyDocument document, int start, int end)
    {
        var tokens = document.Tokens;
        int count = 0;
        for (int k = start; k < end; k++)
        {
            count += tokens[k].Kind == TokenKind.Word ? 1 : 0;
        }

        int last = tokens[end - 1].Start + document.Word(end - 1).Length;
        return new TextName(tokens[start].Start, last, document.Words(start, end), NameKind.Organization, count);
    }

}
