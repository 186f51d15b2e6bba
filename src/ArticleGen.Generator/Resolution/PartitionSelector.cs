using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Resolution;

/// <summary>
/// The referenced partitions <c>Articles.All</c> composes: each must have its <c>Articles</c> class in a namespace of
/// its own, or the generated code could not name it. A partition whose namespace is this project's or an earlier
/// partition's (in assembly name order) is left out and diagnosed; an article id that two partitions use is diagnosed.
/// </summary>
internal static class PartitionSelector
{
    public static Reported<EquatableArray<ReferencedPartition>> Select(EquatableArray<ReferencedPartition> referenced, string ownNamespace)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal) { [ownNamespace] = "this project" };
        var articleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        ImmutableArray<ReferencedPartition>.Builder selected = ImmutableArray.CreateBuilder<ReferencedPartition>();
        ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (ReferencedPartition partition in referenced)
        {
            if (owners.TryGetValue(partition.Namespace, out string? owner))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.PartitionNamespaceTaken, SourceLocation.None, partition.AssemblyName, partition.Namespace, owner));
                continue;
            }

            owners.Add(partition.Namespace, "assembly " + partition.AssemblyName);
            selected.Add(partition);
            foreach (string id in partition.Ids)
            {
                if (articleIds.TryGetValue(id, out string? first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ArticleIdInTwoAssemblies, SourceLocation.None, id, "assembly " + first, "assembly " + partition.AssemblyName));
                }
                else
                {
                    articleIds.Add(id, partition.AssemblyName);
                }
            }
        }

        return new Reported<EquatableArray<ReferencedPartition>>(selected.ToImmutable().ToEquatableArray(), diagnostics.ToImmutable().ToEquatableArray());
    }
}
