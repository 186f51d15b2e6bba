using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ArticleGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>Runs the generator in memory over articles and compiles what it writes, as a consuming project would.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Article).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.CSharp12) => new(version);

    /// <param name="source">The project's own code.</param>
    /// <param name="version">The C# version.</param>
    /// <param name="assemblyName">The project's assembly name.</param>
    /// <param name="references">Other projects' assemblies it references, beside the framework and the runtime.</param>
    public static CSharpCompilation Compilation(
        string source = "", LanguageVersion version = LanguageVersion.CSharp12, string assemblyName = "UserProject", IEnumerable<MetadataReference>? references = null) =>
        CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions(version), path: "Program.cs") },
            references is null ? References.Value : References.Value.AddRange(references),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    public static GeneratorDriver Driver(IEnumerable<(string Path, string Text)> files, string ns = "Seeds", LanguageVersion version = LanguageVersion.CSharp12, string? projectDirectory = null) =>
        Driver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), ns, version, projectDirectory);

    /// <param name="files">The articles and catalogs.</param>
    /// <param name="ns">The project's namespace for the generated code.</param>
    /// <param name="version">The C# version.</param>
    /// <param name="projectDirectory">The project's folder (MSBuild's ProjectDir), when the files have absolute paths.</param>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string ns = "Seeds", LanguageVersion version = LanguageVersion.CSharp12, string? projectDirectory = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new ArticleSourceGenerator().AsSourceGenerator() },
            files,
            ParseOptions(version),
            new TestOptionsProvider(projectDirectory is null
                ? new Dictionary<string, string> { ["build_property.ArticleGenNamespace"] = ns }
                : new Dictionary<string, string> { ["build_property.ArticleGenNamespace"] = ns, ["build_property.ProjectDir"] = projectDirectory }),
            // Without step tracking: it records every step's whole input through each Collect, a time quadratic in the
            // articles (30 s of 30 s for 500 of them), and only the incrementality tests, which drive their own session, need it.
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Runs the generator over the files and compiles the result.</summary>
    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, string userSource = "", string ns = "Seeds", LanguageVersion version = LanguageVersion.CSharp12, string? projectDirectory = null)
    {
        CSharpCompilation compilation = Compilation(userSource, version);
        GeneratorDriver driver = Driver(files, ns, version, projectDirectory).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, driverDiagnostics);
    }

    public static GeneratorRun Run(params (string Path, string Text)[] files) => Run(files, string.Empty);

    /// <summary>Runs the generator over any additional texts, into a given compilation (its options included).</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, CSharpCompilation compilation, string ns = "Seeds")
    {
        GeneratorDriver driver = Driver(files, ns).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, driverDiagnostics);
    }
}

/// <summary>The outcome of one generator run: what it wrote and reported, and the compiled output.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler diagnostics of the output (warnings included), generator diagnostics excluded.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Emits the output, with the given manifest resources, and loads it, to run the generated code.</summary>
    public System.Reflection.Assembly Load(IEnumerable<ResourceDescription>? resources = null)
    {
        var context = new System.Runtime.Loader.AssemblyLoadContext("generated", isCollectible: true);
        using var stream = new MemoryStream(Image(resources));
        return context.LoadFromStream(stream);
    }

    /// <summary>The compiled output's bytes, for another compilation to reference or a load context to load.</summary>
    public byte[] Image(IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = Output.Emit(stream, manifestResources: resources);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        return stream.ToArray();
    }
}
