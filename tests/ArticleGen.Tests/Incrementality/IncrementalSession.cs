using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleGen.Corpus;
using ArticleGen.Generator;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Tests.Incrementality;

/// <summary>
/// A generator driver kept warm across edits, as the IDE and the build server keep it: run, edit one input, run
/// again, then ask what each tracked step and each output did on the second run.
/// </summary>
internal sealed class IncrementalSession
{
    private readonly Dictionary<string, AdditionalText> _files;
    private GeneratorDriver _driver;

    private IncrementalSession(IReadOnlyList<CorpusFile> files, IEnumerable<MetadataReference>? references = null)
    {
        _files = files.ToDictionary(f => f.RelativePath, f => (AdditionalText)new InMemoryAdditionalText(f.RelativePath, f.Text));
        Compilation = GeneratorHarness.Compilation("namespace User { public static class Program { } }", references: references);
        _driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleSourceGenerator().AsSourceGenerator() },
            _files.Values,
            GeneratorHarness.ParseOptions(),
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.ArticleGenNamespace"] = "Corpus" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        _driver = _driver.RunGenerators(Compilation);
    }

    public CSharpCompilation Compilation { get; private set; }

    /// <summary>The last run's result for the one generator.</summary>
    public GeneratorRunResult Result => _driver.GetRunResult().Results.Single();

    /// <summary>A session over <paramref name="count"/> corpus articles and the shared catalog, after its first run.</summary>
    public static IncrementalSession Start(int count) => new(CorpusMaker.Make(count));

    public static IncrementalSession Start(IReadOnlyList<CorpusFile> files) => new(files);

    /// <summary>A session over the files in a project that references other assemblies (content partitions).</summary>
    public static IncrementalSession Start(IReadOnlyList<CorpusFile> files, IEnumerable<MetadataReference> references) => new(files, references);

    public string Text(string path) => _files[path].GetText()!.ToString();

    public void Replace(string path, string text)
    {
        AdditionalText updated = new InMemoryAdditionalText(path, text);
        _driver = _driver.ReplaceAdditionalText(_files[path], updated);
        _files[path] = updated;
    }

    public void Add(string path, string text)
    {
        AdditionalText added = new InMemoryAdditionalText(path, text);
        _driver = _driver.AddAdditionalTexts(ImmutableArray.Create(added));
        _files[path] = added;
    }

    public void ReplaceSyntaxTree(string source)
    {
        SyntaxTree old = Compilation.SyntaxTrees.Single();
        Compilation = Compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions(), path: old.FilePath));
    }

    public void Run() => _driver = _driver.RunGenerators(Compilation);

    /// <summary>The reasons of every output of a tracked step in the last run.</summary>
    public IReadOnlyList<IncrementalStepRunReason> Reasons(string stepName) =>
        Result.TrackedSteps[stepName].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();

    /// <summary>The hint names of the sources the last run produced anew (new or modified), not from its cache.</summary>
    public IReadOnlyList<string> RegeneratedSources() => SourceOutputs(IncrementalStepRunReason.New, IncrementalStepRunReason.Modified);

    /// <summary>The hint names of the sources the last run took from its cache.</summary>
    public IReadOnlyList<string> CachedSources() => SourceOutputs(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);

    private List<string> SourceOutputs(params IncrementalStepRunReason[] reasons) =>
        Result.TrackedOutputSteps["SourceOutput"]
            .SelectMany(step => step.Outputs)
            .Where(output => reasons.Contains(output.Reason))
            .SelectMany(output => HintNames(output.Value))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

    /// <summary>A source output's value is Roslyn's (sources, diagnostics) pair; its sources' hint names are read by reflection.</summary>
    private static IEnumerable<string> HintNames(object value)
    {
        object sources = value.GetType().GetField("Item1")!.GetValue(value)!;
        foreach (object source in (System.Collections.IEnumerable)sources)
        {
            yield return (string)source.GetType().GetProperty("HintName")!.GetValue(source)!;
        }
    }
}
