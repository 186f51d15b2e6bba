namespace ArticleGen.Generator.Model;

/// <summary>An entity catalog file (<c>*.entities.yml</c>) after parsing: its entries, where each stands, and its problems.</summary>
internal sealed record ParsedCatalog(
    string FilePath, EquatableArray<EntityDeclaration> Entities, EquatableArray<SourceLocation> EntityLocations, EquatableArray<DiagnosticInfo> Diagnostics);
