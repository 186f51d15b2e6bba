using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
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
    /// its own previous value: an unchanged group is cached, whatever happens to the others. Null results (files that
    /// are no articles) are skipped.
    /// </summary>
    public static ImmutableArray<ArticleGroup> Split(ImmutableArray<ArticleResult?> results)
    {
        var members = new List<ArticleResult>?[Count];
        foreach (ArticleResult result in DistinctFiles.By(results.Where(r => r is not null).Select(r => r!), r => r.FilePath))
        {
            (members[result.Group] ??= new List<ArticleResult>()).Add(result);
        }

        var groups = ImmutableArray.CreateBuilder<ArticleGroup>(Count);
        for (int i = 0; i < Count; i++)
        {
            List<ArticleResult>? articles = members[i];
            articles?.Sort(static (a, b) => string.CompareOrdinal(a.SortKey, b.SortKey));
            groups.Add(new ArticleGroup(i, articles is null ? EquatableArray<ArticleResult>.Empty : articles.ToEquatableArray()));
        }

        return groups.MoveToImmutable();
    }
}
