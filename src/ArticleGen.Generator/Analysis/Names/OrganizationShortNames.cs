using System;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The shorter names a body's full name is also written by, registered as the registry's organisation heads when the name
/// is read: the name from a body's noun inside it, the field before a ministry's noun, a police force without its last word.
/// </summary>
internal static class OrganizationShortNames
{
    /// <summary>
    /// "Department of Health" after "New York State Department of Health", "Court of Appeals" after "United States Court of
    /// Appeals for the Ninth Circuit": a body's noun inside its name, with "of" or "for" after it, opens a shorter name the
    /// text may use for the whole one; the words before it (a place, a nationality) are its owner. A police force is named
    /// without its last word too ("Metropolitan Police" for "Metropolitan Police Service"). A ministry or a department
    /// of one field is also written the other way round ("Defence Ministry" for "Russian Ministry of Defence", "Foreign
    /// Ministry" for "Ministry of Foreign Affairs"). Registered as heads, so a short name that two longer names hold stands
    /// for neither.
    /// </summary>
    public static void Register(PersonRegistry registry, string name)
    {
        // Most bodies' names hold neither a police force's last word nor "of" or "for": nothing to split.
        if (name.IndexOf(" Police ", StringComparison.Ordinal) < 0 && name.IndexOf(" of ", StringComparison.Ordinal) < 0
            && name.IndexOf(" for ", StringComparison.Ordinal) < 0)
        {
            return;
        }

        string[] words = name.Split(' ');

        // "Metropolitan Police" for "Metropolitan Police Service", "Tidewater Police" for "Tidewater Police Department".
        if (words.Length >= 3 && words[words.Length - 2] is "Police" && words[words.Length - 1] is "Service" or "Force" or "Department")
        {
            registry.AddOrganizationHead(name.Substring(0, name.LastIndexOf(' ')), name);
        }

        for (int i = 0; i + 2 < words.Length; i++)
        {
            if (!Lexicon.IsOrganizationCue(words[i]) || words[i + 1] is not ("of" or "for") || !char.IsUpper(words[i + 2][0]))
            {
                continue;
            }

            if (i > 0)
            {
                registry.AddOrganizationHead(string.Join(" ", words, i, words.Length - i), name);
                if (i + 3 < words.Length)
                {
                    registry.AddOrganizationHead(string.Join(" ", words, i, 3), name);
                }
            }

            // "Ministry of Defence", "Ministry of Foreign Affairs of Marlow": the field before the noun.
            int after = i + 3 < words.Length && words[i + 3] is "Affairs" ? i + 4 : i + 3;
            if (words[i] is "Ministry" or "Department" && words[i + 1] is "of" && (after == words.Length || words[after] is "of"))
            {
                registry.AddOrganizationHead(words[i + 2] + " " + words[i], name);
            }

            return;
        }
    }
}
