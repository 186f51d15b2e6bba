namespace ArticleGen.Generator.Model;

/// <summary>The entity declarations of one file (article or catalog): all the entity table needs of it.</summary>
internal sealed record DeclarationSet(string FilePath, bool IsCatalog, EquatableArray<EntityDeclaration> Entities);
