using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ArticleGen.Corpus;
using ArticleGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Benchmarks;

/// <summary>A corpus as the compiler hands it to the generator: additional texts, their roles, a small compilation.</summary>
public sealed class CorpusInputs
{
    public CorpusInputs(int count)
    {
        Files = CorpusMaker.Make(count).Select(f => (AdditionalText)new Text(f.RelativePath, f.Text)).ToImmutableArray();
        Compilation = CSharpCompilation.Create(
            "Corpus",
            new[] { CSharpSyntaxTree.ParseText("namespace Corpus { public static class Program { } }", ParseOptions) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public ImmutableArray<AdditionalText> Files { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary>
    /// The edit every benchmark times: the first annotated article, and the same file with a sentence added to its body
    /// (which changes no entity, quote or title, so only that article's own output depends on it).
    /// </summary>
    public (AdditionalText Original, AdditionalText Edited) BodyEdit()
    {
        AdditionalText original = Files.First(f => f.Path.EndsWith(".md", System.StringComparison.Ordinal));
        return (original, new Text(original.Path, original.GetText()!.ToString().TrimEnd('\n') + " A sentence added in an edit.\n"));
    }

    /// <summary>A new driver over the files: nothing cached.</summary>
    public GeneratorDriver Driver(bool trackSteps = false) => Driver(new ArticleSourceGenerator(), trackSteps);

    /// <summary>A new driver running <paramref name="generator"/> over the files.</summary>
    public GeneratorDriver Driver(IIncrementalGenerator generator, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            Files,
            ParseOptions,
            new Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>An additional file held in memory.</summary>
    public sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The roles ArticleGen.targets gives Article and ArticleEntities items.</summary>
    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Global = new(new Dictionary<string, string> { ["build_property.ArticleGenNamespace"] = "Corpus" });
        private static readonly Values Article = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ArticleGenRole"] = "article" });
        private static readonly Values None = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
