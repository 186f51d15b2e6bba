using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>edit-profile N</c>: many one-article edits on a warm driver, timed by Stopwatch and by the driver's own
/// timing, with where the last edit spent its time, step by step; the same edits through an empty generator and
/// through one that adds one tiny source per file give the driver's own per-edit cost over the same files.
/// </summary>
public static class EditProfile
{
    private const int Edits = 21;

    public static void Run(int count)
    {
        var inputs = new CorpusInputs(count);
        AdditionalText original = inputs.Files.First(f => f.Path.EndsWith(".md", StringComparison.Ordinal));
        var edited = new CorpusInputs.Text(original.Path, original.GetText()!.ToString().TrimEnd('\n') + " A sentence added in an edit.\n");
        // Step tracking costs minutes per run at 10,000 files; its per-step split is taken at smaller sizes only.
        foreach (bool track in count <= 2000 ? new[] { false, true } : new[] { false })
        {
            Measure($"ArticleGen, step tracking {(track ? "on" : "off")}", inputs.Driver(track), inputs, original, edited, track);
        }

        Measure("Empty generator", inputs.Driver(new EmptyGenerator()), inputs, original, edited, track: false);
        Measure("One output per file", inputs.Driver(new OutputPerFileGenerator()), inputs, original, edited, track: false);
    }

    private static void Measure(string label, GeneratorDriver driver, CorpusInputs inputs, AdditionalText original, AdditionalText edited, bool track)
    {
        long start = Stopwatch.GetTimestamp();
        driver = driver.RunGenerators(inputs.Compilation);
        double cold = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var wall = new List<double>();
        var reported = new List<double>();
        AdditionalText current = original;
        for (int i = 0; i < Edits; i++)
        {
            AdditionalText next = ReferenceEquals(current, original) ? edited : original;
            start = Stopwatch.GetTimestamp();
            driver = driver.ReplaceAdditionalText(current, next).RunGenerators(inputs.Compilation);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            reported.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
            current = next;
        }

        Console.WriteLine($"{label}: cold {cold:F0} ms; edit median {Median(wall):F1} ms wall, {Median(reported):F1} ms by the driver's timing (of {Edits}, first {wall[0]:F1} ms)");
        if (track)
        {
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps).OrderByDescending(s => s.Value.Sum(x => x.ElapsedTime.Ticks)))
            {
                string reasons = string.Join(", ", steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key} {g.Count()}"));
                Console.WriteLine($"  {name,-24} {steps.Length,6} runs {TimeSpan.FromTicks(steps.Sum(s => s.ElapsedTime.Ticks)).TotalMilliseconds,9:F2} ms  ({reasons})");
            }
        }
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
}
