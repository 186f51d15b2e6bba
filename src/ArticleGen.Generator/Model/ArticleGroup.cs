namespace ArticleGen.Generator.Model;

/// <summary>The articles written to one generated file, in the order they are written (by class name).</summary>
/// <param name="Index">Which of the <see cref="Emit.ArticleGroups.Count"/> files this is.</param>
/// <param name="Articles">The file's articles; empty when no article falls into it (then nothing is written).</param>
internal sealed record ArticleGroup(int Index, EquatableArray<ArticleModel> Articles);
