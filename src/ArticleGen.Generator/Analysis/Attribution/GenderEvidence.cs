using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>What the article itself says of a person's gender.</summary>
internal enum Gender
{
    /// <summary>No evidence, or as much for one as for the other.</summary>
    Unknown,

    /// <summary>Referred to as he/him/his, or with Mr, Sir, King, ….</summary>
    Male,

    /// <summary>Referred to as she/her, or with Mrs, Ms, Queen, ….</summary>
    Female,
}

/// <summary>
/// The gender evidence for each person the article names: the given name, when it names one gender almost always
/// (<see cref="GivenNames"/>); else what the article says, gathered once in one pass: an honorific before the name ("Mrs",
/// "Sir", "Queen"), a noun of kin or of one gender right before it ("whose son Tomas", "his wife, Ines,"), and the first he
/// or she after a name in subject position, in its sentence or the next, when no other person is named in between.
/// </summary>
internal sealed class GenderEvidence
{
    /// <summary>How many tokens after a name the first pronoun is looked for.</summary>
    private const int MaxPronounDistance = 60;

    /// <summary>A word before the name ("Mrs", "son") says the gender outright, and outweighs one pronoun after it, which
    /// may be another person's ("whose son Tomas was killed, spoke … “…,” she said").</summary>
    private const int WordWeight = 2;

    private readonly Dictionary<string, int> _votes = new(StringComparer.Ordinal);

    public GenderEvidence(AttributionContext context)
    {
        var document = context.Document;
        var occurrences = context.Occurrences;
        for (int i = 0; i < occurrences.Count; i++)
        {
            var occurrence = occurrences[i];
            if (occurrence.Kind != NameKind.Person)
            {
                continue;
            }

            int first = document.TokenAt(occurrence.Start);
            if (first > 0 && Honorific(document.Word(first - 1)) is var titled and not Gender.Unknown)
            {
                Vote(occurrence.Name, titled, WordWeight);
            }

            // "whose son Tomas", "his wife, Ines,": a noun of kin or of one gender right before the name.
            int described = first > 1 && document.IsPunctuation(first - 1, ',') ? first - 2 : first - 1;
            if (described >= 0 && document.IsLowerWord(described) && OfDescribingNoun(document.Text(described)) is var noun and not Gender.Unknown)
            {
                Vote(occurrence.Name, noun, WordWeight);
            }

            if (occurrence.IsSubject)
            {
                Vote(occurrence.Name, FirstPronoun(document, occurrence.End, NextPersonStart(occurrences, i)));
            }
        }
    }

    /// <summary>
    /// The gender of the person named <paramref name="name"/>: the one its given name almost always names ("Tom Hale"),
    /// else the one the article gives. The given name comes first: a pronoun after a name is weaker evidence, as the
    /// next sentence's "she" may be another person's.
    /// </summary>
    public Gender Of(string name)
    {
        int space = name.IndexOf(' ');
        if (space > 0 && GivenNames.Of(name.Substring(0, space)) is var given and not Gender.Unknown)
        {
            return given;
        }

        return _votes.TryGetValue(name, out int votes) ? votes > 0 ? Gender.Male : votes < 0 ? Gender.Female : Gender.Unknown : Gender.Unknown;
    }

