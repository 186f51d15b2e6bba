using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Package.Tests;

/// <summary>
/// Packs ArticleGen once for the test class, into a temporary feed outside the repository, with a version of its
/// own so that no package cache can serve an older build under the same number.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "articlegen-package-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        (int exitCode, string output) = DotNet.Run(
            RepositoryRoot,
            new Dictionary<string, string>(),
            "pack", Path.Combine("src", "ArticleGen", "ArticleGen.csproj"),
            "-c", "Release", "-o", Feed, "-p:Version=" + Version, "--artifacts-path", Path.Combine(Root, "artifacts"));
        PackOutput = output;
        PackExitCode = exitCode;
        PackagePath = Directory.GetFiles(Feed, "*.nupkg").SingleOrDefault();
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public int PackExitCode { get; }

    public string PackOutput { get; }

    public string? PackagePath { get; }

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

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
