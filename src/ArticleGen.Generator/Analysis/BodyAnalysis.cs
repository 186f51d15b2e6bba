using System.Collections.Immutable;

namespace ArticleGen.Generator.Analysis;

/// <summary>The result of analysing an article body: paragraphs, entity mentions and quotes.</summary>
internal sealed class BodyAnalysis
{
    public BodyAnalysis(
        ImmutableArray<BodySpanInfo> paragraphs,
        ImmutableArray<FoundMention> mentions,
        ImmutableArray<FoundQuote> quotes,
        ImmutableArray<int> unbalancedMarks)
    {
        Paragraphs = paragraphs;
        Mentions = mentions;
        Quotes = quotes;
        UnbalancedMarks = unbalancedMarks;
    }

    /// <summary>Paragraph spans, without the blank lines around them.</summary>
    public ImmutableArray<BodySpanInfo> Paragraphs { get; }

    /// <summary>Entity mentions, sorted by start, non-overlapping.</summary>
    public ImmutableArray<FoundMention> Mentions { get; }

    /// <summary>Quotes, sorted by start.</summary>
    public ImmutableArray<FoundQuote> Quotes { get; }

    /// <summary>Body offsets of opening quote marks that never closed (their quote was bounded at the paragraph end).</summary>
    public ImmutableArray<int> UnbalancedMarks { get; }
}
