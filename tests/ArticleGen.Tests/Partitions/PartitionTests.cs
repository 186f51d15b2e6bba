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

    private const string App = """
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

        CSharpRun app = Compile("App", App, world, partition);
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
        Assert.Equal("news/2024/wang-in-beijing.md", undefined.Location.GetLineSpan().Path);
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

    private static GeneratorRun Partition(GeneratorRun world, string article) =>
        GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText("news/2024/wang-in-beijing.md", article) },
            GeneratorHarness.Compilation(assemblyName: "News2024", references: new[] { MetadataReference.CreateFromImage(world.Image()) }),
            "News2024");

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
