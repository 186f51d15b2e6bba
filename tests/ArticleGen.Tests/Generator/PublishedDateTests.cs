using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ArticleGen.Tests.Infrastructure;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>A publication date-time keeps its instant exactly, fractions of a second included, in the objects, the JSON and the timeline.</summary>
public sealed class PublishedDateTests
{
    [Fact]
    public void Fractions_of_a_second_reach_the_instant_the_text_and_the_json()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("articles/a.md", "---\ntitle: A\npublished: 2024-04-26T09:30:00.250+08:00\n---\nBody.\n"),
            ("articles/b.md", "---\ntitle: B\npublished: 2024-04-26T01:02:03.1234567Z\n---\nBody.\n"));
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Dictionary<string, Article> articles = GeneratedArticles.Load(run).ToDictionary(a => a.Id);

        ArticleDate a = articles["a"].Published!.Value;
        Assert.Equal(new DateTimeOffset(2024, 4, 26, 9, 30, 0, 250, TimeSpan.FromHours(8)), a.Value);
        Assert.Equal(TimeSpan.FromHours(8), a.Value.Offset);
        Assert.Equal("2024-04-26T09:30:00.25+08:00", a.ToString());

        ArticleDate b = articles["b"].Published!.Value;
        Assert.Equal(new DateTimeOffset(2024, 4, 26, 1, 2, 3, TimeSpan.Zero).AddTicks(1_234_567).Ticks, b.Value.Ticks);
        Assert.Equal("2024-04-26T01:02:03.1234567+00:00", b.ToString());

        using JsonDocument json = JsonDocument.Parse(ArticleJson.Serialize(new[] { articles["a"], articles["b"] }));
        Assert.Equal(
            new[] { "2024-04-26T09:30:00.25+08:00", "2024-04-26T01:02:03.1234567+00:00" },
            json.RootElement.GetProperty("articles").EnumerateArray().Select(e => e.GetProperty("published").GetString()));
    }

    [Fact]
    public void The_timeline_orders_by_the_fraction_of_a_second()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("articles/later.md", "---\ntitle: Later\npublished: 2024-04-26T09:30:00.250+08:00\n---\nBody.\n"),
            ("articles/sooner.md", "---\ntitle: Sooner\npublished: 2024-04-26T09:30:00.1+08:00\n---\nBody.\n"));
        IReadOnlyList<Article> all = GeneratedArticles.Load(run);

        // Library order puts 'later' first (ordered by id); the timeline must not.
        Assert.Equal(new[] { "later", "sooner" }, all.Select(a => a.Id));
        Assert.Equal(new[] { "sooner", "later" }, new ArticleLibrary(all).Timeline.Select(a => a.Id));
    }

    [Fact]
    public void A_whole_second_prints_as_before()
    {
        Assert.Equal("2024-04-26T09:30:00+08:00", new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.FromHours(8))).ToString());
        Assert.Equal("2024-04-26T09:30:00+00:00", new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.Zero)).ToString());
        Assert.Equal("2024-04-26T09:30:00-05:30", new ArticleDate(new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.FromMinutes(-330))).ToString());
    }
}
