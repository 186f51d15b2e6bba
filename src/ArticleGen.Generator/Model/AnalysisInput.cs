namespace ArticleGen.Generator.Model;

/// <summary>
/// An article with what it needs from the rest of the compilation: the definitions of the entities it declares
/// or uses (null where an id has none), whether it is left out, and the project settings. Value-equal, so an
/// article whose own inputs did not change is not analysed again when another article or a catalog is edited.
/// </summary>
internal sealed record AnalysisInput(ParsedArticle Article, EquatableArray<ResolvedEntity> Entities, bool Excluded, GeneratorOptions Options);

/// <summary>A declaration of the article and the entity it resolved to (null if none).</summary>
internal sealed record ResolvedEntity(EntityDeclaration Declaration, EntityModel? Entity);
