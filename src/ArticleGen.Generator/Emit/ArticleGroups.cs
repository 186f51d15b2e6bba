using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Which generated file holds an article. Roslyn's generator driver re-adds every output of a generator on every run,
/// checking each hint name against all those added before it (a linear scan each time), so one file per article costs
/// a time quadratic in the number of articles on every run, edit or not: 0.25-0.7 s at 10,000 articles. Articles are
/// spread instead over a fixed number of files by a stable hash of their class name: a file is regenerated only when
/// one of its own articles changes, and adding an article never moves another one.
/// </summary>
internal static class ArticleGroups
{
    /// <summary>Files for all articles: about 40 articles each at 10,000, one article each in a small project.</summary>
    public const int Count = 256;

    /// <summary>The file holding the article whose class is <paramref name="className"/>.</summary>
    public static int Of(string className)
    {
        // FNV-1a over the UTF-16 code units: the same index on every machine, runtime and culture.
        uint hash = 2166136261;
        foreach (char c in className)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return (int)(hash % Count);
    }

    public static string HintName(int index) => "Articles." + index.ToString("D3", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>
    /// Every group, empty ones included, so that each keeps its position between runs and the driver compares it with
    /// its own previous value: an unchanged group is cached, whatever happens to the others. Results without a model
    /// (files that are no articles, articles without code) are skipped: their findings are reported apart. Runs on
    /// every edit over every article, so it buckets in two passes over one array and sorts only within a group.
    /// </summary>
    public static ImmutableArray<ArticleGroup> Split(ImmutableArray<ArticleResult?> results)
    {
        // Counting sort by group: ends[g] is where group g ends in the shared array.
        var ends = new int[Count];
        foreach (ArticleResult? result in results)
        {
            if (result is { Group: >= 0 })
            {
                ends[result.Group]++;
            }
        }

        for (int g = 1; g < Count; g++)
        {
            ends[g] += ends[g - 1];
        }

        var ordered = new ArticleModel[ends[Count - 1]];
        var next = new int[Count];
        for (int g = 1; g < Count; g++)
        {
            next[g] = ends[g - 1];
        }

        foreach (ArticleResult? result in results)
        {
            if (result is { Group: >= 0 })
            {
                ordered[next[result.Group]++] = result.Model!;
            }
        }

        var groups = ImmutableArray.CreateBuilder<ArticleGroup>(Count);
        for (int g = 0, start = 0; g < Count; start = ends[g], g++)
        {
            groups.Add(new ArticleGroup(g, Members(ordered, start, ends[g] - start)));
        }

        return groups.MoveToImmutable();
    }

    private static EquatableArray<ArticleModel> Members(ArticleModel[] ordered, int start, int length)
    {
        if (length == 0)
        {
            return EquatableArray<ArticleModel>.Empty;
        }

        Array.Sort(ordered, start, length, ClassNameOrder.Instance);
        ImmutableArray<ArticleModel>.Builder members = ImmutableArray.CreateBuilder<ArticleModel>(length);
        for (int i = start; i < start + length; i++)
        {
            // One file handed over twice has one class name (DistinctFiles): keep it once.
            if (members.Count == 0 || members[members.Count - 1].ClassName != ordered[i].ClassName)
            {
                members.Add(ordered[i]);
            }
        }

        return new EquatableArray<ArticleModel>(members.Count == length ? members.MoveToImmutable() : members.ToImmutable());
    }

    private sealed class ClassNameOrder : IComparer<ArticleModel>
    {
        public static readonly ClassNameOrder Instance = new();

        public int Compare(ArticleModel? x, ArticleModel? y) => string.CompareOrdinal(x!.ClassName, y!.ClassName);
    }
}
