using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks;

/// <summary><c>profile N</c>: one cold run with step tracking, printing where the time went, step by step.</summary>
public static class StepProfile
{
    public static void Run(int count)
    {
        var inputs = new CorpusInputs(count);
        long start = Stopwatch.GetTimestamp();
        GeneratorDriver driver = inputs.Driver(trackSteps: true).RunGenerators(inputs.Compilation);
        TimeSpan total = Stopwatch.GetElapsedTime(start);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        Console.WriteLine($"{count} articles: cold run {total.TotalMilliseconds:F0} ms, {result.GeneratedSources.Length} sources, {result.Diagnostics.Length} diagnostics");
        foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps).OrderByDescending(s => s.Value.Sum(x => x.ElapsedTime.Ticks)))
        {
            Console.WriteLine($"  {name,-24} {steps.Length,6} runs {TimeSpan.FromTicks(steps.Sum(s => s.ElapsedTime.Ticks)).TotalMilliseconds,9:F0} ms");
        }

        foreach (var group in result.Diagnostics.GroupBy(d => d.Id).Take(5))
        {
            Console.WriteLine($"  {group.Key} x{group.Count()}: {group.First().GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }
}
