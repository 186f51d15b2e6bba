namespace ArticleGen.Generator.Model;

/// <summary>
/// A compilation-wide table and the diagnostics found while building it. The pipeline splits the two: code depends on
/// <see cref="Value"/> alone, so a problem that only moves in its file regenerates nothing.
/// </summary>
internal sealed record Reported<T>(T Value, EquatableArray<DiagnosticInfo> Diagnostics);
