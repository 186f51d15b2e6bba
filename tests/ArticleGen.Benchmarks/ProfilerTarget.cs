using System;
using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>trace-target cold|edit N K</c>: a steady loop for a sampling profiler (<c>dotnet-trace collect -- ...</c>):
/// K cold runs, or one cold run followed by K one-article edits on the warm driver. It prints the time at which the
/// loop starts, so samples before it (corpus making, the first cold run) can be told apart.
/// </summary>
public static class ProfilerTarget
{
    public static void Run(string mode, int count, int repeats)
    {
        var inputs = new CorpusInputs(count);
        (AdditionalText original, AdditionalText edited) = inputs.BodyEdit();
        GeneratorDriver driver = inputs.Driver().RunGenerators(inputs.Compilation);
        Console.WriteLine($"loop starts at {DateTime.UtcNow:HH:mm:ss.fff}");
        TimeSpan pausedBefore = GC.GetTotalPauseDuration();
        long allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < repeats; i++)
        {
            driver = mode == "cold"
                ? inputs.Driver().RunGenerators(inputs.Compilation)
                : driver.ReplaceAdditionalText(i % 2 == 0 ? original : edited, i % 2 == 0 ? edited : original).RunGenerators(inputs.Compilation);
        }

        Console.WriteLine($"{repeats} {mode} runs: {clock.Elapsed.TotalMilliseconds / repeats:F1} ms each, "
            + $"of which {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / repeats:F1} ms in GC pauses; "
            + $"{(GC.GetTotalAllocatedBytes() - allocatedBefore) / repeats / 1e6:F1} MB allocated each");
    }
}
