using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>Files the tests read: the seeds (copied to the output folder) and small articles written inline.</summary>
internal static class TestFiles
{
    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "Seeds");

    /// <summary>The seed articles and catalogs as the generator sees them (paths relative, so output never holds machine paths).</summary>
    public static IReadOnlyList<(string Path, string Text)> Seeds() =>
        Directory.GetFiles(SeedsDirectory)
            .Where(p => (p.EndsWith(".md", StringComparison.Ordinal) && Path.GetFileName(p) != "README.md") || p.EndsWith(".entities.yml", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("seeds/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    public static string SeedText(string relativePath) => File.ReadAllText(Path.Combine(SeedsDirectory, relativePath));
}
