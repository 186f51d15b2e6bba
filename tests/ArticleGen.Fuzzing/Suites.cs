using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Fuzzing;

/// <summary>
/// The suites: batches of random, mutated, garbage and YAML-structured articles, each batch one compilation, every
/// batch held to <see cref="Checks.Safe"/>; and <c>crash</c>, which overflows the stack on purpose so that the test can
/// prove a crash is caught and its input kept.
/// </summary>
internal static class Suites
{
    public const int BatchSize = 25;

    /// <summary>YAML-structured articles mostly fail early and compile little: more to a batch.</summary>
    public const int YamlBatchSize = 50;

    /// <summary>Inputs that once killed the compiler with a stack overflow (issue 13): the yaml suite reads them first.</summary>
    private static readonly string[] Crashers =
    {
        "---\ntitle: The 'Nineties revisited\ntags: " + new string('[', 50_000) + "\n---\nBody.\n",
        "---\ntitle: Keys\n? &k [*k]\n: value\n---\nBody.\n",
        "---\ntitle: Laughs\nx0: &a0 [lol, lol]\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"x{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n")) + "tags: *a30\n---\nBody.\n",
    };

    public static void Run(string suite, int batches, BatchRunner runner)
    {
        switch (suite)
        {
            case "random":
                ArticleGens.Article.Array[BatchSize].Sample(batch => Random(batch, runner), iter: batches, threads: 1);
                break;
            case "mutated":
                Gen<string> mutations = ArticleGens.Mutations(TestFiles.SeedText("blinken-meets-wang-yi.md"));
                mutations.Array[BatchSize].Sample(batch => Mutated(batch, runner), iter: batches, threads: 1);
                break;
            case "plain":
                Gen.Select(ArticleGens.Body, ArticleGens.Body, Gen.Bool).Array[BatchSize].Sample(batch => Plain(batch, runner), iter: batches, threads: 1);
                break;
            case "yaml":
                runner.Run(Crashers.Select((text, i) => ("articles/crasher" + i + ".md", text)).ToList(), _ => { });
                YamlShapes.Article.Array[YamlBatchSize].Sample(batch => runner.Run(batch.Select((text, i) => ("articles/" + i + ".md", text)).ToList(), _ => { }), iter: batches, threads: 1);
                break;
            case "crash":
                runner.Run(new[] { ("articles/overflow.md", "---\ntitle: Overflow\n---\nThis input is saved before the process dies.\n") }, _ => Overflow(0));
                break;
            default:
                throw new ArgumentException("unknown suite " + suite, nameof(suite));
        }
    }

    /// <summary>Valid by construction: every string of the objects must equal its source text.</summary>
    private static void Random(ArticleSpec[] batch, BatchRunner runner)
    {
        var files = batch.Select((a, i) => (ArticleSpec.Path(i), a.Write(i))).ToList();
        runner.Run(files, run =>
        {
            List<Diagnostic> errors = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new FuzzFailure("a valid article was refused: " + string.Join("; ", errors.Take(3)));
            }

            Dictionary<string, Article> loaded = GeneratedArticles.Load(run).ToDictionary(a => a.Id, StringComparer.Ordinal);
            for (int i = 0; i < batch.Length; i++)
            {
                Checks.Equal(batch[i], i, loaded[batch[i].UniqueId(i)]);
            }
        });
    }

    /// <summary>The seed article edited at random; each copy gets its own id, so copies do not merely shadow each other.</summary>
    private static void Mutated(string[] batch, BatchRunner runner)
    {
        var files = batch
            .Select((text, i) => ("seeds/" + i + ".md", text.Replace("id: blinken-meets-wang-yi", "id: blinken-" + i, StringComparison.Ordinal)))
            .Append(("seeds/world.entities.yml", TestFiles.SeedText("world.entities.yml")))
            .ToList();
        runner.Run(files, _ => { });
    }

    /// <summary>Garbage in both readers: half as .txt, half as .md.</summary>
    private static void Plain((string, string, bool)[] batch, BatchRunner runner) =>
        runner.Run(batch.Select((t, i) => ("articles/" + i + (t.Item3 ? ".txt" : ".md"), t.Item1 + "\n" + t.Item2)).ToList(), _ => { });

    private static int Overflow(int depth) => depth == int.MaxValue ? depth : Overflow(depth + 1) + 1;
}
