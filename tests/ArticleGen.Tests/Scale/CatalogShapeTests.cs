using System.Linq;
using System.Text.RegularExpressions;
using ArticleGen.Generator.Emit;
using ArticleGen.Generator.Model;
using Xunit;

namespace ArticleGen.Tests.Scale;

/// <summary>
/// The catalog of a large project stays made of small methods: one giant method is slow to JIT and compile, and an
/// article of <c>All</c> compiles only its own chunk's method.
/// </summary>
public sealed class CatalogShapeTests
{
    [Fact]
    public void A_catalog_larger_than_a_chunk_reaches_each_article_of_All_through_methods_of_at_most_a_chunk_each_and_every_article_once()
    {
        int count = (CatalogEmitter.ChunkSize * 2) + 7;
        ArticleSummary[] summaries = Enumerable.Range(0, count)
            .Select(i => new ArticleSummary("a" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "A" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "T", null))
            .ToArray();

        string source = CatalogEmitter.Emit(summaries, System.Array.Empty<ReferencedPartition>(), new GeneratorOptions("Corpus", true, true)).ToString();

        string[] methods = Regex.Split(source, @"\n\s*private static ").Skip(1).ToArray();
        Assert.All(methods, m => Assert.True(Regex.Matches(m, @"case \d+: return ").Count <= CatalogEmitter.ChunkSize));
        Assert.Equal(3, methods.Count(m => m.StartsWith("global::ArticleGen.Article ArticleAt_", System.StringComparison.Ordinal)));
        Assert.Contains("new global::ArticleGen.Infrastructure.ArticleCatalog(1007, ArticleAt)", source, System.StringComparison.Ordinal);

        // Index i returns article A{i}, in the chunk method i / ChunkSize, which the dispatcher calls for that chunk.
        var returns = Regex.Matches(source, @"case (\d+): return A(\d+);").Select(m => (Index: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Article: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(Enumerable.Range(0, count), returns.Select(r => r.Index));
        Assert.Equal(Enumerable.Range(0, count), returns.Select(r => r.Article));
        Assert.Equal(new[] { 0, 1, 2 }, Regex.Matches(source, @"case (\d+): return ArticleAt_\1\(index\);").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        foreach (int chunk in new[] { 0, 1, 2 })
        {
            string method = methods.Single(m => m.StartsWith("global::ArticleGen.Article ArticleAt_" + chunk + "(", System.StringComparison.Ordinal));
            Assert.All(Regex.Matches(method, @"case (\d+): return A").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), i => Assert.Equal(chunk, i / CatalogEmitter.ChunkSize));
        }
    }
}
