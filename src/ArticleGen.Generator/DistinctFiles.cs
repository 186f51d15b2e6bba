using System;
using System.Collections.Generic;

namespace ArticleGen.Generator;

/// <summary>
/// Counts each additional file once where all files meet: in the compilation-wide tables (here) and in the article
/// groups (<see cref="Emit.ArticleGroups"/>, by sort key, the catalog following them). Roslyn's driver can hand the
/// pipeline one file twice: when a run sees as many files as the last one, it pairs a file it no longer finds with the
/// input at the same index, and after a run that both added and replaced files that input can be a file it already
/// holds (roslyn <c>InputNode.UpdateStateTable</c>). Left alone, the article would be written twice, or reported as its
/// own duplicate. A project that lists one file twice gets the same treatment.
/// </summary>
internal static class DistinctFiles
{
    /// <summary>The items in order, without those whose file was seen before; items of no file are kept.</summary>
    public static IEnumerable<T> By<T>(IEnumerable<T> items, Func<T, string?> filePath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (T item in items)
        {
            if (filePath(item) is not { } path || seen.Add(path))
            {
                yield return item;
            }
        }
    }
}
