using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// Every diagnostic ArticleGen reports, in one place. Ids are stable; each is documented in docs/diagnostics.md,
/// where its help link points (the repository's address comes from the build, <see cref="Emit.ThisAssembly"/>), and
/// tracked in AnalyzerReleases.*.md. Severities can be changed per project in a .globalconfig
/// (<c>dotnet_diagnostic.AG0011.severity = error</c>).
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ArticleGen";

    public static readonly DiagnosticDescriptor InternalError = Error(
        "AG0001", "ArticleGen failed on an article",
        "ArticleGen could not process this file ({0}: {1}); the other articles were generated. Please report this with the file.");

    public static readonly DiagnosticDescriptor MalformedYaml = Error(
        "AG0002", "Malformed YAML",
        "{0}; nothing of this front matter or catalog is used until its YAML reads");

    public static readonly DiagnosticDescriptor FrontMatterNotClosed = Error(
        "AG0003", "Front matter not closed",
        "The front matter opened with '---' on the first line is never closed; add a line '---' after it, before the body");

    public static readonly DiagnosticDescriptor MissingTitle = Error(
        "AG0004", "Article has no title",
        "The article has no title; add 'title: ...' to its front matter");

    public static readonly DiagnosticDescriptor UnknownField = Warning(
        "AG0005", "Unknown front-matter field",
        "Unknown field '{0}' is ignored{1}; the fields here are {2}");

    public static readonly DiagnosticDescriptor WrongFieldType = Error(
        "AG0006", "Front-matter field has the wrong type",
        "'{0}' must be {1}");

    public static readonly DiagnosticDescriptor UnknownEntityKind = Error(
        "AG0007", "Unknown entity kind",
        "Entity '{0}' has kind '{1}'{2}; use person, organization, place or other");

    public static readonly DiagnosticDescriptor IncompleteEntity = Error(
        "AG0008", "Entity definition is incomplete",
        "Entity '{0}' needs both 'name' and 'kind' (or neither, to use an entity defined in a catalog)");

    public static readonly DiagnosticDescriptor ConflictingEntity = Error(
        "AG0009", "Conflicting entity definitions",
        "Entity '{0}' is defined differently in {1}; define it once (a *.entities.yml catalog is the place for shared entities)");

    public static readonly DiagnosticDescriptor UndefinedEntity = Error(
        "AG0010", "Entity is used but never defined",
        "Entity '{0}' is used here but defined nowhere; {1}");

    public static readonly DiagnosticDescriptor QuoteNotFound = Warning(
        "AG0011", "Attributed quote not found in the body",
        "No direct quote in the body matches \"{0}\"; copy the quote's text without its marks, or a unique prefix ending in \"...\"");

    public static readonly DiagnosticDescriptor UnknownSpeaker = Error(
        "AG0012", "Unknown speaker",
        "Speaker '{0}' is not an entity of this article; {1}");

    public static readonly DiagnosticDescriptor BadDate = Error(
        "AG0013", "Unreadable date",
        "'{0}' is not an ISO 8601 date (2024-04-26) or date-time with offset (2024-04-26T09:30:00+08:00)");

    public static readonly DiagnosticDescriptor DuplicateArticleName = Error(
        "AG0014", "Two articles map to one C# name",
        "Articles '{0}' and '{1}' both become 'Articles.{2}' (names that differ only in letter case count as one); give one of them another 'id'");

    public static readonly DiagnosticDescriptor DuplicateArticleId = Error(
        "AG0015", "Duplicate article id",
        "Article id '{0}' is used by both {1} and {2}; {1}, the first by path, keeps it and {2} is left out: give one of them another 'id'");

    public static readonly DiagnosticDescriptor EmptyArticle = Warning(
        "AG0016", "Article has no body",
        "The article has no body text");

    public static readonly DiagnosticDescriptor UnbalancedQuote = Warning(
        "AG0017", "Quote mark never closed",
        "This quote mark is never closed; the quote is taken to end with its paragraph");

    public static readonly DiagnosticDescriptor DuplicateEntityName = Error(
        "AG0018", "Two entities map to one C# name",
        "Entities '{0}' and '{1}' both become '{2}'; rename one of the ids");

    public static readonly DiagnosticDescriptor AmbiguousQuote = Warning(
        "AG0019", "Attributed quote matches several quotes",
        "\"{0}\" matches {1} quotes of the body; the attribution applies to the first. Make the text longer to pick one");

    public static readonly DiagnosticDescriptor InvalidId = Error(
        "AG0020", "Invalid id",
        "'{0}' cannot be used as an id: {1}");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Error(
        "AG0021", "C# version too old for ArticleGen",
        "ArticleGen's generated code needs C# 8 or later, but this project uses C# {0}; set <LangVersion>8</LangVersion> or later (latest is fine on netstandard2.0 too)");

    public static readonly DiagnosticDescriptor PlainTextWithFrontMatter = Warning(
        "AG0022", "Plain-text article begins with front matter",
        "This .txt article begins with YAML front matter, which plain text does not have: its title is '---' and the front matter is read as body. It looks like an annotated article: rename it to .md");

    public static readonly DiagnosticDescriptor PartitionNamespaceTaken = Error(
        "AG0023", "Two projects' articles share a namespace",
        "Assembly {0} holds articles in namespace '{1}', where {2} has its Articles class already; its articles are left out of Articles.All. Give each partition its own RootNamespace (or ArticleGenNamespace)");

    public static readonly DiagnosticDescriptor EntityInTwoAssemblies = Warning(
        "AG0024", "Entity defined by two referenced assemblies",
        "Entity '{0}' is defined by both assembly {1} and assembly {2}, so each has an object of its own; this project uses {1}'s. Define it once, in a base project both reference");

    public static readonly DiagnosticDescriptor ArticleIdInTwoAssemblies = Warning(
        "AG0025", "Article id used in two assemblies",
        "Article id '{0}' is used by both {1} and {2}; Articles.All holds both, and ArticleLibrary.FindArticle finds {1}'s. Give one of them another 'id'");

    private static readonly Dictionary<string, DiagnosticDescriptor> ByIdMap = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    /// <summary>All descriptors, ordered by id.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ByIdMap.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal);

    public static DiagnosticDescriptor ById(string id) => ByIdMap[id];

    /// <summary>The section of docs/diagnostics.md that explains <paramref name="id"/>.</summary>
    public static string HelpLink(string id) => Emit.ThisAssembly.RepositoryUrl + "/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant();

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink(id));
}
