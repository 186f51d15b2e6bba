using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>edit-profile N</c>: many one-article edits on a warm driver, timed by Stopwatch and by the driver's own
/// timing; the same edits through an empty generator and through one that adds one tiny source per file give the
/// driver's own per-edit cost over the same files.
/// </summary>
public static class EditProfile
{
    private const int Edits = 21;

    public static void Run(int count)
    {
        var inputs = new CorpusInputs(count);
        (AdditionalText original, AdditionalText edited) = inputs.BodyEdit();
        // Step tracking (a test facility) is left off: it records every group's whole input tree on each run, minutes
        // per edit at 1,000 articles. `trace-target edit N K` under dotnet-trace shows where an edit's time goes.
        Measure("ArticleGen", inputs.Driver(), inputs, original, edited);
        Measure("Empty generator", inputs.Driver(new EmptyGenerator()), inputs, original, edited);
        Measure("One output per file", inputs.Driver(new OutputPerFileGenerator()), inputs, original, edited);
    }

    private static void Measure(string label, GeneratorDriver driver, CorpusInputs inputs, AdditionalText original, AdditionalText edited)
    {
        long start = Stopwatch.GetTimestamp();
        driver = driver.RunGenerators(inputs.Compilation);
        double cold = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var wall = new List<double>();
        var reported = new List<double>();
        AdditionalText current = original;
        TimeSpan pausedBefore = GC.GetTotalPauseDuration();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        for (int i = 0; i < Edits; i++)
        {
            AdditionalText next = ReferenceEquals(current, original) ? edited : original;
            start = Stopwatch.GetTimestamp();
            driver = driver.ReplaceAdditionalText(current, next).RunGenerators(inputs.Compilation);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            reported.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
            current = next;
        }

        double paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / Edits;
        string collections = string.Join("/", Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]));
        Console.WriteLine($"{label}: cold {cold:F0} ms; edit median {Median(wall):F1} ms wall, {Median(reported):F1} ms by the driver's timing (of {Edits}, first {wall[0]:F1} ms); GC pause {paused:F1} ms per edit, collections gen0/1/2 {collections}");
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
}
