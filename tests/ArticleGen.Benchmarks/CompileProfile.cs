using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>compile-profile N [PASSES] [VARIANT,...]</c>: what each construct of the generated code costs the compiler. The
/// generator's output over N corpus articles (in memory, so each body is a <c>"..."u8</c> literal, as in a build without
/// ArticleGen.targets) is rewritten without one construct at a time and compiled (emitted to memory, documentation
/// comments not parsed, as <c>csc</c> does without <c>/doc</c>), each variant once as a warm-up and then PASSES times,
/// alternating; every pass is printed, and the medians of all but the warm-up (whose first compile is a cold compiler's). Allocations are the steady figure (the same on every pass, whatever the machine's load); times are
/// printed beside them. A variant removes code the program needs, so its output only measures, it does not run.
/// </summary>
public static class CompileProfile
{
    private static readonly Regex EntityMember = new(@"public (global::ArticleGen\.\w+) (\w+) => (global::[\w.]+);", RegexOptions.Compiled);
    private static readonly Regex Utf8Body = new(@"@""(?:[^""]|"""")*""u8", RegexOptions.Compiled);
    private static readonly Regex SpanNumbers = new(@"^(\s*)""(?:[ !#-\[\]-~]|\\u[0-9A-F]{4})*""( \+|\);)$", RegexOptions.Multiline | RegexOptions.Compiled);
    private static readonly Regex TextCall = new(@"ArticleText\d+\.Text\(\d+, \d+\)", RegexOptions.Compiled);
    private static readonly Regex MetadataArgument = new(@": base\(new global::ArticleGen\.ArticleMetadata\(.*?\)\)( //[^\n]*)?\n(?=\s*\{)", RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex BodyLoader = new(@"protected override string LoadBody\(\) =>.*?;( //[^\n]*)?\n", RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex BuildBody = new(@"(protected override void Build\(global::ArticleGen\.Infrastructure\.ArticleBuilder builder\)\s*\{).*?\n        \}\n", RegexOptions.Singleline | RegexOptions.Compiled);
    private static readonly Regex EntityArray = new(@"base\(new global::ArticleGen\.Entity\[\] \{[^}]*\}\)", RegexOptions.Compiled);

    /// <summary>
    /// Only what the typed API needs: each article's type, its <c>Articles</c> member, its entity members and the
    /// entities' own code; no metadata, body, paragraphs, mentions or quotes (each constructor gets <c>null!</c>).
    /// </summary>
    private static string TypedApiOnly(string code) =>
        EntityArray.Replace(BuildBody.Replace(BodyLoader.Replace(MetadataArgument.Replace(code, ": base(null!)\n"), "protected override string LoadBody() => null!;\n"), "$1 }\n"), "base(null!)");

    /// <summary>The variants, each the generated code without (or with another form of) one construct.</summary>
    private static readonly (string Name, Func<string, string> Rewrite)[] Variants =
    [
        ("as generated", s => s),
        ("bodies not in the code", s => Utf8Body.Replace(s, "\"\"u8")),
        ("entity members as fields", s => EntityMember.Replace(s, "public readonly $1 $2 = $3;")),
        ("no entity members", s => EntityMember.Replace(s, string.Empty)),
        ("no span numbers", s => SpanNumbers.Replace(s, "$1\"\"$2")),
        ("no text calls", s => TextCall.Replace(s, "\"\"")),
        ("nullable annotations only", s => s.Replace("\n#nullable enable\n", "\n#nullable enable annotations\n", StringComparison.Ordinal)),
        ("typed API only", TypedApiOnly),
    ];

    public static void Run(int count, int passes, string[]? only)
    {
        var inputs = new CorpusInputs(count);
        ImmutableArray<SyntaxTree> generated = inputs.Driver().RunGenerators(inputs.Compilation).GetRunResult().GeneratedTrees;
        (string Path, string Text)[] texts = generated.Select(t => (t.FilePath, t.GetText().ToString())).ToArray();
        MetadataReference[] references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Article).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
        CSharpParseOptions parseOptions = CorpusInputs.ParseOptions.WithDocumentationMode(DocumentationMode.None);
        (string Name, Func<string, string> Rewrite)[] variants = Variants.Where(v => only is null || only.Contains(v.Name)).ToArray();

        var results = variants.ToDictionary(v => v.Name, _ => new List<(double Cpu, double Wall, long Allocated)>());
        for (int pass = 0; pass <= passes; pass++)
        {
            foreach ((string name, Func<string, string> rewrite) in pass % 2 == 0 ? variants : variants.Reverse())
            {
                CSharpCompilation compilation = CSharpCompilation.Create(
                    "Corpus",
                    texts.Select(t => CSharpSyntaxTree.ParseText(rewrite(t.Text), parseOptions, t.Path)),
                    references,
                    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
                GC.Collect();
                using var process = Process.GetCurrentProcess();
                TimeSpan cpu = process.TotalProcessorTime;
                long allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                using var pe = new MemoryStream();
                EmitResult result = compilation.Emit(pe);
                double wall = clock.Elapsed.TotalMilliseconds;
                process.Refresh();
                (double, double, long) measured = ((process.TotalProcessorTime - cpu).TotalMilliseconds, wall, GC.GetTotalAllocatedBytes(precise: true) - allocated);
                if (!result.Success)
                {
                    throw new InvalidOperationException(name + ": " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
                }

                // The warm-up pass is printed too: its first compile is a cold compiler's, as in a fresh csc process.
                Console.WriteLine($"  pass {pass}{(pass == 0 ? " (warm-up)" : string.Empty)}, {name}: {measured.Item1:F0} ms CPU, {measured.Item2:F0} ms wall, {measured.Item3 / 1e6:F0} MB");
                if (pass > 0)
                {
                    results[name].Add(measured);
                }
            }
        }

        Console.WriteLine($"{count} articles, {texts.Length} generated files, {texts.Sum(t => (long)t.Text.Length) / 1e6:F1} M characters; compiled {passes} times each after a warm-up:");
        Console.WriteLine($"  {"variant",-28} {"allocated",12} {"CPU median",12} {"wall median",12}");
        foreach ((string name, _) in variants)
        {
            List<(double Cpu, double Wall, long Allocated)> runs = results[name];
            double Median(Func<(double Cpu, double Wall, long Allocated), double> of) => runs.Select(of).OrderBy(x => x).ElementAt(runs.Count / 2);
            Console.WriteLine($"  {name,-28} {runs.Min(r => r.Allocated) / 1e6,9:F0} MB {Median(r => r.Cpu),9:F0} ms {Median(r => r.Wall),9:F0} ms");
        }
    }
}
