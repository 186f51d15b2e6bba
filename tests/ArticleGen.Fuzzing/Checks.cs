using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Fuzzing;

/// <summary>What must hold for every batch of articles, whatever their text.</summary>
internal static class Checks
{
    /// <summary>YamlDotNet's wording: a YAML error is said in ArticleGen's own words (docs/diagnostics.md, AG0002).</summary>
    private static readonly string[] ParserWords = { "While parsing", "While scanning", "did not find expected", "Operation is not valid", "Exception" };

    /// <summary>
    /// No AG0001 and no exception from the generator; output that compiles without errors; every diagnostic located
    /// inside the file it is about; no parser message in a YAML error.
    /// </summary>
    public static void Safe(GeneratorRun run, IReadOnlyList<(string Path, string Text)> files)
    {
        List<Diagnostic> internalErrors = run.GeneratorDiagnostics.Where(d => d.Id == "AG0001").ToList();
        That(internalErrors.Count == 0, "AG0001: " + string.Join("; ", internalErrors));
        Exception? thrown = run.Result.Results.Single().Exception;
        That(thrown is null, "the generator threw: " + thrown);
        List<Diagnostic> errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        That(errors.Count == 0, "compiler errors in the generated code: " + string.Join("\n", errors.Take(5)));

        var texts = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in run.GeneratorDiagnostics.Where(d => d.Location != Location.None))
        {
            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            That(texts.TryGetValue(span.Path, out string? text), "a diagnostic outside the articles: " + diagnostic);
            That(diagnostic.Location.SourceSpan.End <= text!.Length && span.StartLinePosition <= span.EndLinePosition, "a diagnostic beyond its file's text: " + diagnostic);
        }

        foreach (Diagnostic diagnostic in run.GeneratorDiagnostics.Where(d => d.Id == "AG0002"))
        {
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            That(!ParserWords.Any(w => message.Contains(w, StringComparison.OrdinalIgnoreCase)), "a YAML error in the parser's words: " + diagnostic);
        }
    }

    /// <summary>Every string of a generated article equals what its spec wrote.</summary>
    public static void Equal(ArticleSpec spec, int index, Article article)
    {
        Same(spec.Title, article.Title, "title");
        Same(spec.UniqueId(index), article.Id, "id");
        Same(spec.Source, article.Source, "source");
        Same(string.Join("\u0001", spec.Authors), string.Join("\u0001", article.Authors), "authors");
        Same(string.Join("\u0001", spec.Tags), string.Join("\u0001", article.Tags), "tags");
        Same(spec.ExpectedBody, article.Body, "body");
        That(spec.Entities.Length == article.Entities.Count, $"{article.Id}: {article.Entities.Count} entities, {spec.Entities.Length} written");
        for (int i = 0; i < spec.Entities.Length; i++)
        {
            EntitySpec expected = spec.Entities[i];
            Entity entity = article.Entities[i];
            Same(ArticleSpec.EntityId(index, i, expected), entity.Id, "entity id");
            Same(expected.Name, entity.Name, "entity name");
            Same(expected.Role, entity.Role, "entity role");
            Same(expected.Wikidata, entity.Wikidata, "entity wikidata");
            Same(string.Join("\u0001", expected.Aliases), string.Join("\u0001", entity.Aliases), "entity aliases");
        }
    }

    private static void Same(string? expected, string? actual, string what) =>
        That(string.Equals(expected, actual, StringComparison.Ordinal), $"{what} differs: wrote {Show(expected)}, got {Show(actual)}");

    private static string Show(string? text) => text is null ? "null" : Yaml.Quote(text);

    private static void That(bool condition, string message)
    {
        if (!condition)
        {
            throw new FuzzFailure(message);
        }
    }
}
