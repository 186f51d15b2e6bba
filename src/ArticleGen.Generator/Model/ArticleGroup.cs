namespace ArticleGen.Generator.Model;

/// <summary>The articles of one generated file, and the diagnostics they report, in the order they are written (by class name).</summary>
/// <param name="Index">Which of the <see cref="Emit.ArticleGroups.Count"/> files this is.</param>
/// <param name="Results">The file's articles; empty when no article falls into it. Those without a model only report diagnostics.</param>
internal sealed record ArticleGroup(int Index, EquatableArray<ArticleResult> Results);
