namespace ArticleGen.Generator.Model;

/// <summary>
/// An article with what it needs from the rest of the compilation: the definitions of the entities it declares
/// or uses (null where an id has none), whether it is left out, and the project settings. Value-equal and free of
/// file locations, so an article whose own content did not change is not analysed again when another article or a
/// catalog is edited, nor when only its own lines move.
/// </summary>
internal sealed record AnalysisInput(ArticleContent Article, EquatableArray<ResolvedEntity> Entities, bool Excluded, GeneratorOptions Options);

/// <summary>
/// A declaration of the article and the entity it resolved to (null if none); for an id defined nowhere, the closest
/// id that is defined (null if none is close), which its diagnostic offers.
/// </summary>
internal sealed record ResolvedEntity(EntityDeclaration Declaration, EntityModel? Entity, string? Suggestion = null);
