using System.Collections.Generic;
using System.Linq;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Tests.Diagnostics;

/// <summary>Users change a diagnostic's severity as they would a compiler warning's (docs/diagnostics.md).</summary>
public sealed class SeverityConfigurationTests
{
    private static readonly AdditionalText[] Articles =
    {
        new InMemoryAdditionalText("articles/missing.md", "---\ntitle: Missing\nquotes:\n  - text: not here\n---\n\"Hello there,\" Bob said.\n"),
    };

    [Fact]
    public void AG0011_is_a_warning_by_default()
    {
        GeneratorRun run = GeneratorHarness.Run(Articles, GeneratorHarness.Compilation());
        Assert.Equal(DiagnosticSeverity.Warning, run.GeneratorDiagnostics.Single(d => d.Id == "AG0011").Severity);
    }

    [Theory]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportDiagnostic.Info, DiagnosticSeverity.Info)]
    public void A_globalconfig_severity_applies_to_diagnostics_in_articles(ReportDiagnostic configured, DiagnosticSeverity expected)
    {
        // dotnet_diagnostic.AG0011.severity = error, in a .globalconfig.
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(
            new GlobalConfigOptionsProvider(new Dictionary<string, ReportDiagnostic> { ["AG0011"] = configured })));

        GeneratorRun run = GeneratorHarness.Run(Articles, compilation);

        Diagnostic diagnostic = run.GeneratorDiagnostics.Single(d => d.Id == "AG0011");
        Assert.Equal(expected, diagnostic.Severity);
        Assert.Equal("articles/missing.md", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_globalconfig_severity_of_none_suppresses_the_diagnostic()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(
            new GlobalConfigOptionsProvider(new Dictionary<string, ReportDiagnostic> { ["AG0011"] = ReportDiagnostic.Suppress })));

        GeneratorRun run = GeneratorHarness.Run(Articles, compilation);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AG0011");
    }

    [Fact]
    public void WarningsAsErrors_and_NoWarn_apply_to_diagnostics_in_articles()
    {
        // <WarningsAsErrors>AG0011</WarningsAsErrors> and <NoWarn>AG0011</NoWarn> become these compilation options.
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorRun asError = GeneratorHarness.Run(Articles, compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { ["AG0011"] = ReportDiagnostic.Error })));
        GeneratorRun suppressed = GeneratorHarness.Run(Articles, compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { ["AG0011"] = ReportDiagnostic.Suppress })));

        Assert.Equal(DiagnosticSeverity.Error, asError.GeneratorDiagnostics.Single(d => d.Id == "AG0011").Severity);
        Assert.DoesNotContain(suppressed.GeneratorDiagnostics, d => d.Id == "AG0011");
    }
}
