using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Naming;

namespace ArticleGen.Generator.Resolution;

/// <summary>
/// Finds articles that share an id or a C# name. The first by file path keeps it; the others are reported and
/// left out, so the generated code never defines one name twice. A shared id is reported on both files, each message
/// naming both by their paths in the project (<see cref="ProjectPaths"/>). An id that a referenced partition uses too
/// is reported at the article, which stays: the two are in different assemblies and namespaces.
/// </summary>
internal static class ArticleNameTableBuilder
{
    public static Reported<ArticleNameTable> Build(ImmutableArray<ArticleIdentity> articles, EquatableArray<ReferencedPartition> partitions, string projectDirectory)
    {
        var referenced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ReferencedPartition partition in partitions)
        {
            foreach (string id in partition.Ids)
            {
                if (!referenced.ContainsKey(id))
                {
                    referenced.Add(id, partition.AssemblyName);
                }
            }
        }

        var ids = new Dictionary<string, ArticleIdentity>(StringComparer.Ordinal);
        // Each article's file is named after its C# name, and generated file names are compared ignoring case.
        var names = new Dictionary<string, ArticleIdentity>(StringComparer.OrdinalIgnoreCase);
        ImmutableArray<string>.Builder excluded = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (ArticleIdentity article in articles.OrderBy(a => a.FilePath, StringComparer.Ordinal))
        {
            string name = ArticleNames.MemberName(article.Id);
            if (ids.TryGetValue(article.Id, out ArticleIdentity? first))
            {
                string kept = ProjectPaths.Relative(first.FilePath, projectDirectory);
                string left = ProjectPaths.Relative(article.FilePath, projectDirectory);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateArticleId, first.IdLocation, article.Id, kept, left));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateArticleId, article.IdLocation, article.Id, kept, left));
                excluded.Add(article.FilePath);
            }
            else if (names.TryGetValue(name, out first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateArticleName, article.IdLocation, first.Id, article.Id, ArticleNames.MemberName(first.Id)));
                excluded.Add(article.FilePath);
            }
            else
            {
                ids.Add(article.Id, article);
                names.Add(name, article);
                if (referenced.TryGetValue(article.Id, out string? assembly))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ArticleIdInTwoAssemblies, article.IdLocation, article.Id, "assembly " + assembly, "this project's " + ProjectPaths.Relative(article.FilePath, projectDirectory)));
                }
            }
        }

        return new Reported<ArticleNameTable>(new ArticleNameTable(excluded.ToImmutable().ToEquatableArray()), diagnostics.ToImmutable().ToEquatableArray());
    }
}
