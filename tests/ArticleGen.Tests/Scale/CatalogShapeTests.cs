using System.Linq;
using System.Text.RegularExpressions;
using ArticleGen.Generator.Emit;
using ArticleGen.Generator.Model;
using Xunit;

namespace ArticleGen.Tests.Scale;

/// <summary>The catalog of a large project stays made of small methods: one giant method is slow to JIT and compile.</summary>
public sealed class CatalogShapeTests
{
    [Fact]
    public void A_catalog_larger_than_a_chunk_fills_All_from_methods_of_at_most_a_chunk_each_and_assigns_every_article_once()
    {
        int count = (CatalogEmitter.ChunkSize * 2) + 7;
        ArticleSummary[] summaries = Enumerable.Range(0, count)
            .Select(i => new ArticleSummary("a" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "A" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "T", null))
            .ToArray();

        string source = CatalogEmitter.Emit(summaries, new GeneratorOptions("Corpus", true, true)).ToString();

        string[] methods = Regex.Split(source, @"\n\s*private static ").Skip(1).ToArray();
        Assert.All(methods, m => Assert.True(Regex.Matches(m, @"all\[\d+\] = ").Count <= CatalogEmitter.ChunkSize));
        Assert.Equal(3, methods.Count(m => m.StartsWith("void Fill", System.StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(0, count), Regex.Matches(source, @"all\[(\d+)\] = A(\d+);").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
