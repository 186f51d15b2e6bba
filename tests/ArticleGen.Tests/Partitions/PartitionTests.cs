using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Partitions;

/// <summary>
/// A base project defines the entities (its catalog), a partition project holds articles that use them by id, and an
/// app references both: one object per entity in all three assemblies, and an id nobody defines still diagnosed.
/// </summary>
public sealed class PartitionTests
{
    private const string Catalog = """
        entities:
          wang-yi:
            name: Wang Yi
            kind: person
            aliases: [Wang]
            role: Chinese Foreign Minister
          beijing:
            name: Beijing
            kind: place
        """;

    private const string PartitionArticle = """
        ---
        title: Wang Yi in Beijing
        id: wang-in-beijing
        entities:
          wang-yi: {}
          beijing: {}
        ---
        Wang Yi spoke in Beijing. "We are ready," Wang said.
        """;

    private const string SecondArticle = """
        ---
        title: Beijing again
        id: beijing-again
        published: 2025-03-01
        entities:
          wang-yi: {}
          beijing: {}
        ---
        Wang Yi came back to Beijing again.
        """;

    private const string AppSource = """
        namespace App
        {
            public static class Check
            {
                public static object FromBase => global::World.People.WangYi;

                public static object FromPartition => global::News2024.Articles.WangInBeijing.Entities.WangYi;

                public static object FromMention => global::News2024.Articles.WangInBeijing.Mentions[0].Entity;
            }
        }
        """;

    [Fact]
    public void A_partition_uses_the_base_projects_entity_objects_and_the_app_sees_one_object()
    {
        GeneratorRun world = Base();
        GeneratorRun partition = Partition(world, PartitionArticle);

        Assert.Empty(partition.GeneratorDiagnostics);
        Assert.Empty(partition.CompilationDiagnostics);
        Assert.Contains("global::World.People.WangYi", partition.Source(GeneratedFiles.Article("WangInBeijing")), StringComparison.Ordinal);
        Assert.DoesNotContain("WangYi", partition.Source("Entities.g.cs"), StringComparison.Ordinal);

        CSharpRun app = Compile("App", AppSource, world, partition);
        Assembly appAssembly = app.Load();
        Type check = appAssembly.GetType("App.Check")!;
        object fromBase = check.GetProperty("FromBase")!.GetValue(null)!;

        Assert.Equal("wang-yi", ((Entity)fromBase).Id);
        Assert.Same(fromBase, check.GetProperty("FromPartition")!.GetValue(null));
        Assert.Same(fromBase, check.GetProperty("FromMention")!.GetValue(null));
    }

