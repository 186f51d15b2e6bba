namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Names a role noun as the annotators do: with the modifiers written before it ("a Libyan official" → Libyan official),
/// the nouns joined to it, the phrase that says whose office it is ("an aide to the president"), or as the text introduced it.
/// </summary>
internal sealed class NominalWording
{
    /// <summary>How many tokens before "the exporter" its introduction ("One Abidjan-based exporter") may stand.</summary>
    internal const int MaxIntroductionDistance = 200;

    /// <summary>How many role nouns a coordination that names one speaker may join ("women, men and children").</summary>
    private const int MaxCoordinatedNouns = 4;

    /// <summary>At most this many modifiers before a role noun are kept in a nominal speaker ("former intelligence officials").</summary>
    internal const int MaxNounModifiers = 3;

    private readonly AttributionContext _context;

    public NominalWording(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    /// <summary>
    /// The role noun at <paramref name="token"/> that <see cref="NominalLinker.Link"/> left as the speaker, named with the
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
}
