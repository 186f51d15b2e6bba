using System.Linq;
using System.Text;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>No input makes the generator's work explode: aliases, nesting and size are all bounded or linear.</summary>
public sealed class BoundedWorkTests
{
    [Fact]
    public void A_billion_laughs_of_yaml_aliases_is_refused_at_the_alias_that_repeats_too_much()
    {
        var yaml = new StringBuilder("---\ntitle: Laughs\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++)
        {
            yaml.Append("x").Append(i).Append(": &a").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*a" + (i - 1), 10))).Append("]\n");
        }

        yaml.Append("tags: *a9\nentities:\n  bob: {name: Bob, kind: person, aliases: *a9}\n---\nBob laughed.\n");
        GeneratorRun run = GeneratorHarness.Run(("articles/laughs.md", yaml.ToString()));

        // x1 repeats 10 x 11 nodes through its aliases, x2 10 x 111, and the 8th alias of x3 (1,111 nodes) crosses 10,000.
        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AG0002", diagnostic.Id);
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.Equal((5, 44, 5, 47), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        Assert.Contains("more than 10,000 values", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("\n- ", "")]
    public void Deeply_nested_yaml_is_refused_at_the_65th_level(string open, string close)
    {
        string nested = string.Concat(Enumerable.Repeat(open, 10_000)) + "x" + string.Concat(Enumerable.Repeat(close, 10_000));
        if (open.StartsWith('\n'))
        {
            nested = string.Concat(Enumerable.Range(0, 10_000).Select(i => "\n" + new string(' ', i * 2) + "- ")) + "x";
        }

        GeneratorRun run = GeneratorHarness.Run(("articles/deep.md", "---\ntitle: Deep\ntags: " + nested + "\n---\nBody.\n"));

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AG0002", diagnostic.Id);
        Assert.Contains("64 levels", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_ten_megabyte_article_with_many_diagnostics_generates_and_compiles()
    {
        // Quadratic work in the body length would take minutes here. Each paragraph has a quote, mentions, an
        // unbalanced mark, and enough plain text that the compiler's share stays moderate.
        string filler = string.Concat(Enumerable.Repeat("The talks covered trade, security and the climate in some detail. ", 12));
        string paragraph = "Wang Yi told Blinken \"the relationship is stabilising,\" and \"then he left. " + filler + "\n\n";
        var body = new StringBuilder(10_500_000);
        while (body.Length < 10_000_000)
        {
            body.Append(paragraph);
        }

        string article = "---\ntitle: Long\nentities:\n  wang-yi: {name: Wang Yi, kind: person}\n  antony-blinken: {name: Antony Blinken, kind: person, aliases: [Blinken]}\n  beijing: {name: Beijing, kind: place}\n---\n" + body;
        GeneratorRun run = GeneratorHarness.Run(("articles/long.md", article));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AG0001");
        Assert.Equal(20, run.GeneratorDiagnostics.Count(d => d.Id == "AG0017"));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(body.ToString(), Assert.Single(GeneratedArticles.Load(run, "Seeds")).Body);
    }
}
