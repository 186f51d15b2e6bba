using System.Globalization;
using System.IO;
using System.Linq;

namespace ArticleGen.Corpus;

/// <summary>
/// Writes a corpus laid out as docs/scale-out.md says: a base project <c>World</c> with the shared catalog, partitions
/// <c>P01</c>, <c>P02</c>... of the same number of articles each (article numbers run on from one partition to the
/// next, so ids are unique), and an app <c>App</c> that references them all and prints the count of
/// <c>Articles.All</c> and the last article, to build with <c>dotnet build -m App</c>.
/// </summary>
public static class PartitionedCorpusProject
{
    /// <summary>Writes the projects into <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder of the layout (created).</param>
    /// <param name="partitions">How many partitions.</param>
    /// <param name="articlesPerPartition">How many articles each holds.</param>
    /// <param name="repositoryRoot">The ArticleGen repository, whose src/ projects are referenced.</param>
    public static void Write(string directory, int partitions, int articlesPerPartition, string repositoryRoot)
    {
        string src = Path.GetFullPath(Path.Combine(repositoryRoot, "src"));
        string world = Path.Combine(directory, "World");
        CorpusMaker.WriteTo(world, CorpusMaker.Make(0));
        File.WriteAllText(Path.Combine(world, "World.csproj"), Project("Library", "World", src, "<ArticleEntities Include=\"*.entities.yml\" />"));
        for (int p = 1; p <= partitions; p++)
        {
            string name = PartitionName(p);
            string folder = Path.Combine(directory, name);
            int first = ((p - 1) * articlesPerPartition) + 1;
            CorpusMaker.WriteTo(folder, Enumerable.Range(first, articlesPerPartition).Select(n => CorpusMaker.Article(n)));
            File.WriteAllText(Path.Combine(folder, name + ".csproj"), Project(
                "Library", name, src, "<Article Include=\"articles/*.md;articles/*.txt\" />\n    <ProjectReference Include=\"../World/World.csproj\" />"));
        }

        string app = Path.Combine(directory, "App");
        Directory.CreateDirectory(app);
        string references = string.Join("\n    ", Enumerable.Range(1, partitions).Select(p => $"<ProjectReference Include=\"../{PartitionName(p)}/{PartitionName(p)}.csproj\" />"));
        File.WriteAllText(Path.Combine(app, "App.csproj"), Project("Exe", "App", src, references));
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using System;

            var all = App.Articles.All;
            var last = all[all.Count - 1];
            Console.WriteLine($"{all.Count} articles; the last, {last.Id}, has {last.Quotes.Count} quotes");

            """);
        File.WriteAllText(Path.Combine(directory, "README.txt"), string.Format(
            CultureInfo.InvariantCulture,
            "{0} partitions of {1} articles, written by ArticleGen.Corpus.PartitionedCorpusProject. Build: dotnet build -m -c Release App\n",
            partitions,
            articlesPerPartition));
    }

    /// <summary>The name of partition number <paramref name="number"/> (<c>P01</c>): its project, assembly and namespace.</summary>
    public static string PartitionName(int number) => "P" + number.ToString("D2", CultureInfo.InvariantCulture);

    private static string Project(string outputType, string ns, string src, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <RootNamespace>{ns}</RootNamespace>
          </PropertyGroup>
          <Import Project="{src}/ArticleGen/build/ArticleGen.props" />
          <ItemGroup>
            <ProjectReference Include="{src}/ArticleGen/ArticleGen.csproj" />
            <ProjectReference Include="{src}/ArticleGen.Generator/ArticleGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            {items}
          </ItemGroup>
          <Import Project="{src}/ArticleGen/build/ArticleGen.targets" />
        </Project>

        """;
}
