using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>edit-report N</c>: which generated files a one-article body edit regenerates on a warm driver, and how long it
/// took. Without step tracking (minutes per run at this size): the driver hands back the very same
/// <see cref="SourceText"/> object for every output it took from its cache, so a file whose text object changed was
/// regenerated.
/// </summary>
public static class EditReport
{
    public static void Run(int count)
    {
        var inputs = new CorpusInputs(count);
        GeneratorDriver driver = inputs.Driver().RunGenerators(inputs.Compilation);
        Dictionary<string, SourceText> before = Sources(driver);
        (AdditionalText original, AdditionalText edited) = inputs.BodyEdit();
        long start = Stopwatch.GetTimestamp();
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(inputs.Compilation);
        TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
        Dictionary<string, SourceText> after = Sources(driver);
        string[] regenerated = after.Where(s => !before.TryGetValue(s.Key, out SourceText? old) || !ReferenceEquals(old, s.Value))
            .Select(s => s.Key).OrderBy(h => h, StringComparer.Ordinal).ToArray();
        Console.WriteLine($"{count} articles: edit of {original.Path} took {elapsed.TotalMilliseconds:F1} ms; {regenerated.Length} of {after.Count} generated files regenerated ({string.Join(", ", regenerated)}), the others cached");
        ImmutableArray<Diagnostic> diagnostics = driver.GetRunResult().Diagnostics;
        Console.WriteLine($"  {diagnostics.Length} diagnostics reported: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}")));
    }

    private static Dictionary<string, SourceText> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
}
