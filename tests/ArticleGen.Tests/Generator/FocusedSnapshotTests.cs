using System.Linq;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>Small articles that each show one feature of the generated code, reviewed as snapshots.</summary>
public sealed class FocusedSnapshotTests
{
    [Fact]
    public void Minimal_article()
    {
        GeneratorRun run = GeneratorHarness.Run(("notes/minimal.md", "---\ntitle: A minimal article\n---\nOne paragraph, no entity, no quote.\n"));
        AssertClean(run);
        Snapshot.Verify(run.Source(GeneratedFiles.Article("Minimal")), "Minimal");
    }

    [Fact]
    public void Every_front_matter_field()
    {
        const string article = """
            ---
            title: Council approves the harbour plan
            id: harbour-plan
            source: The Coastal Gazette
            published: 2024-05-02T18:45:00+02:00
            url: https://example.org/harbour-plan
            authors: [Ana Lima, Tom Berg]
            language: en-GB
            tags: local
            entities:
              ana-lima: { name: Ana Lima, kind: person, role: Mayor, wikidata: Q1 }
              city-council: { name: City Council, kind: organisation, aliases: [Council] }
              harbour-act: { name: Harbour Act, kind: other }
            quotes:
              - text: It is a good day for the harbour
                speaker: ana-lima
            ---
            The City Council approved the plan on Thursday.

            "It is a good day for the harbour," said Mayor Ana Lima after the Council voted on the Harbour Act.
            """;
        GeneratorRun run = GeneratorHarness.Run(("local/harbour.md", article));
        AssertClean(run);
        Snapshot.Verify(run.Source(GeneratedFiles.Article("HarbourPlan")), "HarbourPlan");
        Snapshot.Verify(run.Source("Entities.g.cs"), "Entities");
    }

    [Fact]
    public void Plain_text_article()
    {
        GeneratorRun run = GeneratorHarness.Run(("wire/storm-warning.txt", "Storm warning for the coast\n\n\"Stay indoors tonight,\" the weather service said.\n\nSource: Wire\n"));
        AssertClean(run);
        Snapshot.Verify(run.Source(GeneratedFiles.Article("StormWarning")), "StormWarning");
    }

    [Fact]
    public void Text_that_looks_like_code_stays_text()
    {
        const string article = "---\ntitle: \"Quotes \\\" and \\\\ backslashes */ #if DEBUG { } \\u2028 line\"\n---\n"
            + "A body with \"quotes\", a backslash \\, */ and /* and #if DEBUG, {braces}, a tab\there and a bell \u0007.\n";
        GeneratorRun run = GeneratorHarness.Run(("tricky/code-like.md", article));
        AssertClean(run);
        Snapshot.Verify(run.Source(GeneratedFiles.Article("CodeLike")), "CodeLike");
    }

    [Fact]
    public void Before_CSharp_11_the_body_is_a_string_literal()
    {
        GeneratorRun run = GeneratorHarness.Run(
            [("notes/old-language.md", "---\ntitle: For C# 10 projects\n---\nThe body still compiles.\n")],
            string.Empty,
            version: LanguageVersion.CSharp10);
        AssertClean(run);
        Snapshot.Verify(run.Source(GeneratedFiles.Article("OldLanguage")), "OldLanguage");
    }

    [Fact]
    public void The_global_namespace_when_the_project_has_none()
    {
        GeneratorRun run = GeneratorHarness.Run([("a.md", "---\ntitle: Global\n---\nBody.\n")], string.Empty, ns: string.Empty);
        AssertClean(run);
        Snapshot.Verify(run.Source(GeneratedFiles.Article("A")), "GlobalNamespace");
    }

    [Fact]
    public void Speakers_that_are_no_entity_are_named_beside_the_quote_array()
    {
        const string article = """
            ---
            title: Two voices on the harbour plan
            entities:
              ana-lima: { name: Ana Lima, kind: person }
            ---
            "It is a good day for the harbour," said Ana Lima.

            "It costs too much," said Tom Berg, who runs the ferry.
            """;
        GeneratorRun run = GeneratorHarness.Run(("local/two-voices.md", article));
        AssertClean(run);
        Snapshot.Verify(run.Source(GeneratedFiles.Article("TwoVoices")), "TwoVoices");
    }

    private static void AssertClean(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Empty(run.CompilationDiagnostics);
    }
}
