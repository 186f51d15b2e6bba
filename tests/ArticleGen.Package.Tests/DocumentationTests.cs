using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ArticleGen.Package.Tests;

/// <summary>
/// Documentation that is executed: the README's Quick start (project fragment, article, program) and the examples of
/// docs/queries.md, taken as written into the project the README's commands made, built on the packed package and run.
/// A block that stops compiling, an article that warns, or an output other than the one the document shows fails here.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DocumentationTests(PackageFixture package)
{
    private string Project => Path.Combine(package.Root, "MyNews");

    [Fact]
    public void The_quick_start_builds_without_a_warning_and_prints_what_the_readme_shows()
    {
        string output = RunProgram(Markdown.Blocks(package.QuickStart, "csharp").Single());

        Assert.Equal(Markdown.Outputs(package.QuickStart).Single(), output);
    }

    [Fact]
    public void The_examples_of_the_queries_page_build_and_print_what_it_shows()
    {
        string page = File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "docs", "queries.md"));

        string output = RunProgram(string.Join("\n", Markdown.Blocks(page, "csharp")));

        Assert.Equal(string.Concat(Markdown.Outputs(page)), output);
    }

    /// <summary>The Quick start's project with <paramref name="program"/> as its Program.cs, run as the README says; what it printed.</summary>
    private string RunProgram(string program)
    {
        Assert.True(package.Succeeded(out string report), report);
        string quickStart = package.QuickStart;
        string csproj = Path.Combine(Project, "MyNews.csproj");
        string fragment = Markdown.Blocks(quickStart, "xml").Single();
        string project = File.ReadAllText(csproj);
        if (!project.Contains(fragment, StringComparison.Ordinal))
        {
            File.WriteAllText(csproj, project.Replace("</Project>", fragment + "</Project>", StringComparison.Ordinal));
        }

        // "Write an article (`MyNews/articles/blinken-meets-wang-yi.md`):" names where the block goes.
        string articlePath = Regex.Match(quickStart, @"Write an article \(`([^`]+)`\)").Groups[1].Value;
        Assert.NotEmpty(articlePath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(package.Root, articlePath))!);
        File.WriteAllText(Path.Combine(package.Root, articlePath), Markdown.Blocks(quickStart, "markdown").Single());
        File.WriteAllText(Path.Combine(Project, "Program.cs"), program);

        string command = Regex.Match(quickStart, @"Run it with `([^`]+)`").Groups[1].Value;
        (int exitCode, string output) = DotNet.Run(package.Root, package.Environment, PackageFixture.Arguments(command));

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
        return output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
