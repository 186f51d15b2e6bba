namespace ArticleGen.Generator.Analysis.Attribution.Ranking;

/// <summary>
/// Hashes a feature (a template and up to three small values) to an index into the model's weights: FNV-1a over the
/// integers, so the index is the same on every platform and in every culture.
/// </summary>
internal static class FeatureHash
{
    /// <summary>log2 of the number of weights.</summary>
    public const int Bits = 18;

    public const int Size = 1 << Bits;

    public static int Of(FeatureTemplate template, int a = 0, int b = 0, int c = 0)
    {
        unchecked
        {
            uint hash = 2166136261;
            hash = (hash ^ (uint)template) * 16777619;
            hash = (hash ^ (uint)a) * 16777619;
            hash = (hash ^ (uint)b) * 16777619;
            hash = (hash ^ (uint)c) * 16777619;
            return (int)((hash ^ (hash >> Bits)) & (Size - 1));
        }
    }
}
