namespace ArticleGen.Generator.Analysis.Attribution.Ranking;

/// <summary>Which quotes the speaker ranker decides; chosen by cross-validation on the dev set (docs/quote-attribution.md).</summary>
internal enum RankerScope
{
    /// <summary>Only the speech quotes the sieve left without a speaker.</summary>
    Undecided,

    /// <summary>Every speech quote: the sieve's speaker is one of the candidates, its stage a feature.</summary>
    All,
}
