using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace ArticleGen.Benchmarks;

/// <summary>
/// (a) The generator's cold run against the floor: reading the same files and parsing their front matter with
/// YamlDotNet. (b) One article's body edited on a warm driver, against the same edit through an empty generator and
/// through one that adds one tiny source per file (the driver's own cost for that many outputs). Side by side, the
/// floor as baseline; edits are timed ten at a time (alternating the edit and its undo) and reported per edit.
/// </summary>
// Warm-ups until both sides run tier-1 code, as a long-lived compiler server or IDE does after the first build: with
// one warm-up the 1,000-article cold run took 958, 810, then 298 ms; with four, the floor still took 173, 302, 93, 39,
// then 31 ms.
[ShortJob(warmupCount: 10, iterationCount: 5)]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CorpusInputs _inputs = null!;
    private const int EditsPerInvocation = 10;

    private GeneratorDriver _warm = null!;
    private GeneratorDriver _warmEmpty = null!;
    private GeneratorDriver _warmOutputPerFile = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [Params(1000, 10000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = new CorpusInputs(Articles);
        (_original, _edited) = _inputs.BodyEdit();
        _warm = _inputs.Driver().RunGenerators(_inputs.Compilation);
        _warmEmpty = _inputs.Driver(new EmptyGenerator()).RunGenerators(_inputs.Compilation);
        _warmOutputPerFile = _inputs.Driver(new OutputPerFileGenerator()).RunGenerators(_inputs.Compilation);
    }

    [Benchmark(Baseline = true, Description = "Read files + YamlDotNet front matter (floor)")]
    public int FrontMatterOnly()
    {
        int nodes = 0;
        foreach (AdditionalText file in _inputs.Files)
        {
            string text = file.GetText()!.ToString();
            int start = text.StartsWith("---\n", System.StringComparison.Ordinal) ? 4 : 0;
            int end = start == 0 ? text.Length - 1 : text.IndexOf("\n---\n", start, System.StringComparison.Ordinal);
            if (start == 0 && !file.Path.EndsWith(".entities.yml", System.StringComparison.Ordinal))
            {
                continue; // A plain-text article has no YAML.
            }

            string yaml = text.Substring(start, end + 1 - start);
            var stream = new YamlStream();
            stream.Load(new System.IO.StringReader(yaml));
            nodes += stream.Documents.Count;
        }

        return nodes;
    }

    [Benchmark(Description = "Generator cold run")]
    public ImmutableArray<GeneratedSourceResult> ColdRun() =>
        _inputs.Driver().RunGenerators(_inputs.Compilation).GetRunResult().Results[0].GeneratedSources;

    [Benchmark(Description = "One-article edit, warm driver", OperationsPerInvoke = EditsPerInvocation)]
    public GeneratorDriver OneArticleEdit() => _warm = Edit(_warm);

    [Benchmark(Description = "Same edit, empty generator", OperationsPerInvoke = EditsPerInvocation)]
    public GeneratorDriver EmptyGeneratorEdit() => _warmEmpty = Edit(_warmEmpty);

    [Benchmark(Description = "Same edit, one tiny output per file", OperationsPerInvoke = EditsPerInvocation)]
    public GeneratorDriver OutputPerFileEdit() => _warmOutputPerFile = Edit(_warmOutputPerFile);

    private GeneratorDriver Edit(GeneratorDriver driver)
    {
        for (int i = 0; i < EditsPerInvocation; i++)
        {
            // An even count: each invocation ends with the original text back in place.
            driver = i % 2 == 0
                ? driver.ReplaceAdditionalText(_original, _edited).RunGenerators(_inputs.Compilation)
                : driver.ReplaceAdditionalText(_edited, _original).RunGenerators(_inputs.Compilation);
        }

        return driver;
    }
}
