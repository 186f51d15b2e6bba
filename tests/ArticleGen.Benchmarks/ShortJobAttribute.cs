using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ArticleGen.Benchmarks;

/// <summary>One launch, one warm-up, three measured single invocations: each benchmark here takes seconds, so a run takes minutes.</summary>
[System.AttributeUsage(System.AttributeTargets.Class)]
public sealed class ShortJobAttribute : System.Attribute, IConfigSource
{
    public ShortJobAttribute()
    {
        Config = ManualConfig.CreateEmpty().AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithId("Short"));
    }

    public IConfig Config { get; }
}
