using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Analysis.Attribution;
using ArticleGen.Generator.Text;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The full person names the text has introduced, in body order, so that a bare name resolves to the person
/// introduced first before it: "Blinken" → "Antony Blinken" (last word), "Wang" → "Wang Yi" (first word, for
/// family-name-first names). News calls the first person of a surname by it and a relative introduced later by a
/// given name ("Trump" stays Donald Trump after "Ivanka Trump"), or by an honorific ("Mrs. Obama" after "Barack Obama" and
/// "Michelle Obama"). Names introduced before the bare name count first, so
/// a "Wang Xiaohong" introduced later never captures a "Wang" already introduced as "Wang Yi"; a bare name the text
/// introduces only later (a lead that quotes "Brown" before "Jan Brown, the mayor") is that later person. The person's
/// fullest form counts wherever it stands ("Robert Mugabe" is "Robert Gabriel Mugabe").
/// </summary>
internal sealed class PersonRegistry
{
    /// <summary>At most this many other persons are kept per last word: a family in the news is a few people, and a text
    /// that names thousands must not make each honorific's look-up read them all.</summary>
    private const int MaxOtherPersons = 8;

    private readonly Dictionary<string, FirstPerson> _byLastWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FirstPerson> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FirstPerson> _byMiddleWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FirstPerson> _byGivenName = new(StringComparer.OrdinalIgnoreCase);

    // Last words written with letters outside ASCII, unfolded: "Şahin" is "Mehmet Ali Şahin" even after an "Ibrahim Sahin".
    private readonly Dictionary<string, FirstPerson> _byAccentedLastWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(int Position, string Name)>> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _organizationHeads = new(StringComparer.Ordinal);

    // The other persons of a last word, after its first ("Michelle Obama" after "Barack Obama"), made only when the text names one.
    private Dictionary<string, List<(int Position, string Name)>>? _othersByLastWord;

    /// <summary>Registers a person name of two or more words; positions must not decrease between calls.</summary>
    public void Add(TextName name)
    {
        if (name.WordCount < 2)
        {
            return;
        }

        string text = name.Name;
        int firstSpace = text.IndexOf(' ');
        int lastSpace = text.LastIndexOf(' ');
        if (firstSpace < 0)
        {
            return;
        }

        if (name.Kind == NameKind.Organization)
        {
            // "Ford Motor Company" is later "Ford"; "Syrian Democratic Forces" is "SDF", "Transport for London" "TfL". An
            // acronym that opens a longer name is the body it belongs to, not its short form ("the UN" after "the UN Human
            // Rights Council", "the EU" after "the EU Commission").
            string firstWord = text.Substring(0, firstSpace);
            if (!Lexicon.IsAcronym(firstWord))
            {
                Add(_organizations, firstWord, name.Start, text);
            }

            int words = 1;
            foreach (char c in text)
            {
                words += c == ' ' ? 1 : 0;
            }

            var initials = new char[words];
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (i == 0 || text[i - 1] == ' ')
                {
                    initials[count++] = text[i];
                }
            }

            Add(_organizations, new string(initials, 0, count), name.Start, text);

            // "NSW Rural Fire Service" is "the RFS": a state's acronym before the body's words is no letter of its short form.
            if (Lexicon.IsAcronym(firstWord) && count >= 3)
            {
                Add(_organizations, new string(initials, 1, count - 1), name.Start, text);
            }

            return;
        }

        if (name.Kind != NameKind.Person)
        {
            return;
        }

        AddPerson(_byFirstWord, Key(text.Substring(0, firstSpace)), name.Start, text);
        string lastWord = text.Substring(lastSpace + 1);
        string lastKey = Key(lastWord);
        string firstOfLastWord = AddPerson(_byLastWord, lastKey, name.Start, text);
        AddOther(lastKey, firstOfLastWord, name.Start, text, firstSpace);
        if (!ReferenceEquals(lastKey, lastWord))
        {
            AddPerson(_byAccentedLastWord, lastWord, name.Start, text);
        }

        // "Nasser al-Shaer" is later "Shaer" as well as "al-Shaer".
        if (Lexicon.NameAfterJoinedArticle(lastWord) is { } bare)
        {
            AddPerson(_byLastWord, Key(bare), name.Start, text);
        }

