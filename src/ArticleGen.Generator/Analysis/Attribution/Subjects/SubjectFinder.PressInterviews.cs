namespace ArticleGen.Generator.Analysis.Attribution;

internal sealed partial class SubjectFinder
{
    /// <summary>
    /// "Wikinews spoke with her after the event. ¶ “…”", "A reporter talked to Jo Lee outside the court. “…”": when the press
    /// speaks with someone, the words it reports are that person's. The one spoken with (null when none is named) if
    /// <paramref name="subject"/> is the press and the verb at <paramref name="verb"/> is "spoke" or "talked" with "with" or
    /// "to"; else <paramref name="subject"/>.
    /// </summary>
    public Subject? PartySpokenWith(Subject? subject, int verb, int end)
    {
        if (subject is not { Pronoun: PronounKind.None } press || !IsPress(press.EndToken - 1)
            || verb + 2 >= end || Document.Text(verb) is not ("spoke" or "speaks" or "talked" or "talks" or "chatted")
            || Document.Text(verb + 1) is not ("with" or "to"))
        {
            return subject;
        }

        var party = Lexicon.GetObjectPronoun(Document.Text(verb + 2)) is var pronoun && pronoun != PronounKind.None
            ? new Subject(verb + 2, verb + 3, pronoun, press.Rule, press.LastToken)
            : After(verb + 2, end, press.Rule, 2);
        return party is { } found ? found with { Rule = press.Rule, LastToken = press.LastToken } : null;
    }

    /// <summary>Whether the word at <paramref name="k"/> names the press that reports the story: "Wikinews", "reporter".</summary>
    private bool IsPress(int k)
        => Document.Text(k) is "Wikinews" or "reporter" or "reporters" or "journalist" or "journalists" or "correspondent"
            or "correspondents" or "interviewer";
}
