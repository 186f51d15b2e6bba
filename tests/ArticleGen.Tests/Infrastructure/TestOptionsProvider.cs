using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>
/// Stands in for the editorconfig MSBuild writes: the global properties, and the <c>ArticleGenRole</c> metadata
/// of each additional file (by its extension, as <c>Article</c>/<c>ArticleEntities</c> items would set it), and the
/// <c>ArticleGenResource</c> name of an <see cref="EmbeddedArticleFile"/>.
/// </summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        string role = textFile.Path.EndsWith(".entities.yml", System.StringComparison.Ordinal) ? "entities"
            : textFile.Path.EndsWith(".md", System.StringComparison.Ordinal) || textFile.Path.EndsWith(".txt", System.StringComparison.Ordinal) ? "article"
            : string.Empty;
        if (role.Length == 0)
        {
            return DictionaryOptions.Empty;
        }

        var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ArticleGenRole"] = role };
        if (textFile is EmbeddedArticleFile embedded)
        {
            values["build_metadata.AdditionalFiles.ArticleGenResource"] = embedded.ResourceName;
        }

        return new DictionaryOptions(values);
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
