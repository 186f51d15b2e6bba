namespace ArticleGen.Generator.Analysis;

/// <summary>A span of the body in UTF-16 code units.</summary>
internal readonly record struct BodySpanInfo(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;
}
