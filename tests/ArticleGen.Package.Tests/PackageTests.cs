using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Xunit;

namespace ArticleGen.Package.Tests;

/// <summary>The one ArticleGen package, got as the README says: its version, its layout, and projects that reference only it.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageTests(PackageFixture package)
{
    [Fact]
    public void The_readme_commands_pack_the_package_and_add_it_to_a_new_project_with_a_version_of_its_own()
    {
        Assert.True(package.Succeeded(out string report), report);
        Assert.True(package.Steps.Count <= 3, "The README gets the package in at most three commands.");

        // The version is the time of the pack: no earlier pack had it, so NuGet's cache cannot hold a stale package under it.
        Match version = Regex.Match(package.Version, @"^0\.1\.0-local\.(\d{14})$");
        Assert.True(version.Success, package.Version);
        string stamp = version.Groups[1].Value;
        Assert.InRange(string.CompareOrdinal(stamp, PackageFixture.Stamp(package.Started.AddSeconds(-1))), 0, int.MaxValue);
        Assert.InRange(string.CompareOrdinal(stamp, PackageFixture.Stamp(package.Finished.AddSeconds(1))), int.MinValue, 0);
        string project = File.ReadAllText(Path.Combine(package.Root, "MyNews", "MyNews.csproj"));
        Assert.Contains($"<PackageReference Include=\"ArticleGen\" Version=\"{package.Version}\" />", project, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_holds_the_runtime_and_only_the_generator_under_analyzers()
    {
        Assert.True(package.Succeeded(out string report), report);
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath!);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/netstandard2.0/ArticleGen.dll", entries);
        Assert.Contains("lib/net8.0/ArticleGen.dll", entries);
        Assert.Contains("lib/net8.0/ArticleGen.xml", entries);
        Assert.Contains("buildTransitive/ArticleGen.props", entries);
        Assert.Contains("buildTransitive/ArticleGen.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.Equal(["analyzers/dotnet/cs/ArticleGen.Generator.dll"], entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));

        // The generator's own dependencies travel inside it; users must not inherit them.
        string manifest = Read(zip, zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).FullName);
        Assert.DoesNotContain("YamlDotNet", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_carries_YamlDotNet_under_a_private_name()
    {
        Assert.True(package.Succeeded(out string report), report);
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath!);
        using var generator = new MemoryStream();
        using (Stream entry = zip.GetEntry("analyzers/dotnet/cs/ArticleGen.Generator.dll")!.Open())
        {
            entry.CopyTo(generator);
        }

        generator.Position = 0;
        using var pe = new PEReader(generator);
        MetadataReader metadata = pe.GetMetadataReader();
        string[] references = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).ToArray();
        string[] resources = metadata.ManifestResources.Select(r => metadata.GetString(metadata.GetManifestResource(r).Name)).ToArray();
        Assert.Contains("ArticleGen.Generator.YamlDotNet", references);
        Assert.DoesNotContain("YamlDotNet", references);
        Assert.Contains("ArticleGen.Generator.YamlDotNet.dll", resources);
    }

    [Fact]
    public void The_package_has_its_repository_project_url_licence_and_a_readme_with_absolute_links()
    {
        Assert.True(package.Succeeded(out string report), report);
        string repository = Regex.Match(File.ReadAllText(Path.Combine(PackageFixture.RepositoryRoot, "Directory.Build.props")), "<RepositoryUrl>([^<]+)</RepositoryUrl>").Groups[1].Value;
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath!);
        string manifest = Read(zip, zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).FullName);
        Assert.Contains("<license type=\"expression\">MIT</license>", manifest, StringComparison.Ordinal);
        Assert.Contains($"<projectUrl>{repository}</projectUrl>", manifest, StringComparison.Ordinal);
        Assert.Contains($"<repository type=\"git\" url=\"{repository}\"", manifest, StringComparison.Ordinal);

        string readme = Read(zip, "README.md");
        string[] links = Regex.Matches(readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(repository + "/blob/main/", link, StringComparison.Ordinal));
        Assert.Contains($"({repository}/blob/main/docs/diagnostics.md)", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_with_warnings_as_errors_and_a_catalog_builds_and_runs_its_articles()
    {
        Assert.True(package.Succeeded(out string report), report);
        string project = Path.Combine(package.Root, "consumer");
        Directory.CreateDirectory(Path.Combine(project, "articles"));
        string seeds = Path.Combine(PackageFixture.RepositoryRoot, "seeds");
        File.Copy(Path.Combine(seeds, "blinken-meets-wang-yi.md"), Path.Combine(project, "articles", "blinken-meets-wang-yi.md"));
        File.Copy(Path.Combine(seeds, "world.entities.yml"), Path.Combine(project, "articles", "world.entities.yml"));
        WriteNuGetConfig(project);
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

        (int exitCode, string output) = DotNet.Run(project, package.Environment, "run", "-c", "Release");

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

    [Fact]
    public void Articles_and_catalogs_are_watch_items_so_that_dotnet_watch_sees_an_article_edit()
    {
        Assert.True(package.Succeeded(out string report), report);
        string project = Path.Combine(package.Root, "watched");
        Directory.CreateDirectory(project);
        WriteNuGetConfig(project);
        File.WriteAllText(Path.Combine(project, "Watched.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ArticleGen" Version="{package.Version}" />
              </ItemGroup>
              <ItemGroup>
                <Article Include="articles/one.md" />
                <ArticleEntities Include="world.entities.yml" />
              </ItemGroup>
            </Project>
            """);

        (int restored, string restoreOutput) = DotNet.Run(project, package.Environment, "restore");
        Assert.True(restored == 0, restoreOutput);
        (int exitCode, string output) = DotNet.Run(project, package.Environment, "msbuild", "-getItem:Watch");
        Assert.True(exitCode == 0, output);

        using JsonDocument items = JsonDocument.Parse(output);
        string[] watched = items.RootElement.GetProperty("Items").GetProperty("Watch").EnumerateArray()
            .Select(i => i.GetProperty("Identity").GetString()!.Replace('\\', '/')).ToArray();
        Assert.Equal(new[] { "articles/one.md", "world.entities.yml" }, watched);
    }

    /// <summary>
    /// dotnet watch (Debug) applies an article edit to the running program as a Hot Reload delta, and the generated
    /// handler makes the program see it: the edited title and body appear without a restart.
    /// </summary>
    [Fact]
    public void An_article_edit_reaches_a_running_debug_app_through_hot_reload()
    {
        Assert.True(package.Succeeded(out string report), report);
        string project = Path.Combine(package.Root, "hotreload");
        Directory.CreateDirectory(Path.Combine(project, "articles"));
        WriteNuGetConfig(project);
        File.WriteAllText(Path.Combine(project, "HotReloaded.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>HotReloaded</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ArticleGen" Version="{package.Version}" />
                <Article Include="articles/*.md" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            System.Console.WriteLine("started");
            for (int i = 0; i < 1200; i++)
            {
                System.Console.WriteLine($"now: {HotReloaded.Articles.Watched.Title} | {HotReloaded.Articles.Watched.Body.Trim()}");
                System.Threading.Thread.Sleep(250);
            }
            """);
        string article = Path.Combine(project, "articles", "watched.md");
        File.WriteAllText(article, "---\ntitle: Before\n---\nThe first body.\n");
        (int restored, string restoreOutput) = DotNet.Run(project, package.Environment, "restore");
        Assert.True(restored == 0, restoreOutput);

        using var running = new ManualResetEventSlim();
        using var watching = new ManualResetEventSlim();
        using var updated = new ManualResetEventSlim();
        using Process watch = DotNet.Start(project, package.Environment, new[] { "watch", "run", "--non-interactive", "--no-restore" }, out StringBuilder output, line =>
        {
            if (line.StartsWith("now: Before | The first body.", StringComparison.Ordinal))
            {
                running.Set();
            }
            else if (line.Contains("Waiting for changes", StringComparison.Ordinal))
            {
                watching.Set();
            }
            else if (line.StartsWith("now: After | The edited body.", StringComparison.Ordinal))
            {
                updated.Set();
            }
        });
        try
        {
            Assert.True(running.Wait(TimeSpan.FromMinutes(4)) && watching.Wait(TimeSpan.FromMinutes(1)), "The app did not start under dotnet watch:\n" + output);
            Thread.Sleep(TimeSpan.FromSeconds(2)); // the file watcher starts just after dotnet watch says it waits
            File.WriteAllText(article, "---\ntitle: After\n---\nThe edited body.\n");
            Assert.True(updated.Wait(TimeSpan.FromMinutes(3)), "The edit did not reach the running app:\n" + output);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            watch.WaitForExit();
        }

        string log = output.ToString();
        Assert.Single(log.Split('\n'), l => l.TrimEnd() == "started");
        Assert.Contains("changes applied", log, StringComparison.Ordinal);
    }

    /// <summary>
    /// A nuget.config that finds the package in the fixture's feed, any <paramref name="feeds"/> of the test's own
    /// (packed partitions), and their dependencies on nuget.org.
    /// </summary>
    private void WriteNuGetConfig(string project, params string[] feeds) =>
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.Feed}" />
            {string.Concat(feeds.Select((feed, i) => $"    <add key=\"feed{i}\" value=\"{feed}\" />\n"))}    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

    /// <summary>
    /// A base project with the catalog, a content partition with an article that uses its entities by id, and an app
    /// over both, all on the package through ProjectReference: one object per entity in the three assemblies.
    /// </summary>
    [Fact]
    public void A_partition_over_a_base_project_shares_its_entity_objects_with_the_app()
    {
        Assert.True(package.Succeeded(out string report), report);
        string root = Path.Combine(package.Root, "partitions");
        Directory.CreateDirectory(root);
        WriteNuGetConfig(root);
        Write(root, "World/World.csproj", Project("Library", "<ArticleEntities Include=\"*.entities.yml\" />", $"<PackageReference Include=\"ArticleGen\" Version=\"{package.Version}\" />"));
        File.Copy(Path.Combine(PackageFixture.RepositoryRoot, "seeds", "world.entities.yml"), Path.Combine(root, "World", "world.entities.yml"));
        Write(root, "News2024/News2024.csproj", Project("Library", "<Article Include=\"articles/*.md\" />", "<ProjectReference Include=\"../World/World.csproj\" />"));
        Write(root, "News2024/articles/wang-in-beijing.md", """
            ---
            title: Wang Yi in Beijing
            id: wang-in-beijing
            entities:
              wang-yi: {}
              beijing: {}
            ---
            Wang Yi spoke in Beijing. "We are ready," Wang said.
            """);
        Write(root, "App/App.csproj", Project("Exe", string.Empty, "<ProjectReference Include=\"../News2024/News2024.csproj\" />"));
        Write(root, "App/Program.cs", """
            using System;

            var article = News2024.Articles.WangInBeijing;
            Console.WriteLine($"entity: {ReferenceEquals(article.Entities.WangYi, World.People.WangYi)}");
            Console.WriteLine($"mention: {ReferenceEquals(article.Mentions[0].Entity, World.People.WangYi)}");
            Console.WriteLine($"quote: {article.Quotes[0].Speaker?.Id}");
            """);

        (int exitCode, string output) = DotNet.Run(root, package.Environment, "run", "--project", "App", "-c", "Release");

        Assert.True(exitCode == 0, output);
        Assert.Contains("entity: True", output, StringComparison.Ordinal);
        Assert.Contains("mention: True", output, StringComparison.Ordinal);
        Assert.Contains("quote: wang-yi", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A base and two partitions packed as NuGet packages (one <c>dotnet pack</c> of a solution), and an app that
    /// references the partitions as packages: its <c>Articles.All</c> spans both, queries reach across them, and a
    /// partition's assembly is loaded only when one of its articles is reached.
    /// </summary>
    [Fact]
    public void Partitions_packed_as_packages_meet_in_an_app_that_queries_across_them()
    {
        Assert.True(package.Succeeded(out string report), report);
        string root = Path.Combine(package.Root, "packed");
        string feed = Path.Combine(root, "feed");
        WritePartitions(root, $"<PackageReference Include=\"ArticleGen\" Version=\"{package.Version}\" />", packable: true);
        WriteNuGetConfig(root);
        Write(root, "Partitions.slnx", """
            <Solution>
              <Project Path="World/World.csproj" />
              <Project Path="News2024/News2024.csproj" />
              <Project Path="News2025/News2025.csproj" />
            </Solution>
            """);
        (int packed, string packOutput) = DotNet.Run(root, package.Environment, "pack", "Partitions.slnx", "-c", "Release", "-o", feed);
        Assert.True(packed == 0, packOutput);
        Assert.Equal(
            new[] { "PartitionTest.News2024.1.0.0-test.nupkg", "PartitionTest.News2025.1.0.0-test.nupkg", "PartitionTest.World.1.0.0-test.nupkg" },
            Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The app is elsewhere and knows the partitions only as packages.
        string app = Path.Combine(root, "app");
        Directory.CreateDirectory(app);
        WriteNuGetConfig(app, feed);
        Write(app, "App.csproj", Project("Exe", string.Empty, """
            <PackageReference Include="PartitionTest.News2024" Version="1.0.0-test" />
                <PackageReference Include="PartitionTest.News2025" Version="1.0.0-test" />
            """));
        Write(app, "Program.cs", AcrossPartitionsProgram);

        (int exitCode, string output) = DotNet.Run(app, package.Environment, "run", "-c", "Release");

        Assert.True(exitCode == 0, output);
        Assert.Contains("count: 2, loaded: none", output, StringComparison.Ordinal);
        Assert.Contains("second: beijing-again, loaded: News2025", output, StringComparison.Ordinal);
        Assert.Contains("mentioning wang-yi: wang-in-beijing, beijing-again", output, StringComparison.Ordinal);
        Assert.Contains("one object: True", output, StringComparison.Ordinal);
        Assert.Contains("search again: beijing-again", output, StringComparison.Ordinal);
        Assert.Contains("timeline: wang-in-beijing, beijing-again", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// A base, two partitions and an app by ProjectReference, built with <c>-m</c>; an article body edited in one
    /// partition; the second build's log shows, by MSBuild's own up-to-date checks, that only the edited partition is
    /// compiled again: the base, the other partition and the app skip CoreCompile.
    /// </summary>
    [Fact]
    public void An_article_body_edit_in_one_partition_compiles_that_partition_alone_and_the_app_runs_the_edit()
    {
        Assert.True(package.Succeeded(out string report), report);
        string root = WriteArchive("rebuild");
        (int built, string first) = BuildArchive(root);
        Assert.True(built == 0, first);
        Assert.Equal(new[] { "App", "News2024", "News2025", "World" }, CompiledProjects(first));

        string article = Path.Combine(root, "News2024", "articles", "wang-in-beijing.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("spoke in Beijing", "spoke at length in Beijing", StringComparison.Ordinal));
        (int rebuilt, string second) = BuildArchive(root, "--no-restore");

        Assert.True(rebuilt == 0, second);

        // The body comes from the embedded article file and the moved spans are a string literal in News2024's code, so
        // its reference assembly is byte for byte what it was and the app's CoreCompile is up to date (docs/scale-out.md).
        Assert.Equal(new[] { "News2024" }, CompiledProjects(second));
        Assert.Equal(new[] { "App", "News2025", "World" }, SkippedCompiles(second));
        (int ran, string output) = DotNet.Run(root, package.Environment, "run", "--project", "App", "-c", "Release", "--no-build");
        Assert.True(ran == 0, output);
        Assert.Contains("first body: Wang Yi spoke at length in Beijing. \"We are ready,\" Wang said.\n", output, StringComparison.Ordinal);

        // The quote and the mention after the edit moved: their spans are the rebuilt partition's, read from its code.
        Assert.Contains("first spans: We are ready | Beijing\n", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// In a git repository, a commit that changes no article compiles no library of articles again: the SDK writes the
    /// commit id into each assembly's informational version, which reference assemblies keep, and the package leaves it
    /// out of libraries. The app, an executable, keeps its commit id, so it is compiled again: the commit was seen.
    /// </summary>
    [Fact]
    public void A_commit_that_changes_no_article_compiles_no_partition_again()
    {
        Assert.True(package.Succeeded(out string report), report);
        string root = WriteArchive("commit");
        Git(root, "init", "-q");
        Git(root, "add", "-A");
        Git(root, "commit", "-q", "-m", "The archive");
        (int built, string first) = BuildArchive(root);
        Assert.True(built == 0, first);

        File.WriteAllText(Path.Combine(root, "README.md"), "The archive.\n");
        Git(root, "add", "README.md");
        Git(root, "commit", "-q", "-m", "A readme");
        (int rebuilt, string second) = BuildArchive(root, "--no-restore");

        Assert.True(rebuilt == 0, second);
        Assert.Equal(new[] { "News2024", "News2025", "World" }, SkippedCompiles(second));
        Assert.Equal(new[] { "App" }, CompiledProjects(second));
    }

    /// <summary>A base, two partitions and an app over both by ProjectReference, on the packed package, in a folder of <see cref="PackageFixture.Root"/>.</summary>
    private string WriteArchive(string name)
    {
        string root = Path.Combine(package.Root, name);
        WritePartitions(root, $"<PackageReference Include=\"ArticleGen\" Version=\"{package.Version}\" />", packable: false);
        WriteNuGetConfig(root);
        Write(root, "App/App.csproj", Project("Exe", string.Empty, """
            <ProjectReference Include="../News2024/News2024.csproj" />
                <ProjectReference Include="../News2025/News2025.csproj" />
            """));
        Write(root, "App/Program.cs", AcrossPartitionsProgram);
        return root;
    }

    /// <summary>Builds the archive's app and what it references, two projects at a time, with a log that names each compile.</summary>
    private (int ExitCode, string Log) BuildArchive(string root, params string[] more) =>
        DotNet.Run(root, package.Environment, ["build", "App/App.csproj", "-c", "Release", "-m", "-tl:off", "-v:n", .. more]);

    /// <summary>Runs git in <paramref name="directory"/> with a fixed author, and requires it to succeed.</summary>
    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { "-c", "user.name=ArticleGen tests", "-c", "user.email=tests@articlegen.invalid", "-c", "commit.gpgsign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using Process git = Process.Start(start)!;
        string output = git.StandardOutput.ReadToEnd() + git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "git " + string.Join(" ", arguments) + ": " + output);
    }

    /// <summary>What both partition tests' app prints: what is loaded when, and queries over both partitions.</summary>
    private const string AcrossPartitionsProgram = """
        using System;
        using System.Linq;
        using ArticleGen;

        static string Loaded() =>
            string.Join(", ", AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name!).Where(n => n.StartsWith("News", StringComparison.Ordinal)).Order()) is { Length: > 0 } names ? names : "none";

        var all = App.Articles.All;
        var library = new ArticleLibrary(all);
        Console.WriteLine($"count: {all.Count}, loaded: {Loaded()}");
        Console.WriteLine($"second: {all[1].Id}, loaded: {Loaded()}");
        Entity wang = library.FindEntity("wang-yi")!;
        Console.WriteLine($"mentioning wang-yi: {string.Join(", ", library.ArticlesMentioning(wang).Select(a => a.Id))}");
        Console.WriteLine($"one object: {ReferenceEquals(wang, World.People.WangYi)}");
        Console.WriteLine($"search again: {string.Join(", ", library.Search("again").Select(h => h.Article.Id))}");
        Console.WriteLine($"timeline: {string.Join(", ", library.Timeline.Select(a => a.Id))}");
        Console.WriteLine($"first body: {all[0].Paragraphs[0].Text}");
        Console.WriteLine($"first spans: {all[0].Quotes[0].Text} | {all[0].Mentions.Single(m => m.Entity.Id == "beijing").Text}");
        """;

    /// <summary>A base project with the catalog and two partitions, News2024 and News2025, each with one article that uses it.</summary>
    private static void WritePartitions(string root, string articleGen, bool packable)
    {
        // Package ids of their own, so that no package of nuget.org can stand in for them.
        string Packing(string name) => packable ? $"<PackageId>PartitionTest.{name}</PackageId><Version>1.0.0-test</Version>" : string.Empty;
        Write(root, "World/World.csproj", Project("Library", "<ArticleEntities Include=\"*.entities.yml\" />", articleGen, Packing("World")));
        File.Copy(Path.Combine(PackageFixture.RepositoryRoot, "seeds", "world.entities.yml"), Path.Combine(root, "World", "world.entities.yml"));
        foreach (string name in new[] { "News2024", "News2025" })
        {
            Write(root, $"{name}/{name}.csproj", Project("Library", "<Article Include=\"articles/*.md\" />", "<ProjectReference Include=\"../World/World.csproj\" />", Packing(name)));
        }

        Write(root, "News2024/articles/wang-in-beijing.md", """
            ---
            title: Wang Yi in Beijing
            id: wang-in-beijing
            published: 2024-05-01
            entities:
              wang-yi: {}
              beijing: {}
            ---
            Wang Yi spoke in Beijing. "We are ready," Wang said.
            """);
        Write(root, "News2025/articles/beijing-again.md", """
            ---
            title: Beijing again
            id: beijing-again
            published: 2025-03-01
            entities:
              wang-yi: {}
            ---
            Wang Yi came back to Beijing again.
            """);
    }

    /// <summary>
    /// The projects whose CoreCompile ran the compiler, in a <c>-v:n</c> build log: it logs the compiler's command line
    /// (the target's name is logged for a skipped target too).
    /// </summary>
    private static string[] CompiledProjects(string log) => ProjectsWhere(log, line => Regex.IsMatch(line, @"(^|/)csc(\.dll|\.exe)? /noconfig "));

    /// <summary>The projects whose CoreCompile MSBuild skipped because its outputs were newer than its inputs.</summary>
    private static string[] SkippedCompiles(string log) =>
        ProjectsWhere(log, line => line.StartsWith("Skipping target \"CoreCompile\" because all output files are up-to-date", StringComparison.Ordinal));

    /// <summary>
    /// The projects that logged a line: the console logger prefixes a line with its project's number ("3>") when the
    /// project differs from the previous line's, and names each number where a project starts building it
    /// ("... is building "/x/World/World.csproj" (3:8) ...").
    /// </summary>
    private static string[] ProjectsWhere(string log, Func<string, bool> wanted)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        string current = string.Empty;
        foreach (string raw in log.Split('\n'))
        {
            Match prefixed = Regex.Match(raw, @"^\s*(\d+)(?::\d+)?>(.*)$");
            string line = (prefixed.Success ? prefixed.Groups[2].Value : raw).Trim();
            if (prefixed.Success)
            {
                current = prefixed.Groups[1].Value;
            }

            Match start = Regex.Match(line, @"^Project ""([^""]+)"" (?:on node|\(\d+(?::\d+)?\) is building ""([^""]+)"" \((\d+))");
            if (start.Success)
            {
                names[start.Groups[3].Success ? start.Groups[3].Value : current] = Path.GetFileNameWithoutExtension(start.Groups[2].Success ? start.Groups[2].Value : start.Groups[1].Value);
            }

            if (wanted(line))
            {
                found.Add(names.TryGetValue(current, out string? name) ? name : "project " + current);
            }
        }

        return found.ToArray();
    }

    private static string Project(string outputType, string items, string reference, string properties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>{properties}
          </PropertyGroup>
          <ItemGroup>
            {items}
            {reference}
          </ItemGroup>
        </Project>
        """;

    private static void Write(string root, string path, string text)
    {
        string file = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
