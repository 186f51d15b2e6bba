using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ArticleGen.Package.Tests;

/// <summary>
/// Gets the package as the README's Quick start says, once for the test class: in a fresh folder beside the clone
/// (here a link named <c>ArticleGen</c> to this repository), the README's commands run as written, each as one process.
/// NuGet's cache and the build outputs go to the folder (NUGET_PACKAGES, ArtifactsPath), so the test depends on no
/// earlier run and leaves the clone's own bin/ and obj/ alone.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "articlegen-package-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Directory.CreateSymbolicLink(Path.Combine(Root, "ArticleGen"), RepositoryRoot);
        Environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(Root, ".nuget"),
            ["ArtifactsPath"] = Path.Combine(Root, ".artifacts"),
        };

        Readme = File.ReadAllText(Path.Combine(RepositoryRoot, "README.md"));
        QuickStart = Markdown.Section(Readme, "## Quick start");
        Started = DateTime.UtcNow;
        var steps = new List<(string Command, int ExitCode, string Output)>();
        foreach (string command in Markdown.Blocks(QuickStart, "sh")[0].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            (int exitCode, string output) = DotNet.Run(Root, Environment, Arguments(command));
            steps.Add((command, exitCode, output));
            if (exitCode != 0)
            {
                break;
            }
        }

        Finished = DateTime.UtcNow;
        Steps = steps;
        Feed = Path.Combine(Root, "packages");
        PackagePath = Directory.Exists(Feed) ? Directory.GetFiles(Feed, "*.nupkg").SingleOrDefault() : null;
        Version = PackagePath is null ? string.Empty : Path.GetFileNameWithoutExtension(PackagePath).Substring("ArticleGen.".Length);
    }

    public string Root { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string Readme { get; }

    /// <summary>The README's section "Quick start".</summary>
    public string QuickStart { get; }

    public DateTime Started { get; }

    public DateTime Finished { get; }

    /// <summary>Each command of the README's first block, with what it printed; the run stops at the first that fails.</summary>
    public IReadOnlyList<(string Command, int ExitCode, string Output)> Steps { get; }

    public string Feed { get; }

    public string? PackagePath { get; }

    public string Version { get; }

    /// <summary>Every step ran and succeeded; the message is what they printed.</summary>
    public bool Succeeded(out string report)
    {
        report = string.Join("\n", Steps.Select(s => $"$ {s.Command}\n(exit {s.ExitCode})\n{s.Output}"));
        return Steps.Count == Markdown.Blocks(QuickStart, "sh")[0].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
            && Steps.All(s => s.ExitCode == 0) && PackagePath is not null;
    }

    public static string RepositoryRoot
    {
        get
        {
            string? directory = AppContext.BaseDirectory;
            while (directory is not null && !File.Exists(Path.Combine(directory, "ArticleGen.sln")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            return directory ?? throw new InvalidOperationException("ArticleGen.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A README command's arguments after <c>dotnet</c>; the README's commands hold no quotes.</summary>
    public static string[] Arguments(string command)
    {
        string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words[0] != "dotnet" || command.Contains('"', StringComparison.Ordinal) || command.Contains('\'', StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The README's commands are plain dotnet commands: " + command);
        }

        return words[1..];
    }

    public void Dispose()
    {
        // The link first, on its own and without recursion: deleting it must never reach into the repository.
        string link = Path.Combine(Root, "ArticleGen");
        try
        {
            Directory.Delete(link);
            if (!Directory.Exists(link))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    internal static string Stamp(DateTime time) => time.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
}
