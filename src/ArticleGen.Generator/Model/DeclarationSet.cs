namespace ArticleGen.Generator.Model;

/// <summary>The entity declarations of one file (article or catalog): all the entity table needs of it.</summary>
/// <param name="FilePath">The file declaring them.</param>
/// <param name="IsCatalog">Whether the file is a catalog, whose definitions come first.</param>
/// <param name="Entities">The declarations, in file order.</param>
/// <param name="Locations">Where each declaration's id stands, in the same order: for the table's diagnostics.</param>
/// <param name="FileDiagnostics">
/// A catalog's own parse problems, reported with the entity table since a catalog has no output of its own; an
/// article reports its problems with its own diagnostics, so this is empty for articles.
/// </param>
internal sealed record DeclarationSet(
    string FilePath, bool IsCatalog, EquatableArray<EntityDeclaration> Entities, EquatableArray<SourceLocation> Locations, EquatableArray<DiagnosticInfo> FileDiagnostics);
