namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A statement's headline speaks for whoever issued the statement (<see cref="StatementHeadline"/>): the author after
/// "from" or "by" ("A press release from Daon, headed “…”"), the owner or issuer of the statement ("The club's statement,
/// titled “…”"), else the subject of the sentence ("OpenScreen welcomed the decision on its website under the headline
/// “…”").
/// </summary>
internal sealed class HeadlineSieve : AttributionSieve
{
    public HeadlineSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    public override Subject? Find(int q)
    {
        int noun = StatementHeadline.StatementNoun(Document, q);
        if (noun < 0)
        {
            return null;
        }

        int first = Document.Sentences[Document.TokenSentence[noun]].FirstToken;
        var issuer = AuthorAfter(noun) ?? (Document.Text(noun) is "website" ? null : Subjects.Before(noun, first)) ?? Subjects.MainSubject(first, noun);
        return issuer is { } found ? found with { Rule = AttributionRule.SpeechVerb, LastToken = Document.OpenToken[q] - 1 } : null;
    }

    /// <summary>"a press release from Daon", "a statement by the Tidewater Trust": the name after "from" or "by" right after
    /// the statement noun at <paramref name="noun"/>; null when none stands there.</summary>
    private Subject? AuthorAfter(int noun)
    {
        int author = noun + 2 < Tokens.Length && Document.Text(noun + 1) is "from" or "by" ? noun + 2 : -1;
        author = author > 0 && author + 1 < Tokens.Length && Document.Text(author) is "the" ? author + 1 : author;
        if (author < 0 || !Document.IsCapitalised(author) || Tokens[author].Quote >= 0)
        {
            return null;
        }

        int end = Document.RunEnd(author, Tokens.Length);
        return new Subject(author, end, PronounKind.None, AttributionRule.SpeechVerb, end - 1);
    }
}
