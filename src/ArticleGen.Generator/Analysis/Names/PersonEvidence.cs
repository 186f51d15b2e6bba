using ArticleGen.Generator.Analysis.Attribution;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// What the words around a name say of a given name and a surname that is also a word of places or things ("Peter Hall",
/// "Michael Lake", "Mark Bridge"), which its own words leave unknown, since "Albert Hall" and "Victoria Park" are places: a place does not speak, is given
/// no age and is no witness, so "Peter Hall said", "“…,” said Peter Hall.", "Sarah Park, 34," and "the witness, Peter
/// Hall" name a person; so do they of initials and a surname ("MK Stalin said"), which may be letters of a body.
/// </summary>
internal static class PersonEvidence
{
    /// <summary>How many modifiers an appositive may hold between its determiner and its role noun ("a retired teacher").</summary>
    private const int MaxAppositiveModifiers = 2;

    /// <summary>Whether the context of the run [<paramref name="first"/>, <paramref name="end"/>), in a paragraph ending at
    /// <paramref name="paragraphEnd"/>, says that <paramref name="name"/>, a given name and a word that names no person
    /// alone, or such a word that is a common surname written first as East Asian names are ("Sun Yuxi"), names a person.</summary>
    public static bool NamesPerson(BodyDocument document, TextName name, int first, int end, int paragraphEnd)
    {
        // The name's kind and length first: the words' look-ups are read for the few names they can speak of.
        if (name.Kind != NameKind.Unknown || end - first > 2)
        {
            return false;
        }

        // "Lina, his daughter, 19, studies pharmacy": a given name alone, an age or a person's noun in apposition after it.
        if (end - first == 1)
        {
            return GivenNames.Of(document.Word(first)) != Gender.Unknown && AgeOrRoleAfter(document, end, paragraphEnd);
        }

        bool givenThenPlaceWord = Lexicon.IsNonPersonWord(document.Word(end - 1)) && GivenNames.Of(document.Word(first)) != Gender.Unknown;
        bool surnameFirst = Lexicon.IsPlaceSurname(document.Word(first)) && !Lexicon.IsNonPersonWord(document.Word(end - 1));
        bool initialsFirst = NameInterpreter.IsUndottedInitials(document.Word(first)) && !Lexicon.IsNonPersonWord(document.Word(end - 1));
        if (!(givenThenPlaceWord || surnameFirst || initialsFirst))
        {
            return false;
        }

        return (end < paragraphEnd && document.Tokens[end].Quote < 0 && SpeechCues.IsSpeechVerbUse(document, end))
            || SpeechVerbBefore(document, first, end, paragraphEnd)
            || RoleNounBefore(document, first) || AgeOrRoleAfter(document, end, paragraphEnd);
    }

    /// <summary>"“…,” says Bruno Mars.", "“…,” said Peter Hall, who …": the verb of the quote's attribution right before the
    /// name, which ends at a comma or a full stop.</summary>
    private static bool SpeechVerbBefore(BodyDocument document, int first, int end, int paragraphEnd)
        => first >= 2 && document.IsLowerWord(first - 1) && Lexicon.IsSpeechVerb(document.Text(first - 1))
            && document.Tokens[first - 2].Kind != TokenKind.Word
            && (end >= paragraphEnd || document.IsPunctuation(end, ',') || document.IsPunctuation(end, '.'));

    /// <summary>"witness Peter Hall", "the witness, Peter Hall": a person's role noun right before the name, or before a
    /// comma before it; "his publicist, Jeffrey Lane": any noun after a person's possessive pronoun, before a comma.</summary>
    private static bool RoleNounBefore(BodyDocument document, int first)
    {
        bool comma = first > 0 && document.IsPunctuation(first - 1, ',');
        int k = comma ? first - 2 : first - 1;
        return k >= 0 && document.IsLowerWord(k) && document.Tokens[k].Quote < 0
            && (Lexicon.NominalKind(document.Text(k)) == NameKind.Person
                || (comma && k >= 1 && Lexicon.GetOwnerPronoun(document.Text(k - 1)) == PronounKind.Person));
    }

    /// <summary>How many capitalised words an office after a name may have ("Lib Dem MEP").</summary>
    private const int MaxOfficeWords = 3;

