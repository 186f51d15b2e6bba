using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// The person the article names with a role noun: "ROLE First Last", "First Last, a ROLE", "First Last is the ROLE", of the
/// same office ("the foreign minister" is not the prime minister) and as former or current as the noun asked about.
/// </summary>
internal sealed class RoleHolders
{
    /// <summary>How far back a role noun looks for the name it was introduced with.</summary>
    internal const int MaxRoleSteps = 2000;

    /// <summary>At most this many words stand between an appositive's comma and its role noun ("the city's former deputy").</summary>
    private const int MaxRoleModifiers = 5;

    /// <summary>At most this many title words before a role noun tell which office it is ("Foreign Affairs Minister").</summary>
    internal const int MaxOfficeWords = 3;

    private readonly AttributionContext _context;
    private readonly SpeakerLinker _linker;

    public RoleHolders(AttributionContext context, SpeakerLinker linker)
    {
        _context = context;
        _linker = linker;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>
    /// The person the article names with the same role noun, "ROLE First Last" or "First Last, a ROLE": the nearest before
    /// <paramref name="token"/>, else the nearest after it ("the spokesperson said … Jo Lee, the spokesperson, added"),
    /// each within a bounded walk; with <paramref name="bodies"/>, also the body a spokesperson so described speaks for
    /// (not for "a police spokesperson", whose own noun names the body).
    /// </summary>
    public Speaker? NamedWithRole(int token, string noun, bool bodies = true, string? nationality = null, bool before = true)
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
    public Speaker? NamedWithRole(int token, string noun, string? office, bool bodies, string? nationality, bool before)
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
                // "the Prime Minister" is not "Deputy Prime Minister Jo Lee": a deputy's title holds the office's word too.
                return office is "deputy" or "vice" || !(m > 0 && IsOfficeWord(m - 1) && Document.Text(m - 1).ToLowerInvariant() is "deputy" or "vice");
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
    public bool IsOfficeWord(int m)
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
    public Speaker? PersonWithRoleAt(int k, string noun, bool bodies = true)
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
                return _linker.Link(regnal ? k : Document.TokenAt(name.Start), end);
            }
        }

        // "Chinese Ambassador to the United States Cui Tiankai": the person after the place the envoy is sent to.
        int place = k + 2 < tokens.Length && Document.Text(k + 1) is "to" ? (Document.Text(k + 2) is "the" ? k + 3 : k + 2) : -1;
        if (place > 0 && place < tokens.Length && Document.IsCapitalised(place) && tokens[place].Quote < 0
            && Document.RunEnd(place, tokens.Length) is var placeEnd
            && NameInterpreter.PersonAfterTitleOf(Document, place, placeEnd) is { } envoy && NamesPerson(envoy))
        {
            return _linker.Link(Document.TokenAt(envoy.Start), placeEnd);
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
                return _linker.Link(Document.TokenAt(titled.Start), comma);
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
            return _linker.Link(Document.TokenAt(appositive.Start), appositiveEnd);
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
                return _linker.Link(body, k);
            }

            // IsSpokespersonsBody checks the "for" (and "the") between this noun and the name.
            int named = k + 2 < tokens.Length && Document.Text(k + 2) is "the" ? k + 3 : k + 2;
            if (named < tokens.Length && Document.IsCapitalised(named) && tokens[named].Quote < 0 && _linker.IsSpokespersonsBody(named))
            {
                return _linker.Link(named, Document.RunEnd(named, tokens.Length));
            }
        }

        return PersonDescribedByRole(k);
    }

    /// <summary>Whether a name after a role noun is a person's: a full name, or one word that names a person the text
    /// introduced ("President Trump" after "Donald Trump"), there too ("his wife Ana").</summary>
    public bool NamesPerson(TextName name)
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
            ? _linker.Link(Document.TokenAt(name.Start), nameEnd)
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
}