    /// <summary>he/him/his → male, she/her → female; anything else unknown.</summary>
    public static Gender OfPronoun(string word) => word switch
    {
        "he" or "He" or "him" or "his" or "His" or "himself" => Gender.Male,
        "she" or "She" or "her" or "Her" or "hers" or "herself" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>The gender a role noun of one person names: "woman", "spokesman"; unknown for most ("witness", "official").</summary>
    public static Gender OfRoleNoun(string noun) => noun switch
    {
        "man" or "boy" or "spokesman" or "chairman" or "businessman" or "policeman" or "congressman" or "assemblyman" or "monk"
            or "councilman" => Gender.Male,
        "woman" or "girl" or "spokeswoman" or "chairwoman" or "businesswoman" or "policewoman" or "congresswoman"
            or "assemblywoman" or "nun" or "actress" or "councilwoman" or "midwife" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>Whether the noun of kin names one gender ("father", "wife"; not "cousin"): "the father" stands for a person
    /// "he" would.</summary>
    public static bool IsGenderedKinNoun(string noun) => Lexicon.IsKinNoun(noun) && OfDescribingNoun(noun) != Gender.Unknown;

    /// <summary>The gender a noun of kin or a role noun names ("son", "wife", "actress"); unknown for the others.</summary>
    public static Gender OfDescribingNoun(string noun) => noun switch
    {
        "son" or "husband" or "father" or "brother" or "boyfriend" or "grandson" or "grandfather" or "nephew" or "uncle"
            or "stepson" or "stepfather" => Gender.Male,
        "daughter" or "wife" or "mother" or "sister" or "girlfriend" or "granddaughter" or "grandmother" or "niece" or "aunt"
            or "stepdaughter" or "stepmother" => Gender.Female,
        _ => OfRoleNoun(noun),
    };

    /// <summary>The gender an honorific right before the name that opens at <paramref name="token"/> gives it ("Mrs. Obama"),
    /// or unknown.</summary>
    public static Gender HonorificBefore(BodyDocument document, int token)
        => token > 0 ? Honorific(document.Word(token - 1)) : Gender.Unknown;

    private static Gender Honorific(string word) => word switch
    {
        "Mr" or "Mr." or "Sir" or "King" or "Prince" or "Lord" or "Congressman" or "Spokesman" or "Father" or "Actor"
            or "Brother" => Gender.Male,
        "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" or "Dame" or "Queen" or "Princess" or "Lady" or "Congresswoman" or "Spokeswoman"
            or "Actress" or "Chairwoman" or "Sister" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>Where the next person after occurrence <paramref name="i"/> is named, within the next
    /// <see cref="MaxPronounDistance"/> names (a body's name between takes no he or she: "Jo Lee told the ABC she"); the
    /// end of the text when none is.</summary>
    private static int NextPersonStart(List<NameOccurrence> occurrences, int i)
    {
        for (int j = i + 1; j < occurrences.Count && j <= i + MaxPronounDistance; j++)
        {
            if (occurrences[j].Kind == NameKind.Person)
            {
                return occurrences[j].Start;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The first he or she after <paramref name="from"/>, before <paramref name="limit"/> and within the
    /// name's sentence and the next; none when a him or her of its gender stands before it, whom it stands for ("Winston
    /// Grant, who has trained her since she was a schoolgirl").</summary>
    private static Gender FirstPronoun(BodyDocument document, int from, int limit)
    {
        int token = document.TokenAt(from);
        if (token < 0 || token + 1 >= document.Tokens.Length)
        {
            return Gender.Unknown;
        }

        int lastSentence = document.TokenSentence[token] + 1;
        var objects = Gender.Unknown;
        for (int k = token + 1, steps = 0; k < document.Tokens.Length && steps < MaxPronounDistance; k++, steps++)
        {
            if (document.Tokens[k].Start >= limit || document.TokenSentence[k] > lastSentence)
            {
                break;
            }

            // Only a subject pronoun: "Tom Reed met her" says nothing of Tom Reed. (The length first: a word's text is read
            // only for the few words of a pronoun's length.)
            if (document.Tokens[k].Length is < 2 or > 3 || document.Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (document.Tokens[k].Quote < 0 && document.Text(k) is "he" or "He" or "she" or "She")
            {
                var gender = OfPronoun(document.Text(k));
                return gender == objects ? Gender.Unknown : gender;
            }

            if (document.Tokens[k].Quote < 0 && document.Text(k) is "him" or "her")
            {
                objects = document.Text(k) is "him" ? Gender.Male : Gender.Female;
            }
        }

        return Gender.Unknown;
    }

    private void Vote(string name, Gender gender, int weight = 1)
    {
        if (gender != Gender.Unknown)
        {
            _votes[name] = (_votes.TryGetValue(name, out int votes) ? votes : 0) + (gender == Gender.Male ? weight : -weight);
        }
    }
}
