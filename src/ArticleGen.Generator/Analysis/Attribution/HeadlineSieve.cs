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

        var sentence = Document.Sentences[Document.TokenSentence[noun]];
        var issuer = (noun + 2 < sentence.EndToken && Document.Text(noun + 1) is "from" or "by"
                ? Subjects.After(noun + 2, sentence.EndToken, AttributionRule.SpeechVerb, 2)
                : null)
            ?? (Document.Text(noun) is "website" ? null : Subjects.Before(noun, sentence.FirstToken))
            ?? Subjects.MainSubject(sentence.FirstToken, noun);
        return issuer is { } found ? found with { Rule = AttributionRule.SpeechVerb, LastToken = Document.OpenToken[q] - 1 } : null;
    }
}
