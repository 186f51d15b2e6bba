using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace ArticleGen.Package.Tests;

/// <summary>The one ArticleGen package: its layout, and a fresh project that references only it.</summary>
public sealed class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Pack_makes_one_package_with_the_runtime_the_generator_and_YamlDotNet()
    {
        Assert.True(package.PackExitCode == 0, package.PackOutput);
        Assert.NotNull(package.PackagePath);
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath!);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/netstandard2.0/ArticleGen.dll", entries);
        Assert.Contains("lib/net8.0/ArticleGen.dll", entries);
        Assert.Contains("lib/net8.0/ArticleGen.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/ArticleGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("buildTransitive/ArticleGen.props", entries);
        Assert.Contains("buildTransitive/ArticleGen.targets", entries);
        Assert.Contains("README.md", entries);

        // The generator's own dependencies travel inside the package; users must not inherit them.
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string manifest = nuspec.ReadToEnd();
        Assert.DoesNotContain("YamlDotNet", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fresh_project_referencing_the_package_builds_and_runs_its_articles()
    {
        Assert.True(package.PackExitCode == 0, package.PackOutput);
        string project = Path.Combine(package.Root, "consumer");
        Directory.CreateDirectory(Path.Combine(project, "articles"));
        string seeds = Path.Combine(PackageFixture.RepositoryRoot, "seeds");
        File.Copy(Path.Combine(seeds, "blinken-meets-wang-yi.md"), Path.Combine(project, "articles", "blinken-meets-wang-yi.md"));
        File.Copy(Path.Combine(seeds, "world.entities.yml"), Path.Combine(project, "articles", "world.entities.yml"));
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ArticleGen" Version="{package.Version}" />
              </ItemGroup>
              <ItemGroup>
                <Article Include="articles/**/*.md" />
                <ArticleEntities Include="articles/**/*.entities.yml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using System;
            using ArticleGen;
            using Consumer;

            var article = Articles.BlinkenMeetsWangYi;
            Console.WriteLine($"title: {article.Title}");
            Console.WriteLine($"source: {article.Source}, published: {article.Published}");
            Console.WriteLine($"quotes: {article.Quotes.Count}");
            foreach (Quote quote in article.Quotes)
            {
                Console.WriteLine($"quote: {quote.Speaker?.Id} | {quote.Text}");
            }

            Person wang = article.Entities.WangYi;
            Console.WriteLine($"shared: {ReferenceEquals(wang, People.WangYi)}");
            Console.WriteLine($"all: {Articles.All.Count}");
            """);

        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(package.Root, "packages") };
        (int exitCode, string output) = DotNet.Run(project, environment, "run", "-c", "Release");

        Assert.True(exitCode == 0, output);
        Assert.Contains("title: Blinken meets Chinese counterpart Wang Yi in Beijing", output, StringComparison.Ordinal);
        Assert.Contains("source: Reuters, published: 2024-04-26", output, StringComparison.Ordinal);
        Assert.Contains("quotes: 8", output, StringComparison.Ordinal);
        Assert.Contains("quote: wang-yi | great ship", output, StringComparison.Ordinal);
        Assert.Contains("quote: china-daily | have been largely talking past each other", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("quote: antony-blinken |", StringComparison.Ordinal)));
        Assert.Contains("shared: True", output, StringComparison.Ordinal);
        Assert.Contains("all: 1", output, StringComparison.Ordinal);
    }
}
