using ArticleGen.Generator.Emit;

namespace ArticleGen.Generator.Model;

/// <summary>The outcome for one article: the model to emit (null if it cannot be emitted) and its diagnostics.</summary>
internal sealed record ArticleResult(string FilePath, ArticleModel? Model, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>What the catalog needs of the article; computed once, so an unchanged article hands the catalog step the same object.</summary>
    public ArticleSummary? Summary { get; } = Model is null ? null : new ArticleSummary(Model.Id, Model.ClassName, Model.Title, Model.Published);

    /// <summary>
    /// The generated file that holds the article (by class name), or, for an article without code, the one that reports
    /// its diagnostics (by path). Computed once rather than on every run of the grouping step.
    /// </summary>
    public int Group { get; } = ArticleGroups.Of(Model?.ClassName ?? FilePath);

    /// <summary>The order within a group: class name for articles with code, then path; the emitted order is by class name.</summary>
    public string SortKey => Model?.ClassName ?? FilePath;
}
