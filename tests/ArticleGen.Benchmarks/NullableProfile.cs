using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>nullable-profile N [PASSES]</c>: what the nullable context of the generated files costs the compiler. The
/// generator's output over N corpus articles is compiled (emitted to memory, as a build does) once with each header,
/// alternating, PASSES times: <c>#nullable enable</c> (annotations and warnings: the compiler runs its nullable flow
/// analysis over every generated method) against <c>#nullable enable annotations</c> (the same signatures for users,
/// no flow analysis of generated code). Prints the fastest and the median compile of each.
/// </summary>
public static class NullableProfile
{
    private static readonly string[] Headers = ["#nullable enable", "#nullable enable annotations"];

    public static void Run(int count, int passes)
    {
        var inputs = new CorpusInputs(count);
        GeneratorDriver driver = inputs.Driver().RunGenerators(inputs.Compilation);
        ImmutableArray<SyntaxTree> generated = driver.GetRunResult().GeneratedTrees;
        string current = Headers.Single(h => generated[0].GetText().ToString().Contains("\n" + h + "\n", StringComparison.Ordinal));
        MetadataReference[] references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Article).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();

        var times = Headers.ToDictionary(h => h, _ => new List<double>());
        for (int pass = 0; pass < passes + 1; pass++)
        {
            foreach (string header in pass % 2 == 0 ? Headers : Headers.Reverse())
            {
                SyntaxTree[] trees = generated
                    .Select(t => CSharpSyntaxTree.ParseText(t.GetText().ToString().Replace("\n" + current + "\n", "\n" + header + "\n", StringComparison.Ordinal), CorpusInputs.ParseOptions, t.FilePath))
                    .ToArray();
                CSharpCompilation compilation = CSharpCompilation.Create(
                    "Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
                GC.Collect();
                var clock = Stopwatch.StartNew();
                using var pe = new MemoryStream();
                EmitResult result = compilation.Emit(pe);
                double elapsed = clock.Elapsed.TotalMilliseconds;
                if (!result.Success || result.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning))
                {
                    throw new InvalidOperationException(header + ": " + string.Join("\n", result.Diagnostics.Take(5)));
                }

                if (pass > 0)
                {
                    times[header].Add(elapsed);
                }
            }
        }

        Console.WriteLine($"{count} articles, {generated.Length} generated files, compiled (emitted to memory) {passes} times with each header after one warm-up:");
        foreach (string header in Headers)
        {
            List<double> sorted = times[header].OrderBy(t => t).ToList();
            Console.WriteLine($"  {header,-30} fastest {sorted[0],7:F0} ms, median {sorted[sorted.Count / 2],7:F0} ms");
        }
    }
}
