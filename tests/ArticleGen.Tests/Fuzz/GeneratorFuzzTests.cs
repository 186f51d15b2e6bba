using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using ArticleGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Fuzz;

/// <summary>
/// Thousands of random and mutated articles per run. For each: no AG0001, no generator crash, output that compiles
/// without errors, and (for articles valid by construction) every string of the objects equal to its source text.
/// Articles are batched into one compilation each, since compiling is what costs.
/// </summary>
public sealed class GeneratorFuzzTests(ITestOutputHelper output)
{
    private const int BatchSize = 25;
    private const int RandomBatches = 40;
    private const int MutationBatches = 80;
    private const int PlainTextBatches = 20;

    [Fact]
    public void Random_articles_1000_generate_compile_and_keep_every_string_exactly()
    {
        int cases = 0;
        Stopwatch time = Stopwatch.StartNew();
        ArticleGens.Article.Array[BatchSize].Sample(
            batch =>
            {
                var files = batch.Select((a, i) => (ArticleSpec.Path(i), a.Write(i))).ToList();
                GeneratorRun run = GeneratorHarness.Run(files, string.Empty);
                AssertSafe(run, files);
                Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
                Dictionary<string, Article> loaded = GeneratedArticles.Load(run).ToDictionary(a => a.Id, StringComparer.Ordinal);
                for (int i = 0; i < batch.Length; i++)
                {
                    AssertEqual(batch[i], i, loaded[batch[i].UniqueId(i)]);
                }

                Interlocked.Add(ref cases, batch.Length);
            },
            iter: RandomBatches,
            threads: 1);
        output.WriteLine($"{cases} random articles in {RandomBatches} compilations, {time.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(RandomBatches * BatchSize, cases);
    }

    [Fact]
    public void Mutated_seed_articles_2000_never_crash_and_always_compile()
    {
        // Each copy gets its own id, so the batch's articles do not merely shadow each other as duplicates.
        string seed = TestFiles.SeedText("blinken-meets-wang-yi.md");
        (string Path, string Text) catalog = ("seeds/world.entities.yml", TestFiles.SeedText("world.entities.yml"));
        int cases = 0;
        Stopwatch time = Stopwatch.StartNew();
        ArticleGens.Mutations(seed).Array[BatchSize].Sample(
            batch =>
            {
                var files = batch
                    .Select((text, i) => ("seeds/" + i + ".md", text.Replace("id: blinken-meets-wang-yi", "id: blinken-" + i, StringComparison.Ordinal)))
                    .Append(catalog)
                    .ToList();
                AssertSafe(GeneratorHarness.Run(files, string.Empty), files);
                Interlocked.Add(ref cases, batch.Length);
            },
            iter: MutationBatches,
            threads: 1);
        output.WriteLine($"{cases} mutated seed articles in {MutationBatches} compilations, {time.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(MutationBatches * BatchSize, cases);
    }

    [Fact]
    public void Random_plain_text_files_500_never_crash_and_always_compile()
    {
        int cases = 0;
        Stopwatch time = Stopwatch.StartNew();
        Gen.Select(ArticleGens.Body, ArticleGens.Body, Gen.Bool).Array[BatchSize].Sample(
            batch =>
            {
                // Half as .txt, half as .md without front matter structure: garbage in both readers.
                var files = batch.Select((t, i) => ("articles/" + i + (t.Item3 ? ".txt" : ".md"), t.Item1 + "\n" + t.Item2)).ToList();
                AssertSafe(GeneratorHarness.Run(files, string.Empty), files);
                Interlocked.Add(ref cases, batch.Length);
            },
            iter: PlainTextBatches,
            threads: 1);
        output.WriteLine($"{cases} random text files in {PlainTextBatches} compilations, {time.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(PlainTextBatches * BatchSize, cases);
    }

    private static void AssertSafe(GeneratorRun run, IReadOnlyList<(string Path, string Text)> files)
    {
        string Describe() => string.Join("\n----\n", files.Select(f => f.Path + ":\n" + f.Text));
        Assert.True(!run.GeneratorDiagnostics.Any(d => d.Id == "AG0001"), "AG0001: " + string.Join("; ", run.GeneratorDiagnostics.Where(d => d.Id == "AG0001")) + "\n" + Describe());
        Assert.True(run.Result.Results.Single().Exception is null, "Generator threw: " + run.Result.Results.Single().Exception + "\n" + Describe());
        List<Diagnostic> errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Compiler errors: " + string.Join("\n", errors.Take(5)) + "\n" + Describe());
    }

    private static void AssertEqual(ArticleSpec spec, int index, Article article)
    {
        Assert.Equal(spec.Title, article.Title);
        Assert.Equal(spec.UniqueId(index), article.Id);
        Assert.Equal(spec.Source, article.Source);
        Assert.Equal(spec.Authors, article.Authors);
        Assert.Equal(spec.Tags, article.Tags);
        Assert.Equal(spec.ExpectedBody, article.Body);
        Assert.Equal(spec.Entities.Length, article.Entities.Count);
        for (int i = 0; i < spec.Entities.Length; i++)
        {
            EntitySpec expected = spec.Entities[i];
            Entity entity = article.Entities[i];
            Assert.Equal(ArticleSpec.EntityId(index, i, expected), entity.Id);
            Assert.Equal((expected.Name, expected.Role, expected.Wikidata), (entity.Name, entity.Role, entity.Wikidata));
            Assert.Equal(expected.Aliases, entity.Aliases);
        }
    }
}
