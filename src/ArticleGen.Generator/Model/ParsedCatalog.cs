namespace ArticleGen.Generator.Model;

/// <summary>An entity catalog file (<c>*.entities.yml</c>) after parsing.</summary>
internal sealed record ParsedCatalog(string FilePath, EquatableArray<EntityDeclaration> Entities, EquatableArray<DiagnosticInfo> Diagnostics);
