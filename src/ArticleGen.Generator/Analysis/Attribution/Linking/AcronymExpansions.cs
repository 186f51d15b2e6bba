using System;
using System.Linq;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// The names the text writes out for its acronyms: "United States" for "US" or "U.S.", "Ministry of Housing, Communities and
/// Local Government" for "MHCLG", "Transport for London" for "TfL"; each acronym read once.
/// </summary>
internal sealed class AcronymExpansions
{
    private readonly AttributionContext _context;

    /// <summary>The expansion the text writes for each acronym asked about (<see cref="ExpansionInText"/>), made on first use.</summary>
    private WordMemo? _expansions;

    public AcronymExpansions(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    /// <summary>The name the text writes out for <paramref name="word"/> when it is an acronym; null when it is none or
    /// the text writes none.</summary>
    public string? ExpansionOf(string word) => AcronymLetters(word) is { } letters ? (_expansions ??= new WordMemo(ExpansionInText)).For(letters) : null;
    /// <summary>The letters of an acronym, dotted or not ("US", "U.S."), or with a function word's initial in lower case
    /// ("TfL", "MoD"); null for another word.</summary>
    private static string? AcronymLetters(string word)
    {
        string letters = word.Replace(".", string.Empty);
        return Lexicon.IsAcronym(letters) && (letters.Length == word.Length || word.Length == 2 * letters.Length)
            && (letters.All(char.IsUpper) || (letters.Length == word.Length && letters.All(char.IsLetter)))
            ? letters
            : null;
    }

    /// <summary>
    /// The first run of capitalised words outside quotes whose initials are exactly <paramref name="letters"/> ("United
    /// States" for "US"); null when the text writes none.
    /// </summary>
    private string? ExpansionInText(string letters)
    {
        // "MHCLG" for "Ministry of Housing, Communities and Local Government": an organisation the text names, by the
        // initials of its capitalised words.
        string? found = null;
        foreach (var occurrence in _context.Occurrences)
        {
            if (occurrence.Kind == NameKind.Organization && occurrence.Entity < 0
                && (Initials(occurrence.Name, letters) == letters
                    || (WithoutOwner(occurrence.Name) is var owned && !ReferenceEquals(owned, occurrence.Name) && Initials(owned, letters) == letters)))
            {
                found = occurrence.Name;
                break;
            }
        }

        var tokens = _context.Tokens;
        for (int k = 0; k < tokens.Length && found is null; k++)
        {
            if (tokens[k].Quote >= 0 || !Document.IsCapitalised(k) || Document.Text(k)[0] != letters[0]
                || (k > 0 && Document.IsCapitalised(k - 1) && !Lexicon.IsFunctionWord(Document.Word(k - 1))))
            {
                continue;
            }

            // A letter in lower case spells a lower-case word ("TfL": "Transport for London").
            int end = k + letters.Length;
            bool spells = end <= tokens.Length && (end == tokens.Length || !Document.IsCapitalised(end) || tokens[end].Quote >= 0);
            for (int w = k; w < end && spells; w++)
            {
                spells = tokens[w].Quote < 0 && tokens[w].Kind == TokenKind.Word && Document.Text(w)[0] == letters[w - k]
                    && (char.IsUpper(letters[w - k]) ? Document.IsCapitalised(w) : Document.IsLowerWord(w));
            }

            found = spells ? NameInterpreter.Interpret(Document, k, end)?.Name : null;
        }

        return found;
    }

    /// <summary>The initials of a name's capitalised words ("MHCLG" of "Ministry of Housing, Communities and Local Government"),
    /// each part of a hyphenated one ("ISPR" of "Inter-Services Public Relations"), and of its lower-case words too when the
    /// acronym it is compared with spells some in lower case ("TfL" of "Transport for London").</summary>
    private static string Initials(string name, string acronym)
    {
        bool lowerSpelt = !acronym.All(char.IsUpper);
        var initials = new System.Text.StringBuilder();
        foreach (string word in name.Split(' ', '-'))
        {
            if (word.Length > 0 && (char.IsUpper(word[0]) || (lowerSpelt && char.IsLower(word[0]))))
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    /// <summary>A name without the owner that opens it, a possessive or a country's dotted letters ("Britain's Office for
    /// National Statistics", "U.S. Food and Drug Administration"), whose initials its acronym leaves out ("ONS", "FDA");
    /// the name itself when no owner opens it.</summary>
    private static string WithoutOwner(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0)
        {
            return name;
        }

        string first = name.Substring(0, space);
        bool owner = first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal)
            || (first.Length <= 5 && first.IndexOf('.') > 0 && first.All(c => c == '.' || char.IsUpper(c)));
        return owner ? name.Substring(space + 1) : name;
    }
}
