namespace ArticleGen.Generator.Model;

/// <summary>The outcome for one article: the model to emit (null if it cannot be emitted) and its diagnostics.</summary>
internal sealed record ArticleResult(ArticleModel? Model, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public ArticleSummary? Summary => Model is null ? null : new ArticleSummary(Model.Id, Model.ClassName, Model.Title, Model.Published);
}
