using System;
using System.Globalization;
using System.IO;

namespace ArticleGen.Corpus;

/// <summary>How a generated consuming project gets at its articles.</summary>
public enum CorpusProjectKind
{
    /// <summary>Compiled by ArticleGen (the generator and runtime by ProjectReference).</summary>
    Compiled,

    /// <summary>The alternative a user would write: embedded resources parsed with YamlDotNet at start-up.</summary>
    Resources,

    /// <summary>Compiled by ArticleGen as a user has it: the packed NuGet package from a local folder, no project of ours built.</summary>
    Package,
}

/// <summary>
/// Writes a real console project over a corpus, to build with <c>dotnet build</c> and run: it prints how long the
/// process took, from its start and from <c>Main</c>, to reach the first article's quotes (by its member, or with
/// <c>--library</c> through <c>new ArticleLibrary(Articles.All)</c>).
/// </summary>
public static class CorpusProject
{
    /// <summary>Writes the project and its corpus of <paramref name="count"/> articles into <paramref name="directory"/>.</summary>
    /// <param name="directory">The project folder (created).</param>
    /// <param name="count">How many articles.</param>
    /// <param name="repositoryRoot">The ArticleGen repository, whose src/ projects are referenced.</param>
    /// <param name="kind">Compiled by ArticleGen, or parsed at start-up.</param>
    /// <param name="nativeAot">Whether <c>dotnet publish</c> compiles the app ahead of time (Native AOT), so that no JIT runs at start-up.</param>
    /// <param name="feed">For <see cref="CorpusProjectKind.Package"/>: the folder that holds the one packed <c>ArticleGen.*.nupkg</c> to use.</param>
    public static void Write(string directory, int count, string repositoryRoot, CorpusProjectKind kind, bool nativeAot = false, string? feed = null)
    {
        Directory.CreateDirectory(directory);
        CorpusMaker.WriteTo(directory, CorpusMaker.Make(count));
        string src = Path.GetFullPath(Path.Combine(repositoryRoot, "src"));
        string publishAot = nativeAot ? "\n    <PublishAot>true</PublishAot>" : string.Empty;
        string project = kind switch
        {
            CorpusProjectKind.Compiled => CompiledProject(src, publishAot),
            CorpusProjectKind.Package => PackageProject(PackageVersion(feed ?? throw new ArgumentNullException(nameof(feed))), publishAot),
            _ => ResourcesProject(publishAot),
        };
        File.WriteAllText(Path.Combine(directory, "Corpus.csproj"), project);
        if (kind == CorpusProjectKind.Package)
        {
            File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(Path.GetFullPath(feed!)));
        }

