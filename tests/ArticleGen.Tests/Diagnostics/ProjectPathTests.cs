using System.Globalization;
using System.Linq;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Diagnostics;

/// <summary>Messages that name another file name it by its path in the project: two files of one name read apart.</summary>
public sealed class ProjectPathTests
{
    private const string Project = "/home/user/newsroom/";

    [Fact]
    public void A_new_file_in_a_subfolder_taking_an_id_is_reported_on_both_files_by_their_project_paths()
    {
        // Regression: the message named the bare file name, 'zeta.md', and so read as a file clashing with itself.
        GeneratorRun run = GeneratorHarness.Run(
            [(Project + "news/zeta.md", "---\ntitle: Zeta\n---\nBody.\n"), (Project + "news/sub/zeta.md", "---\ntitle: Zeta again\n---\nBody.\n")],
            projectDirectory: Project);

        Diagnostic[] found = run.GeneratorDiagnostics.Where(d => d.Id == "AG0015").ToArray();
        Assert.Equal(
            new[] { Project + "news/sub/zeta.md", Project + "news/zeta.md" },
            found.Select(d => d.Location.GetLineSpan().Path).Order(System.StringComparer.Ordinal));
        Assert.All(found, d => Assert.Equal(
            "Article id 'zeta' is used by both news/sub/zeta.md and news/zeta.md; news/sub/zeta.md, the first by path, keeps it and news/zeta.md is left out: give one of them another 'id'",
            d.GetMessage(CultureInfo.InvariantCulture)));
        Assert.Equal("Zeta again", Assert.Single(GeneratedArticles.Load(run)).Title);
    }

    [Fact]
    public void A_conflicting_entity_names_the_kept_definition_by_its_project_path()
    {
        GeneratorRun run = GeneratorHarness.Run(
            [
                (Project + "a/people.entities.yml", "entities:\n  bob: {name: Bob, kind: person}\n"),
                (Project + "b/people.entities.yml", "entities:\n  bob: {name: Robert, kind: person}\n"),
            ],
            projectDirectory: Project);

        Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("AG0009", diagnostic.Id);
        Assert.Equal(Project + "b/people.entities.yml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("defined differently in a/people.entities.yml;", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/home/user/newsroom/news/a.md", "/home/user/newsroom/", "news/a.md")]
    [InlineData("/home/user/newsroom/news/a.md", "/home/user/newsroom", "news/a.md")]
    [InlineData("/home/user/shared/a.md", "/home/user/newsroom/", "../shared/a.md")]
    [InlineData("news/a.md", "/home/user/newsroom/", "news/a.md")]
    [InlineData("/home/user/newsroom/news/a.md", "", "/home/user/newsroom/news/a.md")]
    public void A_path_is_named_relative_to_the_project_with_forward_slashes(string path, string project, string expected)
    {
        Assert.Equal(expected, ProjectPaths.Relative(path, project));
    }
}
