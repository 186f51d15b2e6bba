namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// A quote right after a colon whose clause has no speech verb: the clause's subject speaks ("Michael Morell praised
/// Mendez on Twitter: “…”", "Governor John Bel Edwards addressed the public: “…”").
/// </summary>
internal sealed class ColonSieve : AttributionSieve
{
    public ColonSieve(AttributionContext context, SubjectFinder subjects)
        : base(context, subjects)
    {
    }

    public override Subject? Find(int q)
    {
        int open = Document.OpenToken[q];
        int sentenceStart = Document.Sentences[Document.TokenSentence[open]].FirstToken;
        if (open - 1 <= sentenceStart || !Document.IsPunctuation(open - 1, ':'))
        {
            return null;
        }

        return Subjects.MainSubject(sentenceStart, open - 1) is { } subject ? subject with { LastToken = -1 } : null;
    }
}
