using System;
using System.Globalization;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static ArticleGen.Tests.Diagnostics.DiagnosticAssert;

namespace ArticleGen.Tests.Parsing;

/// <summary>
/// Every YAML error is said in plain words at the token at fault (0-based lines and columns of the file below), and
/// nothing of YamlDotNet's own messages or exceptions reaches the user.
/// </summary>
public sealed class YamlErrorTests
{
    private static readonly string[] ParserWords = { "While ", "did not find", "Operation is not valid", "Exception", "<document", "scalar", "token" };

    [Theory]
    [InlineData("tags: [a, b\n", 2, 6, 2, 7, "This list is never closed: add ']' after its last item")]
    [InlineData("aliases: [Pelosi [Pelosi]\nsource: x\n", 2, 9, 2, 10, "This list is never closed: add ']' after its last item")]
    [InlineData("tags: [a, b}\n", 2, 11, 2, 11, "A ',' or ']' is expected here, in the list opened at column 7")]
    [InlineData("title: \"Talks in Beijing\nsource: Reuters\n", 1, 7, 1, 8, "This quoted text is never closed: add its closing quote mark")]
    [InlineData("source: 'Reuters\n", 2, 8, 2, 9, "This quoted text is never closed: add its closing quote mark")]
    [InlineData("entities:\n  bob:\n    name: Bob\n   kind: person\n", 5, 3, 5, 3, "This line is indented differently from the fields above it")]
    [InlineData("  source: Reuters\n", 2, 8, 2, 8, "A 'key: value' cannot start here")]
    [InlineData("- a tag\n", 2, 0, 2, 1, "This line is indented differently from the fields above it")]
    [InlineData("entities:\n\tbob: {name: Bob, kind: person}\n", 3, 0, 3, 1, "A tab indents this line: YAML indents with spaces only")]
    [InlineData("source: @home\n", 2, 8, 2, 9, "A text cannot start with '@' unquoted: put it in quotes")]
    [InlineData("source: \"a\\qb\"\n", 2, 8, 2, 10, "This double-quoted text holds a '\\' escape that YAML does not know")]
    [InlineData("entities:\n  bob: {name: Bob, kind: person}\n  bob: {name: Rob, kind: person}\n", 4, 2, 4, 5, "'bob' is already a key of this map: remove one of the two")]
    public void A_yaml_error_is_said_in_plain_words_at_the_token_at_fault(string yaml, int line, int column, int endLine, int endColumn, string words)
    {
        // The title comes first, except where the case is about it: line 1 is the title or the case's first line.
        string frontMatter = yaml.StartsWith("title:", StringComparison.Ordinal) ? yaml : "title: Talks\n" + yaml;
        GeneratorRun run = Run(("articles/talks.md", "---\n" + frontMatter + "---\nBody.\n"));

        string message = Single(run, "AG0002", DiagnosticSeverity.Error, "articles/talks.md", line, column, endLine, endColumn)
            .GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith(words, message, StringComparison.Ordinal);
        Assert.EndsWith("; nothing of this front matter or catalog is used until its YAML reads", message, StringComparison.Ordinal);
        Assert.All(ParserWords, w => Assert.DoesNotContain(w, message, StringComparison.OrdinalIgnoreCase));
        StillCompiles(run);
    }

    [Fact]
    public void An_unclosed_map_in_a_catalog_is_said_at_its_opening_brace()
    {
        GeneratorRun run = Run(("catalog/world.entities.yml", "entities:\n  bob: {name: Bob, kind: person\n"));

        string message = Single(run, "AG0002", DiagnosticSeverity.Error, "catalog/world.entities.yml", 1, 7, 1, 8).GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("This map is never closed: add '}' after its last field", message, StringComparison.Ordinal);
        StillCompiles(run);
    }
}
