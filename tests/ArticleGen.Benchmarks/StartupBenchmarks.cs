using System;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ArticleGen.Benchmarks;

/// <summary>
/// (c) A whole process, from start to the first article's quotes printed: compiled by ArticleGen, against the
/// same articles as embedded resources parsed with YamlDotNet at start-up (the baseline). Both apps once on the shared
/// runtime (JIT) and once published with Native AOT, each pair with its own baseline.
/// </summary>
[ShortJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StartupBenchmarks
{
    [BenchmarkCategory("JIT"), Benchmark(Baseline = true, Description = "Embedded resources + YamlDotNet at start-up")]
    public int ParseAtStartUp() => Run(BuiltCorpus.ResourcesApp);

    [BenchmarkCategory("JIT"), Benchmark(Description = "ArticleGen (compiled)")]
    public int Compiled() => Run(BuiltCorpus.CompiledApp);

    [BenchmarkCategory("Native AOT"), Benchmark(Baseline = true, Description = "Embedded resources + YamlDotNet at start-up, Native AOT")]
    public int ParseAtStartUpNativeAot() => Run(BuiltCorpus.ResourcesNativeApp);

    [BenchmarkCategory("Native AOT"), Benchmark(Description = "ArticleGen (compiled), Native AOT")]
    public int CompiledNativeAot() => Run(BuiltCorpus.CompiledNativeApp);

    private static int Run(string app)
    {
        // A .dll runs on the shared runtime; a Native AOT app is its own executable.
        var start = app.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new ProcessStartInfo("dotnet", app) : new ProcessStartInfo(app);
        start.RedirectStandardOutput = true;
        using Process process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