        File.WriteAllText(Path.Combine(directory, "Program.cs"), kind == CorpusProjectKind.Resources ? ResourcesProgram : CompiledProgram);
        File.WriteAllText(Path.Combine(directory, "README.txt"), string.Format(
            CultureInfo.InvariantCulture, "{0} articles ({1}), written by ArticleGen.Corpus.CorpusProject.\n", count, kind));
    }

    private static string CompiledProject(string src, string publishAot) => Project(publishAot, $"""
          <Import Project="{src}/ArticleGen/build/ArticleGen.props" />
          <ItemGroup>
            <ProjectReference Include="{src}/ArticleGen/ArticleGen.csproj" />
            <ProjectReference Include="{src}/ArticleGen.Generator/ArticleGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            <Article Include="articles/*.md;articles/*.txt" />
            <ArticleEntities Include="*.entities.yml" />
          </ItemGroup>
          <Import Project="{src}/ArticleGen/build/ArticleGen.targets" />
        """);

    private static string PackageProject(string version, string publishAot) => Project(publishAot, $"""
          <ItemGroup>
            <PackageReference Include="ArticleGen" Version="{version}" />
            <Article Include="articles/*.md;articles/*.txt" />
            <ArticleEntities Include="*.entities.yml" />
          </ItemGroup>
        """);

    private static string ResourcesProject(string publishAot) => Project(publishAot, """
          <ItemGroup>
            <PackageReference Include="YamlDotNet" Version="16.3.0" />
            <EmbeddedResource Include="articles/*.md;articles/*.txt" LogicalName="%(Filename)%(Extension)" />
          </ItemGroup>
        """);

    /// <summary>The console project every kind shares, around its own lines.</summary>
    private static string Project(string publishAot, string body) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <RootNamespace>Corpus</RootNamespace>{publishAot}
          </PropertyGroup>
        {body}
        </Project>

        """;

    // ArticleGen comes from the local folder only; everything else from nuget.org.
    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="ArticleGen" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>

        """;

    /// <summary>The version of the one <c>ArticleGen.*.nupkg</c> in <paramref name="feed"/>.</summary>
    private static string PackageVersion(string feed)
    {
        string[] packages = Directory.GetFiles(feed, "ArticleGen.*.nupkg");
        if (packages.Length != 1)
        {
            throw new InvalidOperationException($"Expected one ArticleGen.*.nupkg in {feed}, found {packages.Length}.");
        }

        return Path.GetFileNameWithoutExtension(packages[0]).Substring("ArticleGen.".Length);
    }

    private const string CompiledProgram = """
        using System;
        using System.Diagnostics;

        long main = Stopwatch.GetTimestamp();
        // The first article by its own member, or (--library) as the README does it, through a library of Articles.All.
        ArticleGen.Article first = Array.IndexOf(args, "--library") >= 0
            ? new ArticleGen.ArticleLibrary(Corpus.Articles.All).Articles[0]
            : Corpus.Articles.A00001;
        int quotes = first.Quotes.Count;
        double fromMain = Stopwatch.GetElapsedTime(main).TotalMilliseconds;
        Console.WriteLine($"compiled: {first.Id} has {quotes} quotes, the first by {first.Quotes[0].SpeakerName}");
        if (Array.IndexOf(args, "--timing") >= 0)
        {
            // On request only: the process's start time costs a read of /proc and of the local time zone.
            Console.WriteLine($"first quotes {fromMain:F1} ms after Main, {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms after process start");
        }

        if (Array.IndexOf(args, "--count") >= 0)
        {
            // Keeps every article reachable, as in a real app: a trimmed (Native AOT) build would otherwise hold one.
            Console.WriteLine($"{Corpus.Articles.All.Count} articles");
        }

        """;

    private const string ResourcesProgram = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.IO;
        using System.Linq;
        using System.Reflection;
        using YamlDotNet.RepresentationModel;

        long main = Stopwatch.GetTimestamp();
        Assembly assembly = typeof(FrontMatter).Assembly;
        var articles = new List<(string Id, FrontMatter Meta, string Body)>();
        foreach (string name in assembly.GetManifestResourceNames().OrderBy(n => n, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            string text = reader.ReadToEnd();
            if (!text.StartsWith("---\n", StringComparison.Ordinal))
            {
                int line = text.IndexOf('\n');
                articles.Add((Path.GetFileNameWithoutExtension(name), new FrontMatter { Title = text[..line] }, text[(line + 1)..]));
                continue;
            }

            int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            FrontMatter meta = FrontMatter.Read(text[4..(end + 1)]);
            articles.Add((meta.Id ?? Path.GetFileNameWithoutExtension(name), meta, text[(end + 5)..]));
        }

        var first = articles[0];
        int quotes = first.Meta.Quotes.Count;
        double fromMain = Stopwatch.GetElapsedTime(main).TotalMilliseconds;
        Console.WriteLine($"resources: {articles.Count} articles; {first.Id} has {quotes} attributed quotes, the first by {first.Meta.Quotes[0].Speaker}");
        if (Array.IndexOf(args, "--timing") >= 0)
        {
            // On request only: the process's start time costs a read of /proc and of the local time zone.
            Console.WriteLine($"first quotes {fromMain:F1} ms after Main, {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms after process start");
        }

        /// <summary>
        /// The front matter, as a user would map it: read through YamlDotNet's representation model rather than its
        /// reflection-based deserializer, so that the same app also publishes with Native AOT.
        /// </summary>
        internal sealed class FrontMatter
        {
            public string? Title { get; set; }
            public string? Id { get; set; }
            public string? Source { get; set; }
            public string? Published { get; set; }
            public string? Url { get; set; }
            public List<string> Authors { get; set; } = new();
            public List<string> Tags { get; set; } = new();
            public Dictionary<string, EntityEntry> Entities { get; set; } = new();
            public List<QuoteEntry> Quotes { get; set; } = new();

            public static FrontMatter Read(string yaml)
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                var meta = new FrontMatter();
                foreach (var (key, value) in ((YamlMappingNode)stream.Documents[0].RootNode).Children)
                {
                    switch (Scalar(key))
                    {
                        case "title": meta.Title = Scalar(value); break;
                        case "id": meta.Id = Scalar(value); break;
                        case "source": meta.Source = Scalar(value); break;
                        case "published": meta.Published = Scalar(value); break;
                        case "url": meta.Url = Scalar(value); break;
                        case "authors": meta.Authors = List(value); break;
                        case "tags": meta.Tags = List(value); break;
                        case "entities":
                            foreach (var (id, entity) in ((YamlMappingNode)value).Children)
                            {
                                meta.Entities[Scalar(id)!] = EntityEntry.Read((YamlMappingNode)entity);
                            }

                            break;
                        case "quotes":
                            foreach (YamlNode quote in (YamlSequenceNode)value)
                            {
                                var fields = (YamlMappingNode)quote;
                                meta.Quotes.Add(new QuoteEntry { Text = Field(fields, "text"), Speaker = Field(fields, "speaker") });
                            }

                            break;
                    }
                }

                return meta;
            }

            internal static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

            internal static string? Field(YamlMappingNode node, string key) =>
                node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? Scalar(value) : null;

            internal static List<string> List(YamlNode node) =>
                node is YamlSequenceNode items ? items.Select(i => Scalar(i) ?? string.Empty).ToList() : new();
        }

        internal sealed class EntityEntry
        {
            public string? Name { get; set; }
            public string? Kind { get; set; }
            public List<string> Aliases { get; set; } = new();
            public string? Role { get; set; }

            public static EntityEntry Read(YamlMappingNode node) => new()
            {
                Name = FrontMatter.Field(node, "name"),
                Kind = FrontMatter.Field(node, "kind"),
                Aliases = node.Children.TryGetValue(new YamlScalarNode("aliases"), out YamlNode? aliases) ? FrontMatter.List(aliases) : new(),
                Role = FrontMatter.Field(node, "role"),
            };
        }

        internal sealed class QuoteEntry
        {
            public string? Text { get; set; }
            public string? Speaker { get; set; }
        }

        """;
}
