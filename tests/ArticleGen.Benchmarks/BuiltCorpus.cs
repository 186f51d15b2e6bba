using System;
using System.Collections.Generic;
using System.IO;

namespace ArticleGen.Benchmarks;

/// <summary>The corpus projects written by <c>make-project</c> and built (or published) beforehand, found through environment variables.</summary>
public static class BuiltCorpus
{
    /// <summary>Corpus.dll of the project compiled by ArticleGen.</summary>
    public static string CompiledApp => Path("ARTICLEGEN_COMPILED_APP");

    /// <summary>Corpus.dll of the project that parses embedded resources at start-up.</summary>
    public static string ResourcesApp => Path("ARTICLEGEN_RESOURCES_APP");

    /// <summary>The Native AOT executable of the project compiled by ArticleGen (<c>make-project compiled N DIR --aot</c>, then <c>dotnet publish</c>).</summary>
    public static string CompiledNativeApp => Path("ARTICLEGEN_COMPILED_AOT_APP");

    /// <summary>The Native AOT executable of the project that parses embedded resources at start-up.</summary>
    public static string ResourcesNativeApp => Path("ARTICLEGEN_RESOURCES_AOT_APP");

    /// <summary>Articles.All of the compiled corpus, loaded into this process.</summary>
    public static IReadOnlyList<Article> LoadArticles()
    {
        Type articles = System.Reflection.Assembly.LoadFrom(CompiledApp).GetType("Corpus.Articles", throwOnError: true)!;
        return (IReadOnlyList<Article>)articles.GetProperty("All")!.GetValue(null)!;
    }

    private static string Path(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } path && File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Set {variable} to a built Corpus.dll or published Corpus executable (see docs/performance.md).");
}
