using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ArticleGen.Benchmarks;

/// <summary>
/// One launch, a few warm-ups, a few measured single invocations (by default one and three): each benchmark here takes
/// seconds, so a run takes minutes. Code that runs for well under a second needs more warm-ups to reach tier-1 JIT.
/// </summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class ShortJobAttribute : System.Attribute, IConfigSource
{
    public ShortJobAttribute(int warmupCount = 1, int iterationCount = 3)
    {
        Config = ManualConfig.CreateEmpty().AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithId("Short"));
    }

    public IConfig Config { get; }
}
