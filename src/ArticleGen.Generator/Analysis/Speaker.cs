namespace ArticleGen.Generator.Analysis;

/// <summary>A resolved speaker: a declared entity, or a name taken from the text.</summary>
/// <param name="Entity">Entity index, or -1.</param>
/// <param name="Name">The entity's name or the text name.</param>
/// <param name="Kind">Person, organisation or unknown (a one-word name that the text never introduced).</param>
internal readonly record struct Speaker(int Entity, string Name, NameKind Kind);
