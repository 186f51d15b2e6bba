namespace ArticleGen.Generator.Analysis;

/// <summary>An occurrence of an entity's name or alias in the body.</summary>
/// <param name="Entity">Index into the entity list given to <see cref="BodyAnalyzer.Analyze"/>.</param>
/// <param name="Start">Body offset of the first character.</param>
/// <param name="Length">Length of the matched form (a possessive 's is not included).</param>
internal readonly record struct FoundMention(int Entity, int Start, int Length);
