using ArticleGen.Generator.Emit;

namespace ArticleGen.Generator.Model;

/// <summary>The outcome for one article: the model to emit (null if it cannot be emitted) and what its analysis found.</summary>
internal sealed record ArticleResult(string FilePath, ArticleModel? Model, EquatableArray<Finding> Findings)
{
    /// <summary>The generated file that holds the article (by class name), -1 for none; computed once rather than on every run of the grouping step.</summary>
    public int Group { get; } = Model is null ? -1 : ArticleGroups.Of(Model.ClassName);
}
