namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// One stage of the attribution sieve: looks for the clause that introduces a quote in one way ("…,” X said",
/// "X said “…”", "according to X", …) and returns its subject, or null when this stage cannot decide. Stages run in
/// order of precision; the first that finds a subject the speaker linker accepts decides.
/// </summary>
internal interface IAttributionSieve
{
    /// <summary>The subject that introduces quote <paramref name="q"/>, or null.</summary>
    Subject? Find(int q);
}
