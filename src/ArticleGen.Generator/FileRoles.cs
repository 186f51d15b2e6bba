using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Generator;

/// <summary>What an additional file is to ArticleGen.</summary>
internal enum FileRole
{
    None,
    Article,
    Catalog,
}

/// <summary>Tells articles and catalogs from the project's other additional files, by the item that declared them.</summary>
internal static class FileRoles
{
    private const string CatalogSuffix = ".entities.yml";

    public static FileRole Of(string path, AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue("build_metadata.AdditionalFiles.ArticleGenRole", out string? role))
        {
            return FileRole.None;
        }

        return role switch
        {
            "entities" => FileRole.Catalog,
            "article" => path.EndsWith(CatalogSuffix, StringComparison.OrdinalIgnoreCase) ? FileRole.Catalog : FileRole.Article,
            _ => FileRole.None,
        };
    }

    /// <summary>The resource name under which ArticleGen.targets embeds an article file, or null when it does not.</summary>
    public static string? BodyResourceOf(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_metadata.AdditionalFiles.ArticleGenResource", out string? name) && name.Length > 0 ? name : null;
}
