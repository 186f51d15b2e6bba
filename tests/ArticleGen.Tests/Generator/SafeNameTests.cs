using System.Collections.Generic;
using System.Linq;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>Any id becomes a valid, readable C# name that depends on the id alone; ids that meet on one name are reported.</summary>
public sealed class SafeNameTests
{
    [Theory]
    [InlineData("class", "Class")]
    [InlineData("namespace", "Namespace")]
    [InlineData("2024-election", "_2024Election")]
    [InlineData("123", "_123")]
    [InlineData("北京会谈", "北京会谈")]
    [InlineData("встреча-в-пекине", "ВстречаВПекине")]
    [InlineData("لقاء-بكين", "لقاءبكين")]
    [InlineData("!!!", "Untitled")]
    [InlineData("all", "AllArticle")]
    [InlineData("create-all", "CreateAllArticle")]
    [InlineData("to-string", "ToStringArticle")]
    [InlineData("memberwise-clone", "MemberwiseCloneArticle")]
    [InlineData("fill-0", "Fill0")]
    [InlineData("a\u200Eb", "AB")]
    [InlineData("\u0301accent", "_\u0301accent")]
    public void An_article_id_becomes_a_valid_member_of_Articles(string id, string expected)
    {
        GeneratorRun run = GeneratorHarness.Run(("articles/a.md", "---\ntitle: T\nid: \"" + id + "\"\n---\nBody.\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(" " + expected + " =>\n", run.Source(GeneratedFiles.Article(expected)), System.StringComparison.Ordinal);
        Assert.True(SyntaxFacts.IsValidIdentifier(expected));
        Assert.Equal(id, Assert.Single(GeneratedArticles.Load(run)).Id);
    }

    [Fact]
    public void Entity_ids_of_every_shape_compile_and_keep_their_ids()
    {
        string[] ids =
        {
            "class", "int", "2024", "9-11", "北京", "москва", "!!!", "count", "find", "item", "get-enumerator", "entity-members",
            "people", "places", "equals", "memberwise-clone", "finalize", "get-type", "instance", "entities", "load-body", "build",
        };
        string entities = string.Concat(ids.Select((id, i) => "  \"" + id + "\":\n    name: Name " + i + "\n    kind: " + (i % 2 == 0 ? "person" : "place") + "\n"));
        GeneratorRun run = GeneratorHarness.Run(("articles/names.md", "---\ntitle: Names\nentities:\n" + entities + "---\nName 1 met Name 2.\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(ids, Assert.Single(GeneratedArticles.Load(run)).Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_very_long_id_is_cut_to_a_readable_name_with_a_hash()
    {
        string id = string.Concat(Enumerable.Repeat("word-", 200));
        GeneratorRun run = GeneratorHarness.Run(("articles/a.md", "---\ntitle: T\nid: " + id + "\n---\nBody.\n"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        string member = Assert.Single(GeneratedArticles.Load(run)).GetType().Name;
        Assert.Matches("^(Word)+W?o?r?_[0-9a-f]{8}Article$", member);
        Assert.Equal(id, Assert.Single(GeneratedArticles.Load(run)).Id);
    }

    [Fact]
    public void Names_that_collide_after_conversion_are_reported_and_the_rest_compiles()
    {
        GeneratorRun run = GeneratorHarness.Run(
            ("articles/a.md", "---\ntitle: A\nid: \"!!!\"\nentities:\n  \"北京\": {name: Beijing, kind: place}\n  \"北-京\": {name: Peking, kind: place}\n---\nBeijing.\n"),
            ("articles/b.md", "---\ntitle: B\nid: \"???\"\n---\nBody.\n"));

        Assert.Equal(new[] { "AG0014", "AG0018" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(i => i, System.StringComparer.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("!!!", Assert.Single(GeneratedArticles.Load(run)).Id);
    }

    [Fact]
    public void Names_do_not_depend_on_the_other_articles()
    {
        static string Output(params (string, string)[] files) => GeneratorHarness.Run(files).Source(GeneratedFiles.Article("BlinkenMeetsWangYi"));

        var seed = ("seeds/blinken.md", TestFiles.SeedText("blinken-meets-wang-yi.md"));
        var catalog = ("seeds/world.entities.yml", TestFiles.SeedText("world.entities.yml"));
        Assert.Equal(Output(seed, catalog), Output(seed, catalog, ("articles/other.md", "---\ntitle: Other\nid: blinken\n---\nBody.\n")));
    }
}
