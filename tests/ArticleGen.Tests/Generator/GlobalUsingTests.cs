using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleGen.Generator;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>
/// The generated types are visible where the project's namespace is not (top-level statements live in the global
/// namespace): the generator imports their namespace with a global using, unless the project opts out or its C# has no
/// global usings.
/// </summary>
public sealed class GlobalUsingTests
{
    private const string CodeInTheGlobalNamespace = "public static class UserCode { public static int Count => Articles.All.Count + People.WangYi.Name.Length; }";

    [Fact]
    public void Code_in_the_global_namespace_sees_the_generated_types_without_a_using()
    {
        GeneratorRun run = GeneratorHarness.Run(TestFiles.Seeds(), CodeInTheGlobalNamespace);

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("global using global::Seeds;", run.Source("GlobalUsing.g.cs").Split('\n').Single(l => l.StartsWith("global using", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_project_can_opt_out()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation(CodeInTheGlobalNamespace);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleSourceGenerator().AsSourceGenerator() },
            TestFiles.Seeds().Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)),
            GeneratorHarness.ParseOptions(),
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.ArticleGenNamespace"] = "Seeds", ["build_property.ArticleGenGlobalUsing"] = "false" }));

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> _);

        Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("GlobalUsing.g.cs", System.StringComparison.Ordinal));
        Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS0103");
    }

    [Fact]
    public void Before_CSharp_10_there_is_no_global_using()
    {
        GeneratorRun run = GeneratorHarness.Run(TestFiles.Seeds(), string.Empty, version: LanguageVersion.CSharp9);

        Assert.DoesNotContain(run.Sources, s => s.HintName == "GlobalUsing.g.cs");
        Assert.Empty(run.CompilationDiagnostics);
    }
}