        // "Ricardo Rosselló Nevares" is "Rosselló": a middle word may be the surname of a two-surname name ("Ferdinand Marcos,
        // Jr." is "Marcos").
        for (int start = firstSpace + 1; start < lastSpace;)
        {
            int space = text.IndexOf(' ', start);
            AddPerson(_byMiddleWord, Key(text.Substring(start, space - start).TrimEnd(',')), name.Start, text);
            start = space + 1;
        }
    }

    /// <summary>Registers a person the text names by one word after a role noun ("British singer Adele", "coach
    /// Schmetzer"), so that the word stays that person's wherever it stands alone.</summary>
    public void AddSingleName(string name, int position) => AddPerson(_byLastWord, Key(name), position, name);

    /// <summary>Registers a given name the text introduces after a kin noun ("his wife Ana"), found only when no full
    /// name is, so that a fuller "Norrie Aitchison" later in the text still names "Aitchison's father Norrie".</summary>
    public void AddGivenName(string name, int position) => AddPerson(_byGivenName, Key(name), position, name);

    /// <summary>
    /// Registers the acronym a name is introduced with, "Syrian Democratic Forces (SDF)", "Transport for London (TfL)",
    /// "Recording Industry Association of America (RIAA)", "Ministry of Manpower (MOM)": when the acronym's letters are the
    /// initials of the name's last capitalised words (case-insensitive), those words are what the acronym stands for from
    /// <paramref name="position"/> on. A lower-case word between them counts when the acronym spells it ("TfL" its "for",
    /// "MOM" its "of"), or is skipped ("RIAA" skips its "of"); a nationality right before those words is the name's too
    /// ("Indian Ministry of External Affairs (MEA)"). A body's name that spells no such letters stands for its acronym all the
    /// same, in the body's own language ("National Disaster Mitigation Agency (BNPB)"). Positions must not decrease between
    /// calls.
    /// </summary>
    public void AddAcronym(string name, string acronym, int position)
    {
        string[] words = name.Split(' ');
        if (acronym.Length < 2)
        {
            return;
        }

        int first = AcronymStart(words, acronym, spellsFunctionWords: false);
        first = first >= 0 ? first : AcronymStart(words, acronym, spellsFunctionWords: true);
        if (first >= 0)
        {
            // "Indian Ministry of External Affairs (MEA)": a nationality before the words the acronym spells is the body's, and
            // so is a country's name of two words ("United States Department of State (DoS)").
            if (first > 0 && Lexicon.IsNationality(words[first - 1]))
            {
                first--;
            }
            else if (first > 1 && Lexicon.IsGoverningPlace(words[first - 2] + " " + words[first - 1]))
            {
                first -= 2;
            }

            Add(_organizations, acronym, position, string.Join(" ", words, first, words.Length - first));
        }
        else if (SpellsInitialsInAnotherOrder(words, acronym))
        {
            // "International Cycling Union (UCI)": the acronym of the name in another language, whose words come in another
            // order ("The" opening a sentence is none of them).
            int start = 0;
            while (start < words.Length - 1 && Lexicon.IsFunctionWord(words[start]))
            {
                start++;
            }

            Add(_organizations, acronym, position, string.Join(" ", words, start, words.Length - start));
        }
        else if (SpellsWordBeginnings(words, acronym) is var begun and >= 0)
        {
            // "Independent Commission of Investigations (INDECOM)", "International Criminal Police Organization (INTERPOL)":
            // the beginnings of the name's words, in order, from its first.
            Add(_organizations, acronym, position, string.Join(" ", words, begun, words.Length - begun));
        }
        else if (words.Length >= 2 && Lexicon.IsOrganizationCue(words[words.Length - 1]) && Lexicon.IsAcronym(acronym))
        {
            // "National Disaster Mitigation Agency (BNPB)": a body's name in English with its acronym in the body's own
            // language, whose letters spell no initials here.
            int start = Lexicon.IsFunctionWord(words[0]) ? 1 : 0;
            Add(_organizations, acronym, position, string.Join(" ", words, start, words.Length - start));
        }
    }

    /// <summary>Whether the acronym's letters are the initials of the name's capitalised words, each once, in any order.</summary>
    private static bool SpellsInitialsInAnotherOrder(string[] words, string acronym)
    {
        var initials = new List<char>();
        foreach (string word in words)
        {
            if (word.Length > 0 && char.IsUpper(word[0]) && !Lexicon.IsFunctionWord(word))
            {
                initials.Add(word[0]);
            }
        }

        if (initials.Count != acronym.Length)
        {
            return false;
        }

        foreach (char letter in acronym)
        {
            if (!initials.Remove(char.ToUpperInvariant(letter)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the name's words start whose beginnings (the longest each shares with what is left of the acronym)
    /// spell an acronym of four capitals or more, in order, from the first capitalised word that is no function word, a
    /// word that shares none passed over; two words at least give letters and one gives two or more, and a word of the
    /// name marks a body ("Commission"), as a person's name in parentheses may be followed by anything; -1 otherwise.</summary>
    private static int SpellsWordBeginnings(string[] words, string acronym)
    {
        if (acronym.Length < 4 || !acronym.All(char.IsUpper) || !words.Any(Lexicon.IsOrganizationCue))
        {
            return -1;
        }

        int first = 0;
        while (first < words.Length && (words[first].Length == 0 || !char.IsUpper(words[first][0]) || Lexicon.IsFunctionWord(words[first])))
        {
            first++;
        }

        int spelt = 0;
        int giving = 0;
        bool longer = false;
        for (int w = first; w < words.Length && spelt < acronym.Length; w++)
        {
            int shared = 0;
            while (shared < words[w].Length && spelt + shared < acronym.Length
                && char.ToUpperInvariant(words[w][shared]) == acronym[spelt + shared])
            {
                shared++;
            }

            if (shared == 0 && w == first)
            {
                return -1;
            }

            spelt += shared;
            giving += shared > 0 ? 1 : 0;
            longer |= shared >= 2;
        }

        return spelt == acronym.Length && giving >= 2 && longer ? first : -1;
    }

    /// <summary>The first of the name's last words whose initials the acronym spells, or -1. A lower-case word counts when
    /// the acronym gives its initial in lower case, or in either case when <paramref name="spellsFunctionWords"/>.</summary>
    private static int AcronymStart(string[] words, string acronym, bool spellsFunctionWords)
    {
        int matched = 0;
        int first = words.Length;
        for (int w = words.Length - 1; w >= 0 && matched < acronym.Length; w--)
        {
            char letter = acronym[acronym.Length - 1 - matched];
            if (SpellsWholeWord(words[w], acronym, acronym.Length - matched))
            {
                // "USA Gymnastics (USAG)", "UN Development Programme (UNDP)": an acronym in the name gives all its letters.
                matched += words[w].Length;
                first = w;
                continue;
            }

            if (!char.IsUpper(words[w][0]))
            {
                if (words[w][0] != (spellsFunctionWords ? char.ToLowerInvariant(letter) : letter))
                {
                    continue;
                }
            }
            else if (char.ToUpperInvariant(words[w][0]) != char.ToUpperInvariant(letter))
            {
                return -1;
            }

            matched++;
            first = w;
        }

        return matched == acronym.Length ? first : -1;
    }

    /// <summary>Whether <paramref name="word"/> is an acronym of two letters or more that the acronym's letters before
    /// <paramref name="end"/> end with.</summary>
    private static bool SpellsWholeWord(string word, string acronym, int end)
        => word.Length >= 2 && word.Length <= end && word.All(char.IsUpper)
            && string.CompareOrdinal(acronym, end - word.Length, word, 0, word.Length) == 0;

    /// <summary>"Impala Platinum Holdings, or Implats,": a body's other name, written after <paramref name="position"/>.</summary>
    public void AddOrganizationAlias(string alias, int position, string name) => Add(_organizations, alias, position, name);

    /// <summary>
    /// Registers the longer name an organisation's name begins ("High Court" of "High Court of England and Wales"); a
    /// head that begins two different longer names ("Ministry of Health", "Ministry of Defence") stands for neither.
    /// </summary>
    public void AddOrganizationHead(string head, string name)
    {
        if (!_organizationHeads.TryGetValue(head, out string? known))
        {
            _organizationHeads.Add(head, name);
        }
        else if (known is not null && !string.Equals(known, name, StringComparison.Ordinal))
        {
            _organizationHeads[head] = null;
        }
    }

    /// <summary>The one longer name the text gives an organisation ("High Court" → "High Court of England and Wales"), or null.</summary>
    public string? ResolveOrganizationHead(string head) => _organizationHeads.TryGetValue(head, out string? name) ? name : null;

    /// <summary>The full name a one-word name stands for at <paramref name="position"/>, or null.</summary>
    public string? Resolve(string word, int position)
    {
        string key = Key(word);
        return (ReferenceEquals(key, word) ? null : FindPerson(_byAccentedLastWord, word, position))
            ?? FindPerson(_byLastWord, key, position) ?? FindPerson(_byFirstWord, key, position) ?? FindPerson(_byMiddleWord, key, position)
            ?? FindPerson(_byGivenName, key, position);
    }

    /// <summary>
    /// "Mrs. Obama" after "Barack Obama" and "Michelle Obama": the person a one-word name stands for at <paramref
    /// name="position"/> (<see cref="Resolve"/>), unless an honorific gives the name a gender that person's given name is
    /// not known to have ("Barack" is a name of no known gender) and another person of the same last word, introduced
    /// before it, has a given name of that gender: then that person.
    /// </summary>
    public string? ResolveByGender(string word, int position, Gender gender)
    {
        string? first = Resolve(word, position);
        if (first is null || gender == Gender.Unknown || _othersByLastWord is null || !_othersByLastWord.TryGetValue(Key(word), out var others)
            || GivenNameGender(first) == gender)
        {
            return first;
        }

        foreach (var other in others)
        {
            if (other.Position < position && GivenNameGender(other.Name) == gender)
            {
                return other.Name;
            }
        }

        return first;
    }

    private static Gender GivenNameGender(string name)
    {
        int space = name.IndexOf(' ');
        return GivenNames.Of(space > 0 ? name.Substring(0, space) : name);
    }

    /// <summary>"George Bush" after "George W. Bush": the fuller form, with the same first and last word, of the person
    /// introduced before <paramref name="position"/> under the last word of the two-word <paramref name="name"/>, or null.</summary>
    public string? ResolveFuller(string name, int position)
    {
        int space = name.IndexOf(' ');
        int tail = name.Length - space;
        return Resolve(name.Substring(space + 1), position) is { } fuller && fuller.Length > name.Length
            && string.CompareOrdinal(fuller, 0, name, 0, space + 1) == 0
            && string.CompareOrdinal(fuller, fuller.Length - tail, name, space, tail) == 0
            ? fuller
            : null;
    }

    /// <summary>"Hugo Chavez" after "Hugo Chávez", or the other way round: the fullest name of the person introduced before
    /// <paramref name="position"/> under the same words written with other accents or capitals, or null.</summary>
    public string? ResolveSpelling(string name, int position)
        => _byLastWord.TryGetValue(Key(name.Substring(name.LastIndexOf(' ') + 1)), out var person) && person.Position < position
            && !string.Equals(person.First, name, StringComparison.Ordinal)
            && string.Equals(TextFolding.Fold(person.First), TextFolding.Fold(name), StringComparison.Ordinal)
            ? person.Fullest
            : null;

    /// <summary>"La Riva" after "Gloria La Riva": the fuller name of the person introduced before <paramref name="position"/>
    /// under the last word of <paramref name="name"/> whose last words it is, case ignored, since a particle is capitalised at
    /// a sentence's start ("Van der Linden said" after "Pieter van der Linden"); a surname that a particle opens may also
    /// stand inside the fuller name ("Del Valle" of "Alicia del Valle Ibarra"); or null.</summary>
    public string? ResolveEnding(string name, int position)
    {
        if (Resolve(name.Substring(name.LastIndexOf(' ') + 1), position) is not { } fuller || fuller.Length <= name.Length)
        {
            return null;
        }

        if (fuller[fuller.Length - name.Length - 1] == ' ' && fuller.EndsWith(name, StringComparison.OrdinalIgnoreCase))
        {
            return fuller;
        }

        int inside = Lexicon.IsNameParticle(name.Substring(0, name.IndexOf(' ')).ToLowerInvariant())
            ? fuller.IndexOf(" " + name + " ", StringComparison.OrdinalIgnoreCase)
            : -1;
        return inside > 0 ? fuller : null;
    }

    /// <summary>"Nurul Aina" after "Nurul Aina Rashid": the fuller name of the person introduced before <paramref
    /// name="position"/> under the first word of <paramref name="name"/> whose first words it is, or null.</summary>
    public string? ResolveBeginning(string name, int position)
        => Resolve(name.Substring(0, name.IndexOf(' ')), position) is { } fuller && fuller.Length > name.Length + 1
            && fuller[name.Length] == ' ' && fuller.StartsWith(name, StringComparison.Ordinal)
            ? fuller
            : null;

    /// <summary>
    /// The first person introduced under a one-word name after <paramref name="position"/> ("“…,” Brown said." before
    /// "Jan Brown, the mayor, …"), or null: for a name that <see cref="Resolve"/> finds nobody before.
    /// </summary>
    public string? ResolveLater(string word, int position)
    {
        string key = Key(word);
        return Later(_byLastWord, key, position) ?? Later(_byFirstWord, key, position);
    }

    /// <summary>
    /// "Saree" after "Yahya Sarea", "Wasif" after "Sally Wasef": the one person introduced before <paramref name="position"/>
    /// whose surname is a letter away from <paramref name="word"/> (one letter changed, added or dropped; the same first
    /// letter; five letters or more), a spelling the text slipped into; null when none or more than one person is.
    /// </summary>
    public string? ResolveVariant(string word, int position)
    {
        if (word.Length < 5)
        {
            return null;
        }

        string key = Key(word);
        string? found = null;
        foreach (var entry in _byLastWord)
        {
            if (entry.Value.Position >= position || !Spelling.OneLetterApart(entry.Key, key))
            {
                continue;
            }

            if (found is not null && !string.Equals(found, entry.Value.Fullest, StringComparison.Ordinal))
            {
                return null;
            }

            found = entry.Value.Fullest;
        }

        return found;
    }

    /// <summary>The organisation a one-word name or acronym stands for at <paramref name="position"/>, or null.</summary>
    /// <remarks>Initials written with dots ("U.N.", "E.U.") find the organisation by their letters, as plain initials do.</remarks>
    public string? ResolveOrganization(string word, int position)
        => Find(_organizations, word, position)
            ?? (NameInterpreter.IsJoinedInitials(word) ? Find(_organizations, word.Replace(".", string.Empty), position) : null);

    private static void Add(Dictionary<string, List<(int, string)>> index, string key, int position, string name)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = new List<(int, string)>();
            index.Add(key, list);
        }

        list.Add((position, name));
    }

    /// <summary>
    /// The key of a name word: "Erdogan" is "Recep Tayyip Erdoğan", so a word with letters outside ASCII is folded
    /// (diacritics dropped); case is the dictionaries' to ignore, so an ASCII word is its own key (the same string) and
    /// costs nothing.
    /// </summary>
    private static string Key(string word)
    {
        foreach (char c in word)
        {
            if (c >= 0x80)
            {
                return TextFolding.Fold(word);
            }
        }

        return word;
    }

    /// <summary>The first person introduced under <paramref name="key"/> before <paramref name="position"/>, in the
    /// fullest form the text gives that person (same first and last word, more words).</summary>
    private static string? FindPerson(Dictionary<string, FirstPerson> index, string key, int position)
        => index.TryGetValue(key, out var person) && person.Position < position ? person.Fullest : null;

    private static string? Later(Dictionary<string, FirstPerson> index, string key, int position)
        => index.TryGetValue(key, out var person) && person.Position >= position ? person.Fullest : null;

    /// <summary>Keeps the persons of a last word other than its first (<paramref name="first"/>, as <see cref="AddPerson"/>
    /// returned it), each once (by given name), as first written.</summary>
    private void AddOther(string lastKey, string first, int position, string name, int firstSpace)
    {
        if (string.Compare(first, 0, name, 0, firstSpace + 1, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return;
        }

        _othersByLastWord ??= new Dictionary<string, List<(int Position, string Name)>>(StringComparer.OrdinalIgnoreCase);
        if (!_othersByLastWord.TryGetValue(lastKey, out var others))
        {
            others = new List<(int Position, string Name)>();
            _othersByLastWord.Add(lastKey, others);
        }

        if (others.Count == MaxOtherPersons)
        {
            return;
        }

        foreach (var (_, other) in others)
        {
            if (string.Compare(other, 0, name, 0, firstSpace + 1, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return;
            }
        }

        others.Add((position, name));
    }

    /// <summary>Keeps, per key, the first person and that person's fullest form so far: constant work per name. Returns the
    /// key's first person as first written.</summary>
    private static string AddPerson(Dictionary<string, FirstPerson> index, string key, int position, string name)
    {
        if (!index.TryGetValue(key, out var person))
        {
            index.Add(key, new FirstPerson(position, name, name));
            return name;
        }

        if (name.Length > person.Fullest.Length && SameEnds(name, person.First))
        {
            index[key] = person with { Fullest = name };
        }

        return person.First;
    }

    private static bool SameEnds(string name, string other)
    {
        // A one-word person ("Adele") keeps that form: a later "Jo Adele" is someone else.
        int space = other.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        int lastSpace = other.LastIndexOf(' ');
        return name.StartsWith(other.Substring(0, space + 1), StringComparison.Ordinal)
            && name.EndsWith(other.Substring(lastSpace), StringComparison.Ordinal);
    }

    /// <summary>The first person introduced under a key: where, as first written, and in its fullest form.</summary>
    private readonly record struct FirstPerson(int Position, string First, string Fullest);

    private static string? Find(Dictionary<string, List<(int Position, string Name)>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var list))
        {
            return null;
        }

        int found = SortedSearch.LastBefore(list, position, entry => entry.Position);
        return found >= 0 ? list[found].Name : null;
    }
}
