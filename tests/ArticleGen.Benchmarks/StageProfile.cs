using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using ArticleGen.Generator;
using ArticleGen.Generator.Emit;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Resolution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>stage-profile N [PASSES]</c>: the generator's stages called directly over N articles, without a driver (whose step
/// tracking is quadratic at 10,000 files), timed by Stopwatch with the bytes each allocates: Parse, Resolve + Analyze, Emit, and the compiler
/// parsing what Emit wrote (what every build pays for our code shape). The last of PASSES passes (2 unless given) is
/// printed: two leave much of the code unoptimised, ten give the proportions of a warm compiler server. With four passes
/// or more, the median of the analysis stage over the passes after the second is printed too: one pass swings by ±5% on a
/// shared machine, the median of several much less.
/// </summary>
public static class StageProfile
{
    public static void Run(int count, int passes)
    {
        var inputs = new CorpusInputs(count);
        var analysis = new List<double>();
        for (int pass = 1; pass <= passes; pass++)
        {
            double milliseconds = Measure(inputs, count, passes, print: pass == passes);
            if (pass > 2)
            {
                analysis.Add(milliseconds);
            }
        }

        if (analysis.Count >= 2)
        {
            analysis.Sort();
            double median = analysis.Count % 2 == 1 ? analysis[analysis.Count / 2] : (analysis[(analysis.Count / 2) - 1] + analysis[analysis.Count / 2]) / 2;
            Console.WriteLine($"  Analysis, passes 3-{passes}: median {median:F0} ms (min {analysis[0]:F0}, max {analysis[analysis.Count - 1]:F0})");
        }
    }

    /// <summary>Runs the stages once; returns the Resolve + Analyze stage's milliseconds.</summary>
    private static double Measure(CorpusInputs inputs, int count, int passes, bool print)
    {
        CancellationToken none = CancellationToken.None;
        var clock = new Laps();
        ParsedFile[] files = inputs.Files
            .Select(f => Guard.ParseFile(f, f.Path.EndsWith(".entities.yml", StringComparison.Ordinal) ? FileRole.Catalog : FileRole.Article, null, none))
            .ToArray();
        (TimeSpan parse, TimeSpan parsePaused, long parseBytes) = clock.Take();

        FileIndexEntry[] index = files.Select(FileIndexEntry.Of).ToArray();
        EntityTable entities = Guard.BuildEntityTable(index.Where(e => e.Declarations is not null).Select(e => e.Declarations!).ToImmutableArray(), EquatableArray<ReferencedEntity>.Empty, string.Empty, none).Value;
        ArticleNameTable names = ArticleNameTableBuilder.Build(index.Where(e => e.Identity is not null).Select(e => e.Identity!).ToImmutableArray(), EquatableArray<ReferencedPartition>.Empty, string.Empty).Value;
        var options = new GeneratorOptions("Corpus", LanguageSupported: true, Utf8Literals: true);
        (TimeSpan tables, TimeSpan tablesPaused, long tablesBytes) = clock.Take();

        ArticleResult?[] results = files
            .Select(f => f.Article is { } a ? Guard.Resolve(InputResolver.Resolve(a.Content, entities, names, options), none) : null)
            .ToArray();
        (TimeSpan analyze, TimeSpan analyzePaused, long analyzeBytes) = clock.Take();

        List<SourceText> sources = ArticleGroups.Split(results.ToImmutableArray()).Select(ArticleEmitter.Emit).OfType<SourceText>().ToList();
        (TimeSpan emit, TimeSpan emitPaused, long emitBytes) = clock.Take();

        SyntaxTree[] trees = sources.Select(s => CSharpSyntaxTree.ParseText(s, CorpusInputs.ParseOptions)).ToArray();
        (TimeSpan compilerParse, TimeSpan compilerParsePaused, long compilerParseBytes) = clock.Take();
        if (!print)
        {
            return analyze.TotalMilliseconds;
        }

        long chars = sources.Sum(s => (long)s.Length);
        long nodes = trees.Sum(t => (long)t.GetRoot().DescendantNodesAndTokens().Count());
        Console.WriteLine($"{count} articles, stages called directly (pass {passes} of {passes}):");
        Console.WriteLine($"  Parse (front matter, body)      {parse.TotalMilliseconds,8:F0} ms (GC {parsePaused.TotalMilliseconds,5:F0} ms) {parseBytes / 1_000_000.0,9:F0} MB allocated");
        Console.WriteLine($"  Entity and name tables          {tables.TotalMilliseconds,8:F0} ms (GC {tablesPaused.TotalMilliseconds,5:F0} ms) {tablesBytes / 1_000_000.0,9:F0} MB allocated");
        Console.WriteLine($"  Resolve + Analyze (body)        {analyze.TotalMilliseconds,8:F0} ms (GC {analyzePaused.TotalMilliseconds,5:F0} ms) {analyzeBytes / 1_000_000.0,9:F0} MB allocated");
        Console.WriteLine($"  Emit                            {emit.TotalMilliseconds,8:F0} ms (GC {emitPaused.TotalMilliseconds,5:F0} ms) {emitBytes / 1_000_000.0,9:F0} MB allocated");
        Console.WriteLine($"  Compiler parses the output      {compilerParse.TotalMilliseconds,8:F0} ms (GC {compilerParsePaused.TotalMilliseconds,5:F0} ms) {compilerParseBytes / 1_000_000.0,9:F0} MB allocated");
        Console.WriteLine($"  Output: {sources.Count} sources, {chars / 1_000_000.0:F1} M chars, {nodes / 1_000_000.0:F2} M syntax nodes and tokens");
        return analyze.TotalMilliseconds;
    }

    /// <summary>Time, of which GC pauses, and bytes allocated on this thread since the last lap.</summary>
    private sealed class Laps
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _allocated = GC.GetAllocatedBytesForCurrentThread();
        private TimeSpan _paused = GC.GetTotalPauseDuration();

        public (TimeSpan Elapsed, TimeSpan Paused, long Allocated) Take()
        {
            (TimeSpan elapsed, TimeSpan paused, long allocated) = (_clock.Elapsed, GC.GetTotalPauseDuration() - _paused, GC.GetAllocatedBytesForCurrentThread() - _allocated);
            _clock.Restart();
            _allocated = GC.GetAllocatedBytesForCurrentThread();
            _paused = GC.GetTotalPauseDuration();
            return (elapsed, paused, allocated);
        }
    }
}
