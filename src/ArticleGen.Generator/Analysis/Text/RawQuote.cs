namespace ArticleGen.Generator.Analysis;

/// <summary>A quote found by <see cref="QuoteScanner"/>, before attribution.</summary>
/// <param name="OpenMark">Body offset of the opening mark.</param>
/// <param name="OpenMarkLength">Length of the opening mark (a doubled straight mark counts as one).</param>
/// <param name="Start">Start of the quote's text.</param>
/// <param name="Length">Length of the quote's text.</param>
/// <param name="CloseMark">Body offset of the closing mark (or of the comma that stands for a forgotten one:
/// <see cref="ForgottenCloseMark"/>), or -1 when the quote was bounded at a paragraph end or by a new opening mark.</param>
/// <param name="Paragraph">Index of the paragraph holding the quote.</param>
/// <param name="ContinuesNext">The quote runs on into the next paragraph, which opens with a mark.</param>
/// <param name="ContinuesPrevious">The quote is the continuation of a quote of the previous paragraph.</param>
internal readonly record struct RawQuote(
    int OpenMark,
    int OpenMarkLength,
    int Start,
    int Length,
    int CloseMark,
    int Paragraph,
    bool ContinuesNext,
    bool ContinuesPrevious)
{
    /// <summary>The offset just past the quote, its closing mark included.</summary>
    public int RegionEnd => CloseMark >= 0 ? CloseMark + 1 : Start + Length;
}
