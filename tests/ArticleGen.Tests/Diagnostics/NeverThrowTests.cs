using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleGen.Generator;
using ArticleGen.Generator.Model;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Diagnostics;

/// <summary>An exception inside the generator becomes AG0001 on its file; cancellation is the one exception let through.</summary>
public sealed class NeverThrowTests
{
    [Fact]
    public void A_catalog_that_cannot_be_read_is_AG0001_and_the_articles_still_generate()
    {
        AdditionalText[] files =
        {
            new ThrowingAdditionalText("catalog/world.entities.yml"),
            new InMemoryAdditionalText("articles/good.md", "---\ntitle: Good\n---\nBody.\n"),
        };
        GeneratorRun run = GeneratorHarness.Run(files, GeneratorHarness.Compilation());

        Assert.Equal("AG0001", run.GeneratorDiagnostics.Single().Id);
        Assert.Equal("catalog/world.entities.yml", run.GeneratorDiagnostics.Single().Location.GetLineSpan().Path);
        Assert.Contains(GeneratedFiles.Article("Good"), run.Sources.Select(s => s.HintName));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_exception_while_resolving_an_article_is_AG0001_on_that_article()
    {
        // A body the parser would never produce (null text) makes the analysis throw.
        var article = Parse("articles/a.md", "---\ntitle: A\n---\nBody.\n").Content with { Body = null! };
        var input = new AnalysisInput(article, EquatableArray<ResolvedEntity>.Empty, false, new GeneratorOptions("Seeds", true, true));

        ArticleResult result = Guard.Resolve(input, CancellationToken.None);

        Assert.Null(result.Model);
        Assert.Equal("articles/a.md", result.FilePath);
        Finding error = Assert.Single(result.Findings);
        Assert.Equal("AG0001", error.DescriptorId);
        Assert.Equal(FindingPlace.File, error.Place);
    }

    [Fact]
    public void An_exception_while_building_the_entity_table_is_AG0001()
    {
        // A definition with a name but no kind is refused by the parser; here it reaches the table builder.
        var broken = new EntityDeclaration("bob", "Bob", null, EquatableArray<string>.Empty, null, null);
        var sets = ImmutableArray.Create(new DeclarationSet(
            "articles/a.md", false, new[] { broken }.ToEquatableArray(), new[] { SourceLocation.FileStart("articles/a.md") }.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty));

        Reported<EntityTable> table = Guard.BuildEntityTable(sets, EquatableArray<ReferencedEntity>.Empty, string.Empty, CancellationToken.None);

        Assert.Empty(table.Value.Entities);
        Assert.Equal("AG0001", Assert.Single(table.Diagnostics).Id);
    }

    [Fact]
    public void A_cancelled_token_propagates_from_the_driver()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        GeneratorDriver driver = GeneratorHarness.Driver(TestFiles.Seeds());

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.Compilation(), cancellation.Token));
    }

    [Fact]
    public void Cancellation_is_not_turned_into_AG0001_by_the_guards()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var article = Parse("articles/a.md", "---\ntitle: A\n---\nBody.\n").Content;
        var input = new AnalysisInput(article, EquatableArray<ResolvedEntity>.Empty, false, new GeneratorOptions("Seeds", true, true));

        Assert.ThrowsAny<OperationCanceledException>(() => Guard.Parse(new InMemoryAdditionalText("articles/a.md", "---\ntitle: A\n---\nBody.\n"), cancellation.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Guard.BuildEntityTable(ImmutableArray.Create(new DeclarationSet("a.md", false, EquatableArray<EntityDeclaration>.Empty, EquatableArray<SourceLocation>.Empty, EquatableArray<DiagnosticInfo>.Empty)), EquatableArray<ReferencedEntity>.Empty, string.Empty, cancellation.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Guard.Resolve(input, cancellation.Token));
    }

    private static ParsedArticle Parse(string path, string text) => Guard.Parse(new InMemoryAdditionalText(path, text), CancellationToken.None);
}
