namespace ArticleGen.Generator.Model;

/// <summary>
/// What the diagnostics need of an article file besides its analysis: where its parts stand, and the problems its
/// parsing found. It travels with the compilation-wide index (<see cref="FileIndexEntry"/>), not with the content, so
/// the analysis never sees it; a body edit leaves it equal.
/// </summary>
internal sealed record ArticleReport(ArticlePlaces Places, EquatableArray<DiagnosticInfo> Diagnostics);
