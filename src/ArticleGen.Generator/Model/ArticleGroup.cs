namespace ArticleGen.Generator.Model;

/// <summary>The articles of one generated file, in the order they are written (by class name): their models and nothing else.</summary>
/// <param name="Index">Which of the <see cref="Emit.ArticleGroups.Count"/> files this is.</param>
/// <param name="Articles">The file's articles; empty when no article falls into it.</param>
internal sealed record ArticleGroup(int Index, EquatableArray<ArticleModel> Articles);
