using System.Globalization;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ArticleGen.Tests.Diagnostics.DiagnosticAssert;

namespace ArticleGen.Tests.Diagnostics;

/// <summary>Messages that help: a misspelt id, field or kind gets the closest declared one ("did you mean"), a typo before a new declaration.</summary>
public sealed class DiagnosticAdviceTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void A_misspelt_speaker_id_is_offered_the_declared_id_and_told_to_fix_the_typo_first()
    {
        GeneratorRun run = Run(("articles/typo.md",
            "---\ntitle: Typo\nentities:\n  tomas-becker: { name: Tomas Becker, kind: person }\nquotes:\n  - text: Hello there\n    speaker: thomas-becker\n---\n\"Hello there,\" Becker said.\n"));

        string message = Message(Single(run, "AG0012", Error, "articles/typo.md", 6, 13, 6, 26));
        Assert.Equal(
            "Speaker 'thomas-becker' is not an entity of this article; did you mean 'tomas-becker'? Fix the id; declare a new entity under 'entities:' only for someone the article does not declare yet",
            message);
    }

    [Fact]
    public void A_speaker_id_close_to_nothing_declared_is_told_how_to_declare_it()
    {
        GeneratorRun run = Run(("articles/speaker.md", "---\ntitle: Speaker\nquotes:\n  - text: Hello there\n    speaker: zed\n---\n\"Hello there,\" Bob said.\n"));

        Assert.Equal(
            "Speaker 'zed' is not an entity of this article; check its spelling against the ids under 'entities:', or declare it there ('zed: {}' uses an entity of a catalog)",
            Message(Single(run, "AG0012", Error, "articles/speaker.md", 4, 13, 4, 16)));
    }

    [Fact]
    public void An_unknown_field_is_offered_the_closest_field()
    {
        GeneratorRun run = Run(("articles/author.md", "---\ntitle: Author\nauthor: Jane Doe\n---\nBody.\n"));

        Assert.StartsWith("Unknown field 'author' is ignored (did you mean 'authors'?); the fields here are authors, entities, id,", Message(Single(run, "AG0005", DiagnosticSeverity.Warning, "articles/author.md", 2, 0, 2, 6)), System.StringComparison.Ordinal);
        GeneratorRun entity = Run(("articles/alias.md", "---\ntitle: Alias\nentities:\n  bob: { name: Bob, kind: person, alias: [B] }\n---\nBody.\n"));
        Assert.Equal(
            "Unknown field 'alias' is ignored (did you mean 'aliases'?); the fields here are aliases, kind, name, role, wikidata",
            Message(Single(entity, "AG0005", DiagnosticSeverity.Warning, "articles/alias.md", 3, 34, 3, 39)));
    }

    [Fact]
    public void A_field_close_to_no_known_one_gets_no_suggestion()
    {
        GeneratorRun run = Run(("articles/mood.md", "---\ntitle: Mood\nmood: calm\n---\nBody.\n"));

        Assert.StartsWith("Unknown field 'mood' is ignored; the fields here are", Message(Single(run, "AG0005", DiagnosticSeverity.Warning, "articles/mood.md", 2, 0, 2, 4)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_kind_is_offered_the_closest_kind()
    {
        GeneratorRun run = Run(("articles/kind.md", "---\ntitle: Kind\nentities:\n  bob: { name: Bob, kind: persn }\n---\nBob spoke.\n"));

        Assert.Equal(
            "Entity 'bob' has kind 'persn' (did you mean 'person'?); use person, organization, place or other",
            Message(Single(run, "AG0007", Error, "articles/kind.md", 3, 26, 3, 31)));
    }

    [Fact]
    public void An_undefined_entity_id_is_offered_the_closest_id_defined_anywhere()
    {
        GeneratorRun run = Run(
            ("articles/a.md", "---\ntitle: A\nentities:\n  thomas-becker: {}\n---\nBecker spoke.\n"),
            ("catalog/people.entities.yml", "entities:\n  tomas-becker: { name: Tomas Becker, kind: person }\n"));

        Assert.Equal(
            "Entity 'thomas-becker' is used here but defined nowhere; did you mean 'tomas-becker'? Otherwise give it a name and kind, or define it in a *.entities.yml catalog",
            Message(Single(run, "AG0010", Error, "articles/a.md", 3, 2, 3, 15)));
    }

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
