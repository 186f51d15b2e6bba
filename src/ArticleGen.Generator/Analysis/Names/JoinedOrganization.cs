using System;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Organisation names that "and", "&amp;" or a list with commas runs through: "Food and Drug Administration", "Oxfordshire
/// Fire and Rescue Service", "Calder and Ryburn Hospitals NHS Trust" (the last run ends in an institution's head noun),
/// "Marks &amp; Spencer", "Baxter, Lyle &amp; Oduya" (an ampersand joins names), and after a head noun's "of" or "for",
/// "Ministry of Housing, Communities and Local Government", "Bureau of Alcohol, Tobacco, Firearms and Explosives". Two
/// names that "and" joins stay two ("Britain and France", "Tom Hale and Rescue Service").
/// </summary>
internal static class JoinedOrganization
{
    /// <summary>How many runs a joined name may have after its first.</summary>
    private const int MaxJoinedRuns = 4;

    /// <summary>How many words a run before the last may have ("Oxfordshire Fire", "Country Land").</summary>
    private const int MaxRunWords = 3;

    /// <summary>
    /// The end of the organisation's name that starts with the run [<paramref name="runStart"/>,
    /// <paramref name="runEnd"/>) and goes on over "and", "&amp;" or commas before <paramref name="limit"/>; -1 when none does.
    /// </summary>
    public static int End(BodyDocument document, int runStart, int runEnd, int limit)
        => ListEnd(document, runStart, runEnd, limit, afterHead: false, out bool ampersand) is var end and >= 0
            && (ampersand || EndsInInstitution(document, end))
            ? end
            : -1;

    /// <summary>Whether a comma, "&amp;" or "and" follows a run that ends at <paramref name="runEnd"/>: the cheap test that most
    /// runs fail, before any reading.</summary>
    public static bool GoesOnAfter(BodyDocument document, int runEnd, int limit)
        => runEnd + 1 < limit && (document.IsPunctuation(runEnd, ',') || document.IsPunctuation(runEnd, '&') || document.Text(runEnd) is "and");

    /// <summary>Whether an organisation's name runs on over "and", "&amp;" or a comma, as the names found here do.</summary>
    public static bool IsJoined(string name)
        => name.IndexOf(" and ", StringComparison.Ordinal) >= 0 || name.IndexOf(" & ", StringComparison.Ordinal) >= 0
            || name.IndexOf(", ", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// The end of the list that goes on from the run [<paramref name="runStart"/>, <paramref name="runEnd"/>) after an
    /// organisation's head noun and its "of" or "for" ("Ministry of <b>Housing, Communities and Local Government</b>"); -1
    /// when no "and" or "&amp;" closes a list there.
    /// </summary>
    public static int EndAfterHead(BodyDocument document, int runStart, int runEnd, int limit)
        => ListEnd(document, runStart, runEnd, limit, afterHead: true, out _);

    /// <summary>
    /// The end of the runs joined by ", " and a closing "and" or "&amp;" from the run [<paramref name="runStart"/>,
    /// <paramref name="runEnd"/>), each run short and opening with no given name; -1 when the list does not close with "and" or
    /// "&amp;". <paramref name="ampersand"/> tells whether an ampersand closes it; <paramref name="afterHead"/>, whether the list
    /// follows a head noun's "of" or "for".
    /// </summary>
    private static int ListEnd(BodyDocument document, int runStart, int runEnd, int limit, bool afterHead, out bool ampersand)
    {
        ampersand = false;

        if (!GoesOnAfter(document, runEnd, limit) || !IsListRun(document, runStart, runEnd))
        {
            return -1;
        }

        int end = runEnd;
        for (int runs = 0; runs < MaxJoinedRuns && end + 1 < limit; runs++)
        {
            int connector = end;
            bool comma = document.IsPunctuation(connector, ',');
            bool and = document.IsLowerWord(connector) && document.Text(connector) is "and";
            bool amp = document.IsPunctuation(connector, '&');
            int next = connector + 1;

            // "Food, Drug, and Cosmetic Act": a comma before the closing "and".
            if (comma && next + 1 < limit && document.IsLowerWord(next) && document.Text(next) is "and")
            {
                and = true;
                next++;
            }

            // "Department of Agriculture, Food and the Marine": after a head's "of", the last run may open with "the" ("Britain
            // and the European Commission" are two).
            bool determined = afterHead && and && next + 1 < limit && document.Text(next) is "the";
            if (determined)
            {
                next++;
            }

            if (!(comma || and || amp) || !document.IsCapitalised(next) || document.Tokens[next].Quote >= 0)
            {
                return -1;
            }

            int nextEnd = document.RunEnd(next, limit);
            if (and || amp)
            {
                // The closing run may be long ("and Rural Affairs", "and Allied Trades Union") but names no person ("the
                // Marine" is none).
                ampersand |= amp;
                if (!determined && OpensWithGivenName(document, next))
                {
                    return -1;
                }

                // "Ministry of Domestic Trade and Cost of Living": after a head's "of", the closing run may go on over an "of"
                // of its own, unless it is a body's name ("Ministry of Health and Ministry of Education" are two).
                return afterHead && nextEnd + 1 < limit && document.Text(nextEnd) is "of" && document.IsCapitalised(nextEnd + 1)
                    && document.Tokens[nextEnd + 1].Quote < 0 && !EndsInInstitution(document, nextEnd)
                    ? document.RunEnd(nextEnd + 1, limit)
                    : nextEnd;
            }

            if (!IsListRun(document, next, nextEnd))
            {
                return -1;
            }

            end = nextEnd;
        }

        return -1;
    }

    /// <summary>A run of at most <see cref="MaxRunWords"/> words, no possessive but a group's of people ("KK Women's and
    /// Children's Hospital"), opening with no function word and no given name ("Tom Hale and …"): a run the name reader
    /// takes for a person may still be a body's ("Oxfordshire Fire").</summary>
    private static bool IsListRun(BodyDocument document, int runStart, int runEnd)
        => runEnd - runStart <= MaxRunWords
            && (!document.IsPossessive(runEnd - 1) || document.Word(runEnd - 1) is "Women" or "Children" or "Men" or "People")
            && !Lexicon.IsFunctionWord(document.Word(runStart)) && !OpensWithGivenName(document, runStart);

    private static bool OpensWithGivenName(BodyDocument document, int runStart)
        => Attribution.GivenNames.Of(document.Word(runStart)) != Attribution.Gender.Unknown;

    /// <summary>Whether the word before <paramref name="end"/> is the head noun of a public body or association.</summary>
    private static bool EndsInInstitution(BodyDocument document, int end)
        => document.Word(end - 1) is "Administration" or "Agency" or "Association" or "Authority" or "Board" or "Bureau"
            or "Commission" or "Committee" or "Council" or "Department" or "Federation" or "Foundation" or "Institute"
            or "Ministry" or "Office" or "Service" or "Services" or "Society" or "Trust" or "Union" or "Directorate"
            or "Alliance" or "Coalition" or "Confederation" or "Centre" or "Center" or "Hospital" or "Hospitals" or "Police"
            or "Constabulary" or "Organisation" or "Organization" or "Guild";
}
