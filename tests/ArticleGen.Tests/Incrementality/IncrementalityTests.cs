using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleGen.Corpus;
using ArticleGen.Generator;
using ArticleGen.Generator.Emit;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Incrementality;

/// <summary>
/// An edit re-runs only what depends on it (Roslyn's incremental generator cookbook): checked on the tracked
/// steps and on the outputs of a warm driver over a dozen corpus articles and the shared catalog.
/// </summary>
public sealed class IncrementalityTests
{
    private const int Count = 12;

    /// <summary>Every additional file goes through each per-file step: the articles and the shared catalog.</summary>
    private const int Files = Count + 1;

    private static readonly IncrementalStepRunReason[] FromCache = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Fact]
    public void Editing_one_articles_body_regenerates_only_the_file_holding_it()
    {
        IncrementalSession session = IncrementalSession.Start(Count);
        string path = "articles/a00003.md";
        int files = CorpusMaker.Make(Count).Where(f => f.RelativePath.StartsWith("articles/", StringComparison.Ordinal))
            .Select(f => GeneratedFiles.Article("A" + f.RelativePath.Substring("articles/a".Length, 5))).Distinct().Count() + 4; // + entities, catalog, global using, Hot Reload handler

        session.Replace(path, session.Text(path).TrimEnd('\n') + " A sentence added in an edit.\n");
        session.Run();

        Assert.Equal(new[] { GeneratedFiles.Article("A00003") }, session.RegeneratedSources());
        Assert.Equal(files - 1, session.CachedSources().Count);
        AssertOneModifiedRestCached(session.Reasons(ArticleSourceGenerator.Steps.Parse));
        AssertOneModifiedRestCached(session.Reasons(ArticleSourceGenerator.Steps.Analyze));
        IReadOnlyList<IncrementalStepRunReason> groups = session.Reasons(ArticleSourceGenerator.Steps.Group);
        Assert.Equal(ArticleGroups.Count, groups.Count);
        Assert.Single(groups, IncrementalStepRunReason.Modified);
        Assert.Equal(ArticleGroups.Count - 1, groups.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Entities), r => Assert.Contains(r, FromCache));
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Catalog), r => Assert.Contains(r, FromCache));
    }

    [Fact]
    public void Editing_a_cs_file_regenerates_nothing()
    {
        IncrementalSession session = IncrementalSession.Start(Count);

        session.ReplaceSyntaxTree("namespace User { public static class Program { public static int Answer => 42; } }");
        session.Run();

        Assert.Empty(session.RegeneratedSources());
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Analyze), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    /// <summary>
    /// The referenced assemblies' entities are read from every new compilation; the list is value-equal, so the entity
    /// table, built from it, is not built again.
    /// </summary>
    [Fact]
    public void Editing_a_cs_file_reads_the_references_into_an_equal_list_and_builds_no_table_again()
    {
        IncrementalSession session = IncrementalSession.Start(Count);

        session.ReplaceSyntaxTree("namespace User { public static class Program { public static int Answer => 42; } }");
        session.Run();

        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, session.Reasons(ArticleSourceGenerator.Steps.References));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, session.Reasons(ArticleSourceGenerator.Steps.Entities));
    }

    /// <summary>
    /// In an app over a content partition, the partitions are read from every new compilation too; the list is
    /// value-equal, so a .cs edit writes neither the catalog that composes them nor any article again.
    /// </summary>
    [Fact]
    public void Editing_a_cs_file_in_an_app_over_a_partition_reads_the_partitions_into_an_equal_list_and_regenerates_nothing()
    {
        GeneratorRun partition = GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText("news/one.md", "---\ntitle: One\n---\nOne article.\n") },
            GeneratorHarness.Compilation(assemblyName: "News2024"),
            "News2024");
        IncrementalSession session = IncrementalSession.Start(CorpusMaker.Make(Count), new[] { MetadataReference.CreateFromImage(partition.Image()) });
        Assert.Contains("() => global::News2024.Articles.Local,", session.Result.GeneratedSources.Single(s => s.HintName == "Articles.g.cs").SourceText.ToString(), StringComparison.Ordinal);

        session.ReplaceSyntaxTree("namespace User { public static class Program { public static int Answer => 42; } }");
        session.Run();

        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged }, session.Reasons(ArticleSourceGenerator.Steps.Partitions));
        Assert.Empty(session.RegeneratedSources());
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Analyze), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Adding_an_article_that_uses_catalog_entities_regenerates_that_article_and_the_article_lists_only()
    {
        IncrementalSession session = IncrementalSession.Start(Count);

        session.Add("articles/late-news.md", "---\ntitle: Late news\nentities:\n  boris-johnson: {}\n---\nBoris Johnson spoke late on Friday.\n");
        session.Run();

        // The catalog and the Hot Reload handler (a Debug build's) list every article.
        Assert.Equal(new[] { GeneratedFiles.Article("LateNews"), "Articles.g.cs", "HotReload.g.cs" }, session.RegeneratedSources());
        Assert.Single(session.Reasons(ArticleSourceGenerator.Steps.Analyze), IncrementalStepRunReason.New);
    }

    [Fact]
    public void Adding_an_article_that_defines_an_entity_also_regenerates_the_entities_and_nothing_else()
    {
        IncrementalSession session = IncrementalSession.Start(Count);
        CorpusFile added = CorpusMaker.Article(Count + 1);

        session.Add(added.RelativePath, added.Text);
        session.Run();

        Assert.Equal(new[] { GeneratedFiles.Article("A00013"), "Articles.g.cs", "Entities.g.cs", "HotReload.g.cs" }, session.RegeneratedSources());
        Assert.Equal(Files, session.Reasons(ArticleSourceGenerator.Steps.Analyze).Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void Editing_the_entity_catalog_re_resolves_every_article_but_regenerates_only_those_using_the_changed_entity()
    {
        IncrementalSession session = IncrementalSession.Start(Count);
        List<(string Path, string Text)> articles = CorpusMaker.Make(Count).Skip(1).Select(f => (f.RelativePath, f.Text)).ToList();
        CatalogEntity changed = CatalogEntity.World.First(e =>
            articles.Count(a => a.Text.Contains("  " + e.Id + ": {}\n", StringComparison.Ordinal)) is > 0 and < Count / 2);
        string[] users = articles
            .Where(a => a.Text.Contains("  " + changed.Id + ": {}\n", StringComparison.Ordinal))
            .Select(a => GeneratedFiles.Article("A" + a.Path.Substring("articles/a".Length, 5)))
            .Distinct()
            .ToArray();

        string catalog = session.Text(CorpusMaker.CatalogPath);
        string definition = "  " + changed.Id + ":\n    name: \"" + changed.Name + "\"\n";
        Assert.Contains(definition, catalog, StringComparison.Ordinal);
        session.Replace(CorpusMaker.CatalogPath, catalog.Replace(definition, definition + "    wikidata: Q42\n", StringComparison.Ordinal));
        session.Run();

        Assert.Equal(users.Append("Entities.g.cs").OrderBy(h => h, StringComparer.Ordinal), session.RegeneratedSources());
        Assert.DoesNotContain(IncrementalStepRunReason.Cached, session.Reasons(ArticleSourceGenerator.Steps.Resolve));
        Assert.Equal(users.Length, session.Reasons(ArticleSourceGenerator.Steps.Analyze).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(session.Reasons(ArticleSourceGenerator.Steps.Entities)));
    }

    [Fact]
    public void Diagnostics_of_files_an_edit_does_not_touch_are_still_reported()
    {
        // Diagnostics are one output for the whole compilation, gathered anew on each edit from the cached parse and
        // analysis results: a warning may neither vanish nor double when another article is edited.
        IncrementalSession session = IncrementalSession.Start(Count);
        Assert.NotEqual(GeneratedFiles.Article("A00002"), GeneratedFiles.Article("A00005"));
        session.Replace("articles/a00002.md", session.Text("articles/a00002.md").TrimEnd('\n') + " He said: \u201CThis never ends.\n");
        session.Run();
        session.Add("data/broken.entities.yml", "people: [\n");
        session.Run();
        Diagnostic unclosed = Assert.Single(session.Result.Diagnostics, d => d.Id == "AG0017");
        Assert.EndsWith("a00002.md", unclosed.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Diagnostic malformed = Assert.Single(session.Result.Diagnostics, d => d.Id == "AG0002");
        Assert.EndsWith("broken.entities.yml", malformed.Location.GetLineSpan().Path, StringComparison.Ordinal);

        session.Replace("articles/a00005.md", session.Text("articles/a00005.md").TrimEnd('\n') + " A sentence added in an edit.\n");
        session.Run();

        Assert.Equal(new[] { GeneratedFiles.Article("A00005") }, session.RegeneratedSources());
        Assert.Equal(unclosed, Assert.Single(session.Result.Diagnostics, d => d.Id == "AG0017"));
        Assert.Equal(malformed, Assert.Single(session.Result.Diagnostics, d => d.Id == "AG0002"));
    }

    [Fact]
    public void A_line_added_to_the_front_matter_moves_the_diagnostics_and_neither_analyses_nor_regenerates_anything()
    {
        // Diagnostics are an output of their own, placed after the analysis (System.Text.Json's generator does the same):
        // the analysis and the code depend on what the article says, not on where it stands in the file.
        IncrementalSession session = IncrementalSession.Start(Count);
        string path = "articles/a00004.md";
        string faulty = session.Text(path).Replace("---\ntitle:", "---\nauthor: Jane Doe\ntitle:", StringComparison.Ordinal).TrimEnd('\n')
            + " He said: \u201CThis never ends.\n";
        session.Replace(path, faulty);
        session.Run();
        (int Field, int Mark) before = (Line(session, "AG0005"), Line(session, "AG0017"));

        Assert.StartsWith("---\n", faulty, StringComparison.Ordinal);
        session.Replace(path, "---\n# A comment line, as an editor might add.\n" + faulty.Substring(4));
        session.Run();

        Assert.Equal((before.Field + 1, before.Mark + 1), (Line(session, "AG0005"), Line(session, "AG0017")));
        Assert.Empty(session.RegeneratedSources());
        IReadOnlyList<IncrementalStepRunReason> parse = session.Reasons(ArticleSourceGenerator.Steps.Parse);
        Assert.Single(parse, IncrementalStepRunReason.Modified);
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Resolve), r => Assert.Contains(r, FromCache));
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Analyze), r => Assert.Contains(r, FromCache));
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Group), r => Assert.Contains(r, FromCache));
        Assert.All(session.Reasons(ArticleSourceGenerator.Steps.Entities), r => Assert.Contains(r, FromCache));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(session.Reasons(ArticleSourceGenerator.Steps.Diagnostics)));
    }

    [Fact]
    public void An_article_the_driver_hands_over_twice_is_written_once_and_regenerates_nothing()
    {
        // A run that adds one file and replaces another leaves the driver's table in another order than its inputs; on
        // the next edit it then pairs the edited file's old entry with a neighbour it already holds (DistinctFiles).
        IncrementalSession session = IncrementalSession.Start(Count);
        session.Replace("articles/a00002.md", session.Text("articles/a00002.md").TrimEnd('\n') + " One more sentence.\n");
        session.Add("articles/late-news.md", "---\ntitle: Late news\n---\nNothing happened late on Friday.\n");
        session.Run();

        session.Replace("articles/a00005.md", session.Text("articles/a00005.md").TrimEnd('\n') + " A sentence added in an edit.\n");
        session.Run();

        Assert.Equal(new[] { GeneratedFiles.Article("A00005") }, session.RegeneratedSources());
        string generated = string.Concat(session.Result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.All(Enumerable.Range(1, Count), i => Assert.Single(Regex.Matches(generated, $@" class A{i:D5}Article\b")));
        Assert.DoesNotContain(session.Result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    private static int Line(IncrementalSession session, string id) =>
        Assert.Single(session.Result.Diagnostics, d => d.Id == id).Location.GetLineSpan().StartLinePosition.Line;

    private static void AssertOneModifiedRestCached(IReadOnlyList<IncrementalStepRunReason> reasons)
    {
        Assert.Equal(Files, reasons.Count);
        Assert.Single(reasons, IncrementalStepRunReason.Modified);
        Assert.Equal(Files - 1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
    }
}
