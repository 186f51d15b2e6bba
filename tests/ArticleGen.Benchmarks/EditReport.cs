using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks;

/// <summary><c>edit-report N</c>: which outputs a one-article body edit regenerates on a warm driver, and how long it took.</summary>
public static class EditReport
{
    public static void Run(int count)
    {
        var inputs = new CorpusInputs(count);
        GeneratorDriver driver = inputs.Driver(trackSteps: true).RunGenerators(inputs.Compilation);
        AdditionalText original = inputs.Files.First(f => f.Path.EndsWith(".md", StringComparison.Ordinal));
        var edited = new CorpusInputs.Text(original.Path, original.GetText()!.ToString().TrimEnd('\n') + " A sentence added in an edit.\n");
        long start = Stopwatch.GetTimestamp();
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(inputs.Compilation);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        var outputs = driver.GetRunResult().Results.Single().TrackedOutputSteps["SourceOutput"].SelectMany(s => s.Outputs).ToList();
        int regenerated = outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Console.WriteLine($"{count} articles: edit of {original.Path} took {elapsed.TotalMilliseconds:F1} ms (step tracking on); {regenerated} of {outputs.Count} outputs regenerated, the others cached");
    }
}
