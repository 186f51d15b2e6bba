using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>
/// A Debug build gets a Hot Reload handler: when dotnet watch applies an article edit, the runtime calls it, and the
/// articles created before the edit are forgotten, so that the program sees the edited ones.
/// </summary>
public sealed class HotReloadTests
{
    private static readonly (string Path, string Text)[] Files =
    {
        ("articles/first.md", "---\ntitle: First\n---\nThe first body.\n"),
        ("articles/second.md", "---\ntitle: Second\n---\nThe second body.\n"),
    };

    [Fact]
    public void In_a_debug_build_the_handler_forgets_the_created_articles()
    {
        GeneratorRun run = GeneratorHarness.Run(Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), GeneratorHarness.Compilation());
        Assert.Contains(run.Sources, s => s.HintName == "HotReload.g.cs");
        Assert.Empty(run.CompilationDiagnostics);

        Assembly assembly = run.Load();
        Assert.Equal(typeof(object).Assembly.GetType("System.Reflection.Metadata.MetadataUpdateHandlerAttribute"), assembly.GetCustomAttributesData().Single(a => a.AttributeType.Name == "MetadataUpdateHandlerAttribute").AttributeType);
        Type articles = assembly.GetType("Seeds.Articles", throwOnError: true)!;
        Func<object> first = () => articles.GetProperty("First")!.GetValue(null)!;
        Func<IReadOnlyList<Article>> all = () => (IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;
        object before = first();
        IReadOnlyList<Article> catalogBefore = all();
        Assert.Same(before, first());

        articles.GetNestedType("HotReload", BindingFlags.NonPublic)!.GetMethod("ClearCache", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, new object?[] { null });

        object after = first();
        Assert.NotSame(before, after);
        Assert.Equal("The first body.\n", ((Article)after).Body);
        Assert.NotSame(catalogBefore, all());
        Assert.Same(after, all().Single(a => a.Title == "First"));
    }

    [Fact]
    public void An_optimised_build_has_no_handler()
    {
        CSharpCompilation release = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.Compilation().Options.WithOptimizationLevel(OptimizationLevel.Release));
        GeneratorRun run = GeneratorHarness.Run(Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)), release);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "HotReload.g.cs");
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_article_cannot_take_the_handler_s_name()
    {
        GeneratorRun run = GeneratorHarness.Run(("articles/hot-reload.md", "---\ntitle: Hot reload\n---\nA body.\n"));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.NotNull(run.Load().GetType("Seeds.Articles")!.GetProperty("HotReloadArticle"));
    }
}
