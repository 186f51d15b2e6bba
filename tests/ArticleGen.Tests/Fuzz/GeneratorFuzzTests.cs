using System;
using System.IO;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Fuzz;

/// <summary>
/// More than 10,000 generated articles per run, read by the generator in the fuzzing host's own process
/// (tests/ArticleGen.Fuzzing): YAML-structured front matter (anchors, aliases, complex and merge keys, deep mixed
/// nesting, odd scalars), random valid articles whose every string must come back exactly, mutations of a real article,
/// and garbage text. Every batch must give no AG0001, no generator exception, output that compiles, diagnostics inside
/// their files and YAML errors in ArticleGen's words. A process that dies (a stack overflow, a fail-fast) fails the
/// test with the input it was reading.
/// </summary>
public sealed class GeneratorFuzzTests(ITestOutputHelper output)
{
    /// <summary>Far above a run's time (about a minute for the largest suite): a hang fails instead of stalling CI.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    [Fact]
    public void Yaml_structured_articles_6000_never_crash_and_always_compile() => Run("yaml", 120, 6_000);

    [Fact]
    public void Random_articles_1000_generate_compile_and_keep_every_string_exactly() => Run("random", 40, 1_000);

    [Fact]
    public void Mutated_seed_articles_2000_never_crash_and_always_compile() => Run("mutated", 80, 2_000);

    [Fact]
    public void Random_plain_text_files_1000_never_crash_and_always_compile() => Run("plain", 40, 1_000);

    [Fact]
    public void A_crash_in_the_fuzzing_host_is_a_failure_that_keeps_its_input()
    {
        // The 'crash' suite overflows the stack on purpose while reading a batch.
        FuzzOutcome outcome = FuzzProcess.Run("crash", 1, Timeout);

        Assert.False(outcome.Passed);
        Assert.False(outcome.TimedOut);
        Assert.NotEqual(1, outcome.ExitCode);
        Assert.Contains("Stack overflow", outcome.Output, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(outcome.SavedInput);
        Assert.Contains("This input is saved before the process dies.", File.ReadAllText(Path.Combine(outcome.SavedInput!, "batch.txt")), StringComparison.Ordinal);
        Assert.Contains("the fuzzing host died", outcome.Describe(), StringComparison.Ordinal);
    }

    private void Run(string suite, int batches, int articles)
    {
        FuzzOutcome outcome = FuzzProcess.Run(suite, batches, Timeout);
        output.WriteLine(outcome.Summary);
        Assert.True(outcome.Passed, outcome.Describe());
        Assert.True(outcome.Articles >= articles, $"{outcome.Articles} articles checked, {articles} due: {outcome.Summary}");
    }
}
