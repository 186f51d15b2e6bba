using System.Linq;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static ArticleGen.Tests.Diagnostics.DiagnosticAssert;

namespace ArticleGen.Tests.Diagnostics;

/// <summary>
/// One test per diagnostic id: the problem is reported with its id and severity at the line and column of the
/// YAML node or body text at fault, the output still compiles, and the other articles still generate.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    [Fact]
    public void AG0001_an_article_that_cannot_be_read_is_an_internal_error_on_that_file_only()
    {
        AdditionalText[] files =
        {
            new ThrowingAdditionalText("articles/locked.md"),
            new InMemoryAdditionalText(GoodArticlePath, "---\ntitle: A good article\nid: good\n---\nIt still generates.\n"),
        };
        GeneratorRun run = GeneratorHarness.Run(files, GeneratorHarness.Compilation());

        Diagnostic diagnostic = run.GeneratorDiagnostics.Single();
        Assert.Equal("AG0001", diagnostic.Id);
        Assert.Equal(Error, diagnostic.Severity);
        Assert.Equal("articles/locked.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("IOException", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(GeneratedFiles.Article("Good"), run.Sources.Select(s => s.HintName));
    }

    [Fact]
    public void AG0002_an_unclosed_list_is_reported_at_its_opening_bracket()
    {
        GeneratorRun run = Run(("articles/bad.md", "---\ntitle: Bad\ntags: [a, b\n---\nBody.\n"));
        Single(run, "AG0002", Error, "articles/bad.md", 2, 6, 2, 7);
        StillCompiles(run);
    }

    [Fact]
    public void AG0002_malformed_yaml_in_a_catalog_is_reported_in_the_catalog()
    {
        GeneratorRun run = Run(("articles/world.entities.yml", "entities:\n  bob: {name: Bob, kind: person\n"));
        Single(run, "AG0002", Error, "articles/world.entities.yml", 1, 7, 1, 8);
        StillCompiles(run);
    }

    [Theory]
    [InlineData("aliases: [Pelosi [Pelosi]\nsource: x\n", 2, 9, 2, 10)]
    [InlineData("entities:\n  d:\n   : name: D\n    kind: place\nsource: x\n", 5, 4, 5, 4)]
    public void AG0002_yaml_the_parser_fails_on_without_a_position_is_reported_at_the_token_at_fault(string yaml, int line, int column, int endLine, int endColumn)
    {
        // Found by fuzzing: YamlDotNet throws InvalidOperationException here, with no position, or stops at a token; the
        // first was AG0001, then AG0002 at the front matter's first line. Now: the list never closed, the misindented line.
        GeneratorRun run = Run(("articles/flow.md", "---\ntitle: Flow\n" + yaml + "---\nBody.\n"));
        Single(run, "AG0002", Error, "articles/flow.md", line, column, endLine, endColumn);
        StillCompiles(run);
    }

    [Fact]
    public void AG0002_a_duplicate_key_is_reported_at_the_second_key()
    {
        GeneratorRun run = Run(("articles/twice.md", "---\ntitle: Twice\nentities:\n  bob: {name: Bob, kind: person}\n  bob: {name: Rob, kind: person}\n---\nBob.\n"));
        Single(run, "AG0002", Error, "articles/twice.md", 4, 2, 4, 5);
        StillCompiles(run);
    }

    [Fact]
    public void AG0003_front_matter_never_closed_is_reported_at_its_opening_line()
    {
        GeneratorRun run = Run(("articles/open.md", "---\ntitle: Open\nBody without a closing line.\n"));
        Single(run, "AG0003", Error, "articles/open.md", 0, 0, 0, 0);
        StillCompiles(run);
    }

    [Fact]
    public void AG0004_missing_title_is_reported_at_the_front_matter()
    {
        GeneratorRun run = Run(("articles/untitled.md", "---\nsource: Reuters\n---\nBody.\n"));
        Single(run, "AG0004", Error, "articles/untitled.md", 1, 0, 1, 0);
        StillCompiles(run);
    }

    [Fact]
    public void AG0004_a_blank_title_is_reported_at_its_value()
    {
        GeneratorRun run = Run(("articles/blank.md", "---\nsource: Reuters\ntitle: '  '\n---\nBody.\n"));
        Single(run, "AG0004", Error, "articles/blank.md", 2, 7, 2, 11);
        StillCompiles(run);
    }

    [Fact]
    public void AG0004_a_plain_text_article_with_no_line_has_no_title()
    {
        GeneratorRun run = Run(("articles/blank.txt", "\n \n"));
        Single(run, "AG0004", Error, "articles/blank.txt", 0, 0, 0, 0);
        StillCompiles(run);
    }

    [Fact]
    public void AG0005_an_unknown_field_is_reported_at_its_key()
    {
        GeneratorRun run = Run(("articles/author.md", "---\ntitle: Author\nauthor: Jane Doe\n---\nBody.\n"));
        Single(run, "AG0005", Warning, "articles/author.md", 2, 0, 2, 6);
        StillCompiles(run, GeneratedFiles.Article("Author"));
    }

    [Fact]
    public void AG0006_a_field_of_the_wrong_type_is_reported_at_its_value()
    {
        GeneratorRun run = Run(("articles/tags.md", "---\ntitle: Tags\ntags:\n  nested: map\n---\nBody.\n"));
        Single(run, "AG0006", Error, "articles/tags.md", 3, 2, 3, 2);
        StillCompiles(run, GeneratedFiles.Article("Tags"));
    }

    [Fact]
    public void AG0007_an_unknown_entity_kind_is_reported_at_the_kind()
    {
        GeneratorRun run = Run(("articles/robot.md", "---\ntitle: Robot\nentities:\n  bob:\n    name: Bob\n    kind: robot\n---\nBob spoke.\n"));
        Single(run, "AG0007", Error, "articles/robot.md", 5, 10, 5, 15);
        StillCompiles(run, GeneratedFiles.Article("Robot"));
    }

    [Fact]
    public void AG0008_an_entity_with_a_name_but_no_kind_is_reported_at_its_id()
    {
        GeneratorRun run = Run(("articles/half.md", "---\ntitle: Half\nentities:\n  bob:\n    name: Bob\n---\nBob spoke.\n"));
        Single(run, "AG0008", Error, "articles/half.md", 3, 2, 3, 5);
        StillCompiles(run, GeneratedFiles.Article("Half"));
    }

    [Fact]
    public void AG0009_an_article_contradicting_a_catalog_is_reported_at_the_article_and_the_catalog_wins()
    {
        GeneratorRun run = Run(
            ("articles/a.md", "---\ntitle: A\nentities:\n  bob:\n    name: Bob\n    kind: person\n---\nBob spoke.\n"),
            ("catalog/people.entities.yml", "entities:\n  bob:\n    name: Robert\n    kind: person\n"));
        Diagnostic diagnostic = Single(run, "AG0009", Error, "articles/a.md", 3, 2, 3, 5);
        Assert.Contains("people.entities.yml", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("<summary>Robert (person)", run.Source("Entities.g.cs"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("<summary>Bob (person)", run.Source("Entities.g.cs"), System.StringComparison.Ordinal);
        StillCompiles(run, GeneratedFiles.Article("A"));
    }

    [Fact]
    public void AG0009_two_articles_defining_one_id_differently_are_reported_at_the_second()
    {
        GeneratorRun run = Run(
            ("articles/a.md", "---\ntitle: A\nentities:\n  bob:\n    name: Bob\n    kind: person\n---\nBob spoke.\n"),
            ("articles/b.md", "---\ntitle: B\nentities:\n  bob:\n    name: Bob\n    kind: place\n---\nBob spoke.\n"));
        Single(run, "AG0009", Error, "articles/b.md", 3, 2, 3, 5);
        StillCompiles(run, GeneratedFiles.Article("A"), GeneratedFiles.Article("B"));
    }

    [Fact]
    public void AG0010_an_entity_used_but_defined_nowhere_is_reported_at_its_id()
    {
        GeneratorRun run = Run(("articles/ghost.md", "---\ntitle: Ghost\nentities:\n  nobody: {}\n---\nBody.\n"));
        Single(run, "AG0010", Error, "articles/ghost.md", 3, 2, 3, 8);
        StillCompiles(run, GeneratedFiles.Article("Ghost"));
    }

    [Fact]
    public void AG0011_a_quote_text_not_in_the_body_is_reported_at_the_text()
    {
        GeneratorRun run = Run(("articles/missing.md", "---\ntitle: Missing\nquotes:\n  - text: not here\n---\n\"Hello there,\" Bob said.\n"));
        Single(run, "AG0011", Warning, "articles/missing.md", 3, 10, 3, 18);
        StillCompiles(run, GeneratedFiles.Article("Missing"));
    }

    [Fact]
    public void AG0012_an_unknown_speaker_is_reported_at_the_speaker()
    {
        GeneratorRun run = Run(("articles/speaker.md", "---\ntitle: Speaker\nquotes:\n  - text: Hello there\n    speaker: zed\n---\n\"Hello there,\" Bob said.\n"));
        Single(run, "AG0012", Error, "articles/speaker.md", 4, 13, 4, 16);
        StillCompiles(run, GeneratedFiles.Article("Speaker"));
    }

    [Fact]
    public void AG0013_an_unparsable_date_is_reported_at_the_date()
    {
        GeneratorRun run = Run(("articles/date.md", "---\ntitle: Date\npublished: 26/04/2024\n---\nBody.\n"));
        Single(run, "AG0013", Error, "articles/date.md", 2, 11, 2, 21);
        StillCompiles(run, GeneratedFiles.Article("Date"));
    }

    [Fact]
    public void AG0014_two_ids_with_one_csharp_name_are_reported_at_the_second_id()
    {
        GeneratorRun run = Run(
            ("articles/a.md", "---\ntitle: A\nid: wang yi\n---\nBody.\n"),
            ("articles/b.md", "---\ntitle: B\nid: wang-yi\n---\nBody.\n"));
        Single(run, "AG0014", Error, "articles/b.md", 2, 4, 2, 11);
        StillCompiles(run, GeneratedFiles.Article("WangYi"));
    }

    [Fact]
    public void AG0014_names_that_differ_only_in_case_are_one_name()
    {
        // Generated files are named after the C# name, and Roslyn compares file names ignoring case.
        GeneratorRun run = Run(
            ("articles/a.md", "---\ntitle: A\nid: ab-c\n---\nBody.\n"),
            ("articles/b.md", "---\ntitle: B\nid: abc\n---\nBody.\n"));
        Single(run, "AG0014", Error, "articles/b.md", 2, 4, 2, 7);
        StillCompiles(run, GeneratedFiles.Article("AbC"));
    }

    [Fact]
    public void AG0015_a_duplicate_article_id_is_reported_at_both_ids_naming_both_files()
    {
        GeneratorRun run = Run(
            ("articles/a.md", "---\ntitle: A\nid: same\n---\nBody.\n"),
            ("articles/b.md", "---\ntitle: B\nid: same\n---\nBody.\n"));
        Diagnostic[] found = run.GeneratorDiagnostics.Where(d => d.Id == "AG0015").OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(2, found.Length);
        Assert.Equal(
            new[] { ("articles/a.md", 2, 4, 2, 8), ("articles/b.md", 2, 4, 2, 8) },
            found.Select(d => d.Location.GetLineSpan()).Select(s => (s.Path, s.StartLinePosition.Line, s.StartLinePosition.Character, s.EndLinePosition.Line, s.EndLinePosition.Character)));
        Assert.All(found, d => Assert.Equal(Error, d.Severity));
        Assert.All(found, d => Assert.Equal(
            "Article id 'same' is used by both articles/a.md and articles/b.md; articles/a.md, the first by path, keeps it and articles/b.md is left out: give one of them another 'id'",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        StillCompiles(run, GeneratedFiles.Article("Same"));
    }

    [Fact]
    public void AG0016_an_article_without_body_is_reported_where_the_body_would_start()
    {
        GeneratorRun run = Run(("articles/empty.md", "---\ntitle: Empty\n---\n"));
        Single(run, "AG0016", Warning, "articles/empty.md", 3, 0, 3, 0);
        StillCompiles(run, GeneratedFiles.Article("Empty"));
    }

    [Fact]
    public void AG0017_an_unbalanced_quote_mark_is_reported_at_the_mark()
    {
        GeneratorRun run = Run(("articles/open-quote.md", "---\ntitle: Open quote\n---\nFirst line.\nHe said \"this never ends.\n\nNext.\n"));
        Single(run, "AG0017", Warning, "articles/open-quote.md", 4, 8, 4, 9);
        StillCompiles(run, GeneratedFiles.Article("OpenQuote"));
    }

    [Fact]
    public void AG0017_is_located_in_the_file_as_written_with_crlf_and_a_bom()
    {
        GeneratorRun run = Run(("articles/crlf.md", "\uFEFF---\r\ntitle: CRLF\r\n---\r\nFirst line.\r\nHe said \"this never ends.\r\n"));
        Diagnostic diagnostic = Single(run, "AG0017", Warning, "articles/crlf.md", 4, 8, 4, 9);
        Assert.Equal(45, diagnostic.Location.SourceSpan.Start);
        StillCompiles(run, GeneratedFiles.Article("Crlf"));
    }

    [Fact]
    public void AG0018_two_entity_ids_with_one_csharp_name_are_reported_at_the_second_id()
    {
        GeneratorRun run = Run(("articles/twins.md", "---\ntitle: Twins\nentities:\n  a-b:\n    name: A\n    kind: person\n  a_b:\n    name: B\n    kind: person\n---\nA and B.\n"));
        Single(run, "AG0018", Error, "articles/twins.md", 6, 2, 6, 5);
        StillCompiles(run, GeneratedFiles.Article("Twins"));
    }

    [Fact]
    public void AG0019_an_attribution_matching_several_quotes_is_reported_at_the_text()
    {
        GeneratorRun run = Run(("articles/yes.md", "---\ntitle: Yes\nquotes:\n  - text: Yes\n---\n\"Yes,\" Bob said. \"Yes,\" Ann said.\n"));
        Single(run, "AG0019", Warning, "articles/yes.md", 3, 10, 3, 13);
        StillCompiles(run, GeneratedFiles.Article("Yes"));
    }

    [Fact]
    public void AG0020_a_blank_id_is_reported_at_the_id()
    {
        GeneratorRun run = Run(("articles/blank-id.md", "---\ntitle: Blank id\nid: '  '\n---\nBody.\n"));
        Single(run, "AG0020", Error, "articles/blank-id.md", 2, 4, 2, 8);
        StillCompiles(run, GeneratedFiles.Article("BlankId"));
    }

    [Fact]
    public void AG0021_a_project_on_CSharp_7_3_gets_one_diagnostic_and_no_code()
    {
        GeneratorRun run = GeneratorHarness.Run(
            [("articles/old.md", "---\ntitle: Old\n---\nBody.\n")], string.Empty, version: LanguageVersion.CSharp7_3);

        Diagnostic diagnostic = run.GeneratorDiagnostics.Single();
        Assert.Equal("AG0021", diagnostic.Id);
        Assert.Equal(Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("C# 7.3", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AG0022_a_plain_text_article_that_begins_with_front_matter_is_reported_at_its_first_line()
    {
        // Regression: it silently became an article titled '---' whose body began with the front matter.
        GeneratorRun run = Run(("articles/talks.txt", "---\ntitle: Talks in Beijing\n---\nBlinken met Wang Yi.\n"));
        Diagnostic diagnostic = Single(run, "AG0022", Warning, "articles/talks.txt", 0, 0, 0, 3);
        Assert.Contains("rename it to .md", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Single(run.GeneratorDiagnostics);
        StillCompiles(run, GeneratedFiles.Article("Talks"));
    }

    [Theory]
    [InlineData("---\nA title that is only dashes above\n")]
    [InlineData("Title\n---\ntitle: x\n---\nBody.\n")]
    public void AG0022_is_not_reported_for_plain_text_without_front_matter(string text)
    {
        GeneratorRun run = Run(("articles/plain.txt", text));
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "AG0022");
    }

    [Fact]
    public void CSharp_8_is_enough()
    {
        GeneratorRun run = GeneratorHarness.Run(
            [("articles/eight.md", "---\ntitle: Eight\n---\n\"Fine,\" she said.\n")], string.Empty, version: LanguageVersion.CSharp8);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(GeneratedFiles.Article("Eight"), run.Sources.Select(s => s.HintName));
    }
}
