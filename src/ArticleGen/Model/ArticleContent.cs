using System.Collections.Generic;

namespace ArticleGen;

/// <summary>What <see cref="Article.Build"/> declared, frozen.</summary>
internal sealed class ArticleContent
{
    public ArticleContent(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Mention> mentions, IReadOnlyList<Quote> quotes)
    {
        Paragraphs = paragraphs;
        Mentions = mentions;
        Quotes = quotes;
    }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyList<Quote> Quotes { get; }
}
