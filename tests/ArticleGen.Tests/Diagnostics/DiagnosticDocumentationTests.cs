using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ArticleGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Diagnostics;

/// <summary>The catalog, its release tracking and its documentation list the same diagnostics.</summary>
public sealed class DiagnosticDocumentationTests
{
    [Fact]
    public void Every_descriptor_is_tracked_and_documented_with_its_title_and_severity()
    {
        string root = RepositoryRoot();
        string[] releases = File.ReadAllLines(Path.Combine(root, "src", "ArticleGen.Generator", "AnalyzerReleases.Unshipped.md"));
        string docs = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"));

        Assert.Equal(25, DiagnosticDescriptors.All.Count());
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            string severity = descriptor.DefaultSeverity.ToString();
            Assert.StartsWith("AG", descriptor.Id, System.StringComparison.Ordinal);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Contains($"{descriptor.Id} | ArticleGen | {severity} | {descriptor.Title}", releases);
            Assert.Contains($"| [{descriptor.Id}](#{descriptor.Id.ToLowerInvariant()}) | {descriptor.Title} | {severity} |", docs, System.StringComparison.Ordinal);
            Assert.Contains($"## {descriptor.Id}\n\n**{descriptor.Title}** ({severity}).", docs.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_descriptor_links_to_its_section_of_the_documentation_in_the_repository()
    {
        string root = RepositoryRoot();
        string props = File.ReadAllText(Path.Combine(root, "Directory.Build.props"));
        string repository = System.Text.RegularExpressions.Regex.Match(props, "<RepositoryUrl>([^<]+)</RepositoryUrl>").Groups[1].Value;
        string docs = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);

        Assert.StartsWith("https://", repository, System.StringComparison.Ordinal);
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            Assert.Equal($"{repository}/blob/main/docs/diagnostics.md#{descriptor.Id.ToLowerInvariant()}", descriptor.HelpLinkUri);
            Assert.Contains($"\n## {descriptor.Id}\n", docs, System.StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
