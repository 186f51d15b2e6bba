using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>
/// Article text is data, never code: every string reaches the generated objects exactly as written, and nothing in
/// it can end a literal or a doc comment, start a directive, or reorder what a reader sees.
/// </summary>
public sealed class SafeLiteralTests
{
    /// <summary>Text that would break out of a literal or a comment if it were not escaped.</summary>
    public static readonly string[] Hostile =
    {
        "quote \" and \\\" backslash \\ and \\\\",
        "*/ public class Injected1 { } /*",
        "\n#if false\nclass Injected2 { }\n#endif\n",
        "{0} {{ }} } { $\"{x}\" @\"\"\"",
        "line\u2028separator\u2029paragraph\u0085next public class Injected3 { }",
        "\u202Ebidi override\u202C \u2066isolate\u2069 \u200Bzero width \uFEFFbom",
        "nul \0 bell \a escape \u001B del \u007F",
        "tab\tcr\rlf\ncrlf\r\nend",
        "emoji 👍🏽 and 𝒜 and \U0001F600",
        "</summary> <c> &amp; ]]> <!-- -->",
    };

    [Fact]
    public void Every_string_of_an_article_reaches_the_objects_exactly()
    {
        for (int i = 0; i < Hostile.Length; i++)
        {
            string text = Hostile[i];
            string yaml = Yaml.Quote(text);
            string article = "---\n" +
                "title: " + yaml + "\n" +
                "id: " + yaml + "\n" +
                "source: " + yaml + "\n" +
                "url: " + yaml + "\n" +
                "language: " + yaml + "\n" +
                "authors: [" + yaml + ", " + yaml + "]\n" +
                "tags: [" + yaml + "]\n" +
                "entities:\n  " + yaml + ":\n    name: " + yaml + "\n    kind: person\n    aliases: [" + yaml + "]\n    role: " + yaml + "\n    wikidata: " + yaml + "\n" +
                "---\n" + Body(text);
            GeneratorRun run = RunWithDocumentationChecks(("articles/hostile.md", article));

            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(run.CompilationDiagnostics);
            Article loaded = Assert.Single(GeneratedArticles.Load(run));
            Assert.Equal(text, loaded.Title);
            Assert.Equal(text, loaded.Id);
            Assert.Equal(text, loaded.Source);
            Assert.Equal(text, loaded.Url);
            Assert.Equal(text, loaded.Language);
            Assert.Equal(new[] { text, text }, loaded.Authors);
            Assert.Equal(new[] { text }, loaded.Tags);
            Entity entity = Assert.Single(loaded.Entities);
            Assert.Equal((text, text, text, text), (entity.Id, entity.Name, entity.Role, entity.Wikidata));
            Assert.Equal(new[] { text }, entity.Aliases);
            Assert.Equal(Body(text).Replace("\r\n", "\n", System.StringComparison.Ordinal).Replace('\r', '\n'), loaded.Body);
            Assert.DoesNotContain(run.Output.Assembly.TypeNames, n => n.StartsWith("Injected", System.StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Different_texts_of_one_file_each_reach_their_own_object_exactly(LanguageVersion version)
    {
        // A file's texts share one UTF-8 constant (TextTable) from C# 11 on: each offset must land on its own text, after
        // multi-byte and escaped characters; a text used twice is stored once.
        string[] texts = Hostile;
        string Q(int i) => Yaml.Quote(texts[i]);
        string article = "---\n" +
            "title: " + Q(0) + "\nsource: " + Q(1) + "\nurl: " + Q(2) + "\nlanguage: " + Q(3) + "\n" +
            "authors: [" + Q(4) + ", " + Q(5) + "]\ntags: [" + Q(6) + ", " + Q(7) + "]\n" +
            "entities:\n  first:\n    name: " + Q(8) + "\n    kind: person\n    role: " + Q(9) + "\n" +
            "  second:\n    name: " + Q(5) + "\n    kind: place\n    aliases: [" + Q(0) + "]\n" +
            "---\nBody.\n";
        GeneratorRun run = GeneratorHarness.Run(new[] { ("articles/texts.md", article) }, string.Empty, version: version);

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(run.CompilationDiagnostics);
        Article loaded = Assert.Single(GeneratedArticles.Load(run));
        Assert.Equal((texts[0], texts[1], texts[2], texts[3]), (loaded.Title, loaded.Source, loaded.Url, loaded.Language));
        Assert.Equal(new[] { texts[4], texts[5] }, loaded.Authors);
        Assert.Equal(new[] { texts[6], texts[7] }, loaded.Tags);
        Entity first = loaded.Entities.Single(e => e.Id == "first");
        Entity second = loaded.Entities.Single(e => e.Id == "second");
        Assert.Equal((texts[8], texts[9]), (first.Name, first.Role));
        Assert.Equal(texts[5], second.Name);
        Assert.Equal(new[] { texts[0] }, second.Aliases);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp10)]
    public void A_body_with_lone_surrogates_nul_and_a_long_line_is_kept_exactly(LanguageVersion version)
    {
        string body = "lone high \uD800 lone low \uDC00 reversed \uDC00\uD800 nul \0 end " + new string('x', 300_000) + " \"quoted\" */ #if\n";
        GeneratorRun run = GeneratorHarness.Run(new[] { ("articles/raw.md", "---\ntitle: Raw\n---\n" + body) }, string.Empty, version: version);

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(body, Assert.Single(GeneratedArticles.Load(run)).Body);
    }

    [Fact]
    public void A_plain_text_article_keeps_its_title_source_and_body_exactly()
    {
        // The lone surrogate has no UTF-8 form: the title stays a string literal beside the source's UTF-8 text.
        string title = "Title \" */ \\ {{ \u202E lone \uD800";
        string body = "Body \0 \u2028 \"quoted\" \\u0041 \\ */";
        GeneratorRun run = GeneratorHarness.Run(("articles/plain.txt", title + "\n\n" + body + "\n\nSource: Agence \"France\" \\ Presse\n"));

        Assert.Empty(run.CompilationDiagnostics);
        Article article = Assert.Single(GeneratedArticles.Load(run));
        Assert.Equal((title, body, "Agence \"France\" \\ Presse"), (article.Title, article.Body, article.Source));
    }

    [Theory]
    [InlineData("He said: \"Stop.\"\n\n#if DEBUG\n\\ */ {x}\n", true)]
    [InlineData("A tab\there.", false)]
    [InlineData("Bidi \u202E override.", false)]
    [InlineData("Line\u2028separator.", false)]
    public void A_body_is_one_literal_verbatim_when_it_holds_nothing_to_escape_but_quotes_backslashes_and_line_feeds(string body, bool verbatim)
    {
        // A chain "..."u8 + "..."u8 costs the compiler a full operator overload resolution per '+' (docs/performance.md).
        GeneratorRun run = GeneratorHarness.Run(("articles/one.md", "---\ntitle: One\n---\n" + body));

        string source = run.Source(GeneratedFiles.Article("One"));
        string loadBody = source.Substring(source.IndexOf("LoadBody()", System.StringComparison.Ordinal));
        loadBody = loadBody.Substring(0, loadBody.IndexOf("u8);", System.StringComparison.Ordinal));
        Assert.DoesNotContain("u8 +", loadBody);
        Assert.Equal(verbatim, loadBody.Contains("@\"", System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(body, Assert.Single(GeneratedArticles.Load(run)).Body);
    }

    private static string Body(string text) => "Before.\n\n" + text + "\n\nAfter " + text;

    /// <summary>Compiles with doc comments parsed as a documentation build would, so a broken comment is a warning.</summary>
    private static GeneratorRun RunWithDocumentationChecks(params (string Path, string Text)[] files)
    {
        GeneratorRun run = GeneratorHarness.Run(files);
        CSharpParseOptions diagnose = GeneratorHarness.ParseOptions().WithDocumentationMode(DocumentationMode.Diagnose);
        foreach (GeneratedSourceResult source in run.Sources)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source.SourceText, diagnose, source.HintName);
            Assert.Empty(tree.GetDiagnostics());
            Assert.All(
                tree.GetRoot().DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)),
                t => Assert.DoesNotContain("Injected", t.GetStructure()!.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.XmlElementSyntax>().Select(e => e.StartTag.Name.ToString())));
        }

        return run;
    }
}
