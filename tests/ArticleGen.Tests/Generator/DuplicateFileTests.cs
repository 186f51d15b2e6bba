using System.Linq;
using ArticleGen.Tests.Infrastructure;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>A file listed twice is one article: written once, not reported as its own duplicate.</summary>
public sealed class DuplicateFileTests
{
    [Fact]
    public void An_article_listed_twice_is_generated_once()
    {
        const string text = "---\ntitle: Harbour plan\nentities:\n  city-council: {name: City Council, kind: organization}\n---\nThe City Council met.\n";

        GeneratorRun run = GeneratorHarness.Run(("articles/harbour.md", text), ("articles/harbour.md", text));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        ArticleGen.Article article = Assert.Single(GeneratedArticles.Load(run));
        Assert.Equal("Harbour plan", article.Title);
        Assert.Single(article.Entities);
    }
}
