using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Emit;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Naming;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Resolution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Generator;

/// <summary>
/// Turns the project's articles into typed C# objects. The pipeline: parse each file into a value-equal model;
/// merge entity definitions into one table; resolve each article against it and analyse its body; emit the articles
/// in a fixed number of files (<see cref="ArticleGroups"/>), the shared entities and the <c>Articles</c> catalog. Every
/// step's output is value-equal, so an edit re-runs only what depends on it. Analysis and code depend on what the
/// files say, never on where it stands: diagnostics are placed and reported by an output of their own
/// (<see cref="DiagnosticGatherer"/>), so an edit that only moves a problem analyses and writes nothing again.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleSourceGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public static class Steps
    {
        /// <summary>An article file parsed.</summary>
        public const string Parse = "ArticleGen.Parse";

        /// <summary>An article resolved against the entity and name tables.</summary>
        public const string Resolve = "ArticleGen.Resolve";

        /// <summary>An article analysed into its model.</summary>
        public const string Analyze = "ArticleGen.Analyze";

        /// <summary>The articles spread over the generated files (<see cref="ArticleGroups"/>).</summary>
        public const string Group = "ArticleGen.Group";

        /// <summary>The entities that referenced assemblies define.</summary>
        public const string References = "ArticleGen.References";

        /// <summary>The referenced assemblies that hold articles (content partitions).</summary>
        public const string Partitions = "ArticleGen.Partitions";

        /// <summary>The compilation's entity table.</summary>
        public const string Entities = "ArticleGen.Entities";

        /// <summary>The catalog of articles.</summary>
        public const string Catalog = "ArticleGen.Catalog";

        /// <summary>Every diagnostic of the compilation, placed in its file.</summary>
        public const string Diagnostics = "ArticleGen.Diagnostics";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Combine(context.CompilationProvider.Select(static (c, _) => c.AssemblyName ?? string.Empty))
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => CreateOptions(pair.Left.Left.GlobalOptions, pair.Left.Right, pair.Right));

        // The driver walks every node over every file on every run, edit or not, so the per-file chain is kept short:
        // articles, catalogs and other files share one stream (no filter per kind), one step feeds both
        // compilation-wide tables, and the tables meet the files in one Combine.
        IncrementalValuesProvider<ParsedFile> files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) =>
            {
                AnalyzerConfigOptions fileOptions = pair.Right.GetOptions(pair.Left);
                return Guard.ParseFile(pair.Left, FileRoles.Of(pair.Left.Path, fileOptions), FileRoles.BodyResourceOf(fileOptions), ct);
            })
            .WithTrackingName(Steps.Parse);

        IncrementalValueProvider<ImmutableArray<FileIndexEntry>> index = files
            .Select(static (f, _) => FileIndexEntry.Of(f))
            .Collect();

        // Messages that name another file name it relative to the project.
        IncrementalValueProvider<string> projectDirectory = context.AnalyzerConfigOptionsProvider
            .Select(static (o, _) => o.GlobalOptions.TryGetValue(ProjectPaths.ProjectDirectoryProperty, out string? folder) ? folder : string.Empty);

        // A content partition uses the entities of the assemblies it references (a base project's catalog): read from
        // metadata on every compilation change, but into a value-equal list, so the table is built again only when they change.
        IncrementalValueProvider<EquatableArray<ReferencedEntity>> referenced = context.CompilationProvider
            .Select(static (c, ct) => Guard.ReadReferencedEntities(c, ct))
            .WithTrackingName(Steps.References);

        // Each table and its diagnostics part at once: the code depends on the table alone.
        IncrementalValueProvider<Reported<EntityTable>> checkedEntities = index
            .Combine(referenced)
            .Combine(projectDirectory)
            .Select(static (pair, ct) => Guard.BuildEntityTable(
                DistinctFiles.By(pair.Left.Left.Where(e => e.Declarations is not null).Select(e => e.Declarations!), d => d.FilePath).ToImmutableArray(),
                pair.Left.Right,
                pair.Right,
                ct))
            .WithTrackingName(Steps.Entities);
        IncrementalValueProvider<EntityTable> entityTable = checkedEntities.Select(static (t, _) => t.Value);

        // The partitions are read on every compilation change, like the entities, into an equal list: a .cs edit in the
        // app writes no catalog again.
        IncrementalValueProvider<EquatableArray<ReferencedPartition>> referencedPartitions = context.CompilationProvider
            .Select(static (c, ct) => Guard.ReadReferencedPartitions(c, ct))
            .WithTrackingName(Steps.Partitions);
        IncrementalValueProvider<Reported<EquatableArray<ReferencedPartition>>> partitions = referencedPartitions
            .Combine(options)
            .Select(static (pair, _) => PartitionSelector.Select(pair.Left, pair.Right.Namespace));

        IncrementalValueProvider<Reported<ArticleNameTable>> checkedNames = index
            .Combine(referencedPartitions)
            .Combine(projectDirectory)
            .Select(static (pair, _) => ArticleNameTableBuilder.Build(
                DistinctFiles.By(pair.Left.Left.Where(e => e.Identity is not null).Select(e => e.Identity!), i => i.FilePath).ToImmutableArray(), pair.Left.Right, pair.Right));
        IncrementalValueProvider<ArticleNameTable> nameTable = checkedNames.Select(static (t, _) => t.Value);

        // The analysis's input is what an article says, without where it stands (ArticleContent): a line added to the
        // front matter re-runs this cheap step, whose output stays equal, and the analysis is taken from the cache.
        IncrementalValueProvider<ImmutableArray<ArticleResult?>> results = files
            .Combine(entityTable.Combine(nameTable).Combine(options))
            .Select(static (pair, _) => pair.Left.Article is { } article
                ? InputResolver.Resolve(article.Content, pair.Right.Left.Left, pair.Right.Left.Right, pair.Right.Right)
                : null)
            .WithTrackingName(Steps.Resolve)
            .Select(static (input, ct) => input is null ? null : Guard.Resolve(input, ct))
            .WithTrackingName(Steps.Analyze)
            .Collect();

        IncrementalValuesProvider<ArticleGroup> groups = results
            .SelectMany(static (all, _) => ArticleGroups.Split(all))
            .WithTrackingName(Steps.Group);

        context.RegisterSourceOutput(groups, static (spc, group) =>
        {
            if (ArticleEmitter.Emit(group) is { } source)
            {
                spc.AddSource(ArticleGroups.HintName(group.Index), source);
            }
        });

        context.RegisterSourceOutput(entityTable.Combine(options), static (spc, pair) =>
        {
            if (pair.Right.LanguageSupported)
            {
                spc.AddSource(EntitiesEmitter.HintName, EntitiesEmitter.Emit(pair.Left, pair.Right));
            }
        });

        // From the groups, not from every article: a body edit re-runs one group's step, whose summaries stay equal, and
        // the catalog is not even merged again.
        IncrementalValueProvider<EquatableArray<ArticleSummary>> summaries = groups
            .Select(static (group, _) => CatalogEmitter.Summaries(group))
            .Collect()
            .Select(static (all, _) => CatalogEmitter.Merge(all))
            .WithTrackingName(Steps.Catalog);

        context.RegisterSourceOutput(summaries.Combine(partitions.Select(static (p, _) => p.Value)).Combine(options), static (spc, pair) =>
        {
            if (pair.Right.LanguageSupported)
            {
                spc.AddSource(CatalogEmitter.HintName, CatalogEmitter.Emit(pair.Left.Left, pair.Left.Right, pair.Right));
            }
        });

        context.RegisterSourceOutput(partitions.Select(static (p, _) => p.Diagnostics), static (spc, all) =>
        {
            foreach (DiagnosticInfo diagnostic in all)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Debug builds on a runtime with Hot Reload (.NET 6 and later) get the handler that forgets created articles.
        IncrementalValueProvider<bool> hotReload = context.CompilationProvider
            .Select(static (c, _) => c.Options.OptimizationLevel == OptimizationLevel.Debug
                && c.GetTypeByMetadataName("System.Reflection.Metadata.MetadataUpdateHandlerAttribute") is not null);

        context.RegisterSourceOutput(summaries.Combine(options).Combine(hotReload), static (spc, pair) =>
        {
            if (pair.Right && pair.Left.Right.LanguageSupported)
            {
                spc.AddSource(HotReloadEmitter.HintName, HotReloadEmitter.Emit(pair.Left.Left, pair.Left.Right));
            }
        });

        // The index and the results both come from the stream of files, in its order: the gatherer pairs them by position.
        IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = index
            .Combine(results)
            .Combine(checkedEntities.Select(static (t, _) => t.Diagnostics).Combine(checkedNames.Select(static (t, _) => t.Diagnostics)))
            .Select(static (all, _) => DiagnosticGatherer.Gather(all.Left.Left, all.Left.Right, all.Right.Left, all.Right.Right))
            .WithTrackingName(Steps.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (spc, all) =>
        {
            foreach (DiagnosticInfo diagnostic in all)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        IncrementalValueProvider<string?> globalUsing = context.AnalyzerConfigOptionsProvider
            .Combine(options)
            .Select(static (pair, _) => GlobalUsingOf(pair.Left.GlobalOptions, pair.Right));
        context.RegisterSourceOutput(globalUsing, static (spc, ns) =>
        {
            if (ns is not null)
            {
                spc.AddSource(GlobalUsingEmitter.HintName, GlobalUsingEmitter.Emit(ns));
            }
        });

        // Code that would not compile is not emitted at all: one diagnostic says why.
        context.RegisterSourceOutput(context.ParseOptionsProvider.Select(static (o, _) => LanguageVersionOf(o)), static (spc, version) =>
        {
            if (version < LanguageVersion.CSharp8)
            {
                spc.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooOld, SourceLocation.None, version.ToDisplayString()).ToDiagnostic());
            }
        });
    }

    private static GeneratorOptions CreateOptions(AnalyzerConfigOptions global, string assemblyName, ParseOptions parseOptions)
    {
        string? ns = global.TryGetValue("build_property.ArticleGenNamespace", out string? configured) && configured.Trim().Length > 0
            ? configured
            : global.TryGetValue("build_property.RootNamespace", out string? root) && root.Trim().Length > 0 ? root : assemblyName;
        LanguageVersion version = LanguageVersionOf(parseOptions);
        return new GeneratorOptions(NamespaceNames.Sanitize(ns), version >= LanguageVersion.CSharp8, version >= LanguageVersion.CSharp11, version >= LanguageVersion.CSharp10);
    }

    /// <summary>The namespace to import everywhere in the project, or null (see <see cref="GlobalUsingEmitter"/>).</summary>
    private static string? GlobalUsingOf(AnalyzerConfigOptions global, GeneratorOptions options)
    {
        bool wanted = !(global.TryGetValue("build_property.ArticleGenGlobalUsing", out string? value)
            && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        return wanted && options.Namespace.Length > 0 && options.GlobalUsings ? options.Namespace : null;
    }

    private static LanguageVersion LanguageVersionOf(ParseOptions options) =>
        options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
}
