using System.Linq;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ArticleGen.Tests.Diagnostics.DiagnosticAssert;

namespace ArticleGen.Tests.Parsing;

/// <summary>
/// Front matter and catalogs are read from the YAML parser's events onto an explicit stack: no input drives recursion.
/// Depth is bounded (64 levels, aliases included), aliases are bounded in what they repeat, and an alias cycle, an
/// alias without anchor, a second document and a key given twice are refused where they stand.
/// </summary>
public sealed class YamlStructureTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Theory]
    [InlineData(1_000)]
    [InlineData(25_000)]
    [InlineData(50_000)]
    public void Nested_brackets_after_an_apostrophe_are_refused_at_the_65th_level(int depth)
    {
        // The textual guard took the apostrophe for an opening quote and stopped counting; 50,000 levels then overflowed
        // the stack of YamlDotNet's representation model and killed the compiler.
        string text = "---\ntitle: The 'Nineties revisited\ntags: " + new string('[', depth) + "\n---\nBody.\n";
        GeneratorRun run = Run(("articles/nineties.md", text));

        // The front matter's map is the first level, so the 64th bracket opens the 65th.
        Diagnostic diagnostic = Single(run, "AG0002", Error, "articles/nineties.md", 2, 6 + 63, 2, 6 + 63);
        Assert.Contains("more than 64 levels", Message(diagnostic), System.StringComparison.Ordinal);
        Assert.Single(run.GeneratorDiagnostics);
        StillCompiles(run);
    }

    [Fact]
    public void A_self_referencing_complex_key_is_refused_at_its_alias()
    {
        // YamlDotNet's representation model hashed the key, a list holding itself, until the stack overflowed.
        GeneratorRun run = Run(("articles/keys.md", "---\ntitle: Keys\n? &k [*k]\n: value\n---\nBody.\n"));

        Diagnostic diagnostic = Single(run, "AG0002", Error, "articles/keys.md", 2, 6, 2, 8);
        Assert.Contains("'*k' names the list or map it stands in", Message(diagnostic), System.StringComparison.Ordinal);
        Assert.Single(run.GeneratorDiagnostics);
        StillCompiles(run);
    }

    [Fact]
    public void A_self_referencing_complex_key_in_a_catalog_is_refused_at_its_alias()
    {
        GeneratorRun run = Run(("catalog/world.entities.yml", "entities: {}\n? &k [*k]\n: value\n"));

        Single(run, "AG0002", Error, "catalog/world.entities.yml", 1, 6, 1, 8);
        StillCompiles(run);
    }

    [Fact]
    public void An_alias_inside_the_value_it_names_is_refused()
    {
        GeneratorRun run = Run(("articles/cycle.md", "---\ntitle: Cycle\ntags: &t [a, [b, *t]]\n---\nBody.\n"));

        Single(run, "AG0002", Error, "articles/cycle.md", 2, 17, 2, 19);
        StillCompiles(run);
    }

    [Fact]
    public void An_alias_with_no_anchor_before_it_is_refused()
    {
        GeneratorRun run = Run(("articles/alias.md", "---\ntitle: Alias\ntags: *later\nsource: &later Reuters\n---\nBody.\n"));

        Diagnostic diagnostic = Single(run, "AG0002", Error, "articles/alias.md", 2, 6, 2, 12);
        Assert.Contains("anchored as '&later'", Message(diagnostic), System.StringComparison.Ordinal);
        StillCompiles(run);
    }

    [Fact]
    public void A_complex_key_is_a_key_of_the_wrong_type_and_the_other_fields_still_count()
    {
        GeneratorRun run = Run(("articles/complex.md", "---\ntitle: Complex\n? [a, b]\n: value\nsource: Reuters\n---\nBody.\n"));

        Single(run, "AG0006", Error, "articles/complex.md", 2, 2, 2, 2);
        Assert.Single(run.GeneratorDiagnostics);
        StillCompiles(run, GeneratedFiles.Article("Complex"));
        Assert.Equal("Reuters", GeneratedArticles.Load(run).Single(a => a.Id == "complex").Source);
    }

    [Fact]
    public void Aliases_share_values_within_the_bounds()
    {
        string text = "---\ntitle: Shared\ntags: &names [Wang Yi, Wang]\nentities:\n  wang-yi: {name: Wang Yi, kind: person, aliases: *names}\n---\nWang spoke.\n";
        GeneratorRun run = Run(("articles/shared.md", text));

        Assert.Empty(run.GeneratorDiagnostics);
        StillCompiles(run, GeneratedFiles.Article("Shared"));
        Article article = GeneratedArticles.Load(run).Single(a => a.Id == "shared");
        Assert.Equal(new[] { "Wang Yi", "Wang" }, article.Tags);
        Assert.Equal(new[] { "Wang Yi", "Wang" }, article.Entities.Single().Aliases);
        Assert.Equal("Wang", article.Mentions.Single().Text);
    }

    [Fact]
    public void An_alias_that_would_nest_past_64_levels_is_refused()
    {
        // 40 levels anchored, then used 30 levels down (plus the front matter's own map): 71 levels in all.
        string text = "---\ntitle: Deep\nx: &d " + new string('[', 40) + new string(']', 40) + "\ny: " + new string('[', 30) + "*d" + new string(']', 30) + "\n---\nBody.\n";
        GeneratorRun run = Run(("articles/deep.md", text));

        Diagnostic diagnostic = Single(run, "AG0002", Error, "articles/deep.md", 3, 33, 3, 35);
        Assert.Contains("Through the alias '*d'", Message(diagnostic), System.StringComparison.Ordinal);
        StillCompiles(run);
    }

    [Fact]
    public void A_second_document_in_a_catalog_is_refused_where_it_starts()
    {
        GeneratorRun run = Run(("catalog/two.entities.yml", "entities:\n  bob: {name: Bob, kind: person}\n---\nentities:\n  ann: {name: Ann, kind: person}\n"));

        Single(run, "AG0002", Error, "catalog/two.entities.yml", 2, 0, 2, 3);
        StillCompiles(run);
    }

    [Fact]
    public void Merge_keys_are_not_part_of_the_format_and_stay_unknown_fields()
    {
        // The format (docs/article-format.md) has no merge keys and YamlDotNet's representation model did not merge:
        // '<<' is a key like any other, an unknown field, and nothing is merged into 'rob'.
        string text = "---\ntitle: Merge\nentities:\n  bob: &bob {name: Bob, kind: person}\n  rob:\n    <<: *bob\n    name: Rob\n---\nBob and Rob.\n";
        GeneratorRun run = Run(("articles/merge.md", text));

        Diagnostic unknown = Single(run, "AG0005", DiagnosticSeverity.Warning, "articles/merge.md", 5, 4, 5, 6);
        Assert.Contains("'<<'", Message(unknown), System.StringComparison.Ordinal);
        Single(run, "AG0008", Error, "articles/merge.md", 4, 2, 4, 5);
        Assert.Equal(2, run.GeneratorDiagnostics.Length);
        StillCompiles(run, GeneratedFiles.Article("Merge"));
        Assert.Equal("bob", GeneratedArticles.Load(run).Single(a => a.Id == "merge").Entities.Single().Id);
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
}