    /// <summary>Whether the capitalised words from <paramref name="k"/> (at most <see cref="MaxOfficeWords"/>) end in a title
    /// before a comma, the end of the sentence or the "of" of a body: "Lib Dem MEP,", "Labour MP.", "General Manager of
    /// Southern Railways".</summary>
    private static bool CapitalisedOffice(BodyDocument document, int k, int paragraphEnd)
    {
        for (int m = k; m < paragraphEnd && m < k + MaxOfficeWords && document.IsCapitalised(m) && document.Tokens[m].Quote < 0; m++)
        {
            if (m + 1 < paragraphEnd && (document.IsPunctuation(m + 1, ',') || document.IsPunctuation(m + 1, '.') || document.Text(m + 1) is "of"))
            {
                return Lexicon.IsTitle(document.Word(m));
            }
        }

        return false;
    }

    /// <summary>Whether the lower-case words from <paramref name="first"/> hold, within <see cref="MaxAppositiveModifiers"/>
    /// modifiers, a person's role noun: any role or kin noun after a determiner or an owner (<paramref name="determined"/>:
    /// "a retired teacher", "his mother"); with none, a singular role noun before a comma, "of", "at" or "for" ("interim
    /// executive director,"; not "officials said").</summary>
    private static bool RoleNounWithin(BodyDocument document, int first, int paragraphEnd, bool determined)
    {
        for (int k = first; k < paragraphEnd && k <= first + MaxAppositiveModifiers && document.IsLowerWord(k) && document.Tokens[k].Quote < 0; k++)
        {
            string word = document.Text(k);
            bool role = Lexicon.NominalKind(word) == NameKind.Person;
            if (determined ? role || Lexicon.IsKinNoun(word)
                : role && !Lexicon.IsPluralNoun(word) && k + 1 < paragraphEnd
                    && (document.IsPunctuation(k + 1, ',') || document.Text(k + 1) is "of" or "at" or "for"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Peter Hall, 34,", "Jenny Park, a witness,", "Linda Park, Mr. Park's mother,": an age, or a person's role or
    /// kin noun after its determiner or owner and at most <see cref="MaxAppositiveModifiers"/> modifiers, set off by a comma
    /// after the name.</summary>
    private static bool AgeOrRoleAfter(BodyDocument document, int end, int paragraphEnd)
    {
        if (end + 2 >= paragraphEnd || !document.IsPunctuation(end, ',') || document.Tokens[end + 1].Quote >= 0 || document.Tokens[end + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        string next = document.Text(end + 1);
        if (next.Length <= 3 && char.IsDigit(next[0]) && document.Tokens[end + 2].Kind == TokenKind.Punctuation
            && document.Text(end + 2) is "," or "." or ";" or ")")
        {
            return true;
        }

        // "Fiona Hall, Lib Dem MEP,", "Peter Hall, Labour MP,": an office of a few capitalised words that ends in a title.
        if (document.IsCapitalised(end + 1) && CapitalisedOffice(document, end + 1, paragraphEnd))
        {
            return true;
        }

        // "Julian Beach, interim executive director, healthcare quality,", "Jenny Park, director of …": a person's role noun,
        // singular, after at most MaxAppositiveModifiers modifiers and before a comma, "of", "at" or "for"; one capitalised word
        // of the body may open the role ("Julian Beach, MHRA interim executive director,").
        int role = document.IsCapitalised(end + 1) ? end + 2 : end + 1;
        if (role < paragraphEnd && document.IsLowerWord(role) && RoleNounWithin(document, role, paragraphEnd, determined: false))
        {
            return true;
        }

        // "Linda Park, Mr. Park's mother,", "Linda Park, his mother,": an owner before the noun, as a determiner.
        int noun = end + 2;
        if (next is not ("a" or "an" or "the") && Lexicon.GetOwnerPronoun(next) == PronounKind.None)
        {
            noun = end + 1;
            while (noun < paragraphEnd && noun <= end + 2 && document.Tokens[noun].Quote < 0 && Lexicon.IsTitle(document.Word(noun)))
            {
                noun++;
            }

            if (noun >= paragraphEnd || !document.IsCapitalised(noun) || !document.IsPossessive(noun))
            {
                return false;
            }

            noun++;
        }

        return RoleNounWithin(document, noun, paragraphEnd, determined: true);
    }
}
