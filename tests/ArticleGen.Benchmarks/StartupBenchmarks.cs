using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace ArticleGen.Benchmarks;

/// <summary>
/// (c) A whole process, from start to the first article's quotes printed: compiled by ArticleGen, against the
/// same articles as embedded resources parsed with YamlDotNet at start-up (the baseline).
/// </summary>
[ShortJob]
public class StartupBenchmarks
{
    [Benchmark(Baseline = true, Description = "Embedded resources + YamlDotNet at start-up")]
    public int ParseAtStartUp() => Run(BuiltCorpus.ResourcesApp);

    [Benchmark(Description = "ArticleGen (compiled)")]
    public int Compiled() => Run(BuiltCorpus.CompiledApp);

    private static int Run(string app)
    {
        using Process process = Process.Start(new ProcessStartInfo("dotnet", app) { RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
