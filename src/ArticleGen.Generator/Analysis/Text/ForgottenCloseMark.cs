namespace ArticleGen.Generator.Analysis;

/// <summary>
/// "“This is one of the best days of my career, he told RTÉ Radio 1. “To share the pitch …": a quote that a new opening
/// mark bounds, whose text ends with a short attribution after its last comma, lost its closing mark at that comma; the
/// attribution belongs to the reporting sentence.
/// </summary>
internal static class ForgottenCloseMark
{
    /// <summary>How many words an attribution after the comma may hold: "he told RTÉ Radio 1 Sunday Sport".</summary>
    private const int MaxAttributionWords = 8;

    /// <summary>How many capitalised words may name the speaker before the verb: "Jo Lee said".</summary>
    private const int MaxNameWords = 3;

    /// <summary>The offset of the comma in <c>body[start..limit)</c> before an attribution that ends the text with a full
    /// stop, which stands for the forgotten closing mark; -1 when the text ends otherwise.</summary>
    public static int CommaBeforeAttribution(string body, int start, int limit)
    {
        int end = limit;
        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        if (end == start || body[end - 1] != '.')
        {
            return -1;
        }

        int comma = body.LastIndexOf(',', end - 1, end - start);
        if (comma <= start || comma + 1 >= end || !char.IsWhiteSpace(body[comma + 1]))
        {
            return -1;
        }

        // At most one word more than an attribution may hold is split off: a longer tail is no attribution.
        var words = body.Substring(comma + 1, end - 1 - comma - 1)
            .Split((char[]?)null, MaxAttributionWords + 1, System.StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.Length <= MaxAttributionWords && IsAttribution(words) ? comma : -1;
    }

    /// <summary>"he told …", "Jo Lee said …", "said Jo Lee …": a pronoun or a capitalised name, then a verb of saying; or
    /// the verb, then the pronoun or name.</summary>
    private static bool IsAttribution(string[] words)
    {
        if (IsSaying(words[0]))
        {
            return Lexicon.GetPronoun(words[1]) == PronounKind.Person || IsCapitalised(words[1]);
        }

        if (Lexicon.GetPronoun(words[0]) is PronounKind.Person || words[0] is "they")
        {
            return IsSaying(words[1]);
        }

        for (int k = 0; k < words.Length && k <= MaxNameWords; k++)
        {
            if (!IsCapitalised(words[k]))
            {
                return k > 0 && IsSaying(words[k]);
            }
        }

        return false;
    }

    private static bool IsSaying(string word) => word is "said" or "says" or "told" or "tells" or "added" or "adds" or "explained";

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word is not ("I" or "We") && !Lexicon.IsFunctionWord(word);
}