    [Fact]
    public void An_id_the_base_does_not_define_is_diagnosed_where_the_partition_uses_it()
    {
        GeneratorRun partition = Partition(Base(), PartitionArticle.Replace("  beijing: {}", "  wang-yee: {}", StringComparison.Ordinal));

        Diagnostic undefined = Assert.Single(partition.GeneratorDiagnostics);
        Assert.Equal("AG0010", undefined.Id);
        Assert.Equal("news/News2024/article.md", undefined.Location.GetLineSpan().Path);
        Assert.Equal(5, undefined.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("did you mean 'wang-yi'?", undefined.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(partition.CompilationDiagnostics);
    }

    [Fact]
    public void A_partition_that_defines_a_base_entity_differently_is_told_which_assembly_defines_it()
    {
        string redefined = PartitionArticle.Replace("  wang-yi: {}", "  wang-yi:\n    name: Wang Yi\n    kind: organization", StringComparison.Ordinal);
        GeneratorRun partition = Partition(Base(), redefined);

        Diagnostic conflict = Assert.Single(partition.GeneratorDiagnostics);
        Assert.Equal("AG0009", conflict.Id);
        Assert.Contains("assembly World", conflict.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(4, conflict.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void The_base_lists_its_entities_in_assembly_attributes_the_partition_reads()
    {
        string entities = Base().Source("Entities.g.cs");

        Assert.Contains(
            "[assembly: global::ArticleGen.Infrastructure.SharedEntity(\"wang-yi\", global::ArticleGen.EntityKind.Person, \"Wang Yi\", new string[] { \"Wang\" }, \"Chinese Foreign Minister\", null, \"World\")]",
            entities,
            StringComparison.Ordinal);
        Assert.Contains(
            "[assembly: global::ArticleGen.Infrastructure.SharedEntity(\"beijing\", global::ArticleGen.EntityKind.Place, \"Beijing\", null, null, null, \"World\")]",
            entities,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_apps_Articles_All_lists_every_partitions_articles_and_loads_a_partition_when_one_of_its_articles_is_reached()
    {
        GeneratorRun world = Base();
        GeneratorRun news2024 = Partition(world, PartitionArticle);
        GeneratorRun news2025 = Partition(world, SecondArticle, "News2025");
        GeneratorRun app = App(world, news2024, news2025);
        Assert.Empty(app.GeneratorDiagnostics);
        Assert.Empty(app.CompilationDiagnostics);

        var loaded = new List<string>();
        var (appAssembly, context) = LoadLazily(app, loaded, world, news2024, news2025);
        var all = (IReadOnlyList<Article>)appAssembly.GetType("App.Articles")!.GetProperty("All")!.GetValue(null)!;

        // Counting and wrapping in a library reach no partition: the counts are the app's, from compile time.
        Assert.Equal(2, all.Count);
        var library = new ArticleLibrary(all);
        Assert.Empty(loaded);

        // The second article is News2025's (partitions in assembly name order): only that partition is loaded, not even the
        // base, whose entities its id does not reach.
        Assert.Equal("beijing-again", all[1].Id);
        Assert.Equal(new[] { "News2025" }, loaded);

        // A query over all the articles reaches every partition; an entity of the base is one object in both.
        Entity wang = library.FindEntity("wang-yi")!;
        Assert.Equal(new[] { "wang-in-beijing", "beijing-again" }, library.ArticlesMentioning(wang).Select(a => a.Id));
        Assert.Equal(new[] { "News2024", "News2025", "World" }, loaded.Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "beijing-again" }, library.Search("again").Select(h => h.Article.Id));
        Assert.Equal(new[] { "beijing-again" }, library.Timeline.Select(a => a.Id));

        // A collectible context starts to unload once nothing references it, and the partitions load into it lazily up to
        // here: a collection midway made the loads above fail ("AssemblyLoadContext is unloading").
        GC.KeepAlive(context);
    }

    [Fact]
    public void A_partition_lists_its_articles_in_an_assembly_attribute_and_the_app_composes_All_from_each_partitions_Local()
    {
        GeneratorRun world = Base();
        GeneratorRun news2024 = Partition(world, PartitionArticle);
        string catalog = App(world, news2024, Partition(world, SecondArticle, "News2025")).Source("Articles.g.cs");

        Assert.Contains("[assembly: global::ArticleGen.Infrastructure.ArticlePartition(\"News2024\", new string[]\n{\n    \"wang-in-beijing\",\n})]", news2024.Source("Articles.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("ArticlePartition(", world.Source("Articles.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("ArticlePartition(", catalog, StringComparison.Ordinal);
        Assert.Contains("new int[] { 1, 1 },", catalog, StringComparison.Ordinal);
        Assert.Contains("() => global::News2024.Articles.Local,", catalog, StringComparison.Ordinal);
        Assert.Contains("() => global::News2025.Articles.Local,", catalog, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partition_in_the_namespace_of_another_is_left_out_of_All_and_diagnosed()
    {
        GeneratorRun world = Base();
        GeneratorRun news2024 = Partition(world, PartitionArticle);
        GeneratorRun clash = Partition(world, SecondArticle, "News2025", ns: "News2024");
        GeneratorRun app = App(world, news2024, clash);

        Diagnostic taken = Assert.Single(app.GeneratorDiagnostics);
        Assert.Equal("AG0023", taken.Id);
        Assert.Equal(DiagnosticSeverity.Error, taken.Severity);
        Assert.Contains("Assembly News2025 holds articles in namespace 'News2024', where assembly News2024 has its Articles class already", taken.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("new int[] { 1 },", app.Source("Articles.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_id_two_partitions_use_is_diagnosed_in_the_app_and_one_the_app_uses_too_at_its_article()
    {
        GeneratorRun world = Base();
        GeneratorRun news2024 = Partition(world, PartitionArticle);
        GeneratorRun news2025 = Partition(world, SecondArticle.Replace("id: beijing-again", "id: wang-in-beijing", StringComparison.Ordinal), "News2025");
        GeneratorRun app = GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText("app/again.md", "---\ntitle: Again\nid: wang-in-beijing\n---\nAgain.\n") },
            GeneratorHarness.Compilation(assemblyName: "App", references: new[] { world, news2024, news2025 }.Select(r => MetadataReference.CreateFromImage(r.Image()))),
            "App");

        Assert.Empty(app.CompilationDiagnostics);
        Diagnostic[] twice = app.GeneratorDiagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToArray();
        Assert.All(twice, d => Assert.Equal(("AG0025", DiagnosticSeverity.Warning), (d.Id, d.Severity)));
        Assert.Equal(2, twice.Length);
        Assert.Equal(Location.None, twice[0].Location);
        Assert.Equal("Article id 'wang-in-beijing' is used by both assembly News2024 and assembly News2025; Articles.All holds both, and ArticleLibrary.FindArticle finds assembly News2024's. Give one of them another 'id'", twice[0].GetMessage());
        Assert.Equal("app/again.md", twice[1].Location.GetLineSpan().Path);
        Assert.Equal(2, twice[1].Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith("Article id 'wang-in-beijing' is used by both assembly News2024 and this project's app/again.md;", twice[1].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(3, ((IReadOnlyList<Article>)app.Load().GetType("App.Articles")!.GetProperty("All")!.GetValue(null)!).Count);
    }

    [Fact]
    public void An_entity_two_partitions_define_is_diagnosed_in_the_app_and_a_partition_writes_no_empty_entity_classes()
    {
        GeneratorRun world = Base();
        const string Own = "  beijing: {}\n  ana-abbott: {name: Ana Abbott, kind: person}";
        GeneratorRun news2024 = Partition(world, PartitionArticle.Replace("  beijing: {}", Own, StringComparison.Ordinal));
        GeneratorRun news2025 = Partition(world, SecondArticle.Replace("  beijing: {}", Own, StringComparison.Ordinal), "News2025");
        GeneratorRun app = App(world, news2024, news2025);

        Diagnostic split = Assert.Single(app.GeneratorDiagnostics);
        Assert.Equal("AG0024", split.Id);
        Assert.Equal(DiagnosticSeverity.Warning, split.Severity);
        Assert.Equal("Entity 'ana-abbott' is defined by both assembly News2024 and assembly News2025, so each has an object of its own; this project uses News2024's. Define it once, in a base project both reference", split.GetMessage());

        // The partition's own entity has its class; the kinds it has none of, and the app, write none.
        string entities = news2024.Source("Entities.g.cs");
        Assert.Contains("public static partial class People", entities, StringComparison.Ordinal);
        Assert.DoesNotContain("class Places", entities, StringComparison.Ordinal);
        Assert.DoesNotContain("class ", App(world, news2024).Source("Entities.g.cs"), StringComparison.Ordinal);
    }

    private static GeneratorRun Base()
    {
        GeneratorRun run = GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText("world/world.entities.yml", Catalog) },
            GeneratorHarness.Compilation(assemblyName: "World"),
            "World");
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        return run;
    }

    private static GeneratorRun Partition(GeneratorRun world, string article, string name = "News2024", string? ns = null) =>
        GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText("news/" + name + "/article.md", article) },
            GeneratorHarness.Compilation(assemblyName: name, references: new[] { MetadataReference.CreateFromImage(world.Image()) }),
            ns ?? name);

    /// <summary>An app without articles of its own over the partitions (and their base).</summary>
    private static GeneratorRun App(params GeneratorRun[] referenced) =>
        GeneratorHarness.Run(
            Array.Empty<AdditionalText>(),
            GeneratorHarness.Compilation(assemblyName: "App", references: referenced.Select(r => MetadataReference.CreateFromImage(r.Image()))),
            "App");

    /// <summary>Loads the app into a context of its own, which loads each referenced assembly when the runtime first asks for it, and notes its name.
    /// The caller keeps the context alive while assemblies may still load into it.</summary>
    private static (Assembly App, AssemblyLoadContext Context) LoadLazily(GeneratorRun app, List<string> loaded, params GeneratorRun[] referenced)
    {
        var context = new AssemblyLoadContext("lazy partitions", isCollectible: true);
        var images = referenced.ToDictionary(r => r.Output.AssemblyName!, r => r.Image());
        context.Resolving += (c, name) =>
        {
            if (!images.TryGetValue(name.Name!, out byte[]? image))
            {
                return null;
            }

            loaded.Add(name.Name!);
            return c.LoadFromStream(new MemoryStream(image));
        };
        return (context.LoadFromStream(new MemoryStream(app.Image())), context);
    }

    /// <summary>Compiles a project without articles over the others, and loads them all into one context.</summary>
    private static CSharpRun Compile(string name, string source, params GeneratorRun[] referenced)
    {
        Compilation compilation = GeneratorHarness.Compilation(
            source, assemblyName: name, references: referenced.Select(r => MetadataReference.CreateFromImage(r.Image())));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return new CSharpRun(compilation, referenced);
    }

    private sealed record CSharpRun(Compilation Compilation, IReadOnlyList<GeneratorRun> Referenced)
    {
        public Assembly Load()
        {
            var context = new AssemblyLoadContext("partitions", isCollectible: true);
            var loaded = Referenced.ToDictionary(r => r.Output.AssemblyName!, r => context.LoadFromStream(new MemoryStream(r.Image())));
            context.Resolving += (_, name) => loaded.TryGetValue(name.Name!, out Assembly? assembly) ? assembly : null;
            using var stream = new MemoryStream();
            Assert.True(Compilation.Emit(stream).Success);
            stream.Position = 0;
            return context.LoadFromStream(stream);
        }
    }
}
