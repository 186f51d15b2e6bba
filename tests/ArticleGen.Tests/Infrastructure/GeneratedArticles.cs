using System.Collections.Generic;
using System.Reflection;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>The articles of a compiled generator run, as a program using them would see them.</summary>
internal static class GeneratedArticles
{
    public static IReadOnlyList<Article> Load(GeneratorRun run, string ns = "Seeds", IEnumerable<Microsoft.CodeAnalysis.ResourceDescription>? resources = null)
    {
        Assembly assembly = run.Load(resources);
        System.Type catalog = assembly.GetType(ns.Length == 0 ? "Articles" : ns + ".Articles", throwOnError: true)!;
        return (IReadOnlyList<Article>)catalog.GetProperty("All")!.GetValue(null)!;
    }
}
