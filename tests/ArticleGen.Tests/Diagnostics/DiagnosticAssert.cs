using System.Collections.Generic;
using System.Linq;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Diagnostics;

/// <summary>
/// Runs the generator over a faulty file beside a good article, and checks one diagnostic exactly: id, severity,
/// file and 0-based line and column span; and that the output still compiles with the good article in it.
/// </summary>
internal static class DiagnosticAssert
{
    public const string GoodArticlePath = "articles/good.md";

    private const string GoodArticle = "---\ntitle: A good article\nid: good\n---\nIt still generates.\n";

    public static GeneratorRun Run(params (string Path, string Text)[] files) =>
        GeneratorHarness.Run(files.Append((GoodArticlePath, GoodArticle)), string.Empty);

    /// <summary>The one diagnostic with this id, checked against where it must point.</summary>
    public static Diagnostic Single(
        GeneratorRun run, string id, DiagnosticSeverity severity, string path, int line, int column, int endLine, int endColumn)
    {
        List<Diagnostic> found = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, $"Expected one {id}, got: {string.Join("; ", run.GeneratorDiagnostics)}");
        Diagnostic diagnostic = found[0];
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column, endLine, endColumn), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        return diagnostic;
    }

    /// <summary>No generator crash, no compiler error or warning in the output, and the good article is there.</summary>
    public static void StillCompiles(GeneratorRun run, params string[] alsoGenerated)
    {
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AG0001");
        Assert.Empty(run.DriverDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.Id.StartsWith("AG", System.StringComparison.Ordinal)));
        Assert.Empty(run.CompilationDiagnostics);
        List<string> hints = run.Sources.Select(s => s.HintName).ToList();
        foreach (string hint in alsoGenerated.Append(GeneratedFiles.Article("Good")))
        {
            Assert.Contains(hint, hints);
        }
    }
}
