using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleGen.Infrastructure;

/// <summary>
/// The articles of several assemblies (content partitions) as one sequence, for <c>Articles.All</c> of a project that
/// references them: the counts are known at compile time, so a partition's list, and with it its assembly, is only
/// got when an index in its range is reached. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PartitionedArticles
{
    private readonly int[] _starts;
    private readonly int[] _counts;
    private readonly Func<IReadOnlyList<Article>>[] _partitions;
    private readonly IReadOnlyList<Article>?[] _loaded;

    /// <summary>Describes the partitions, in the order of the sequence.</summary>
    /// <param name="counts">How many articles each partition held when this project was compiled.</param>
    /// <param name="partitions">Gets each partition's own articles (its <c>Articles.Local</c>); called on first use only.</param>
    public PartitionedArticles(int[] counts, Func<IReadOnlyList<Article>>[] partitions)
    {
        if (counts is null)
        {
            throw new ArgumentNullException(nameof(counts));
        }

        if (partitions is null)
        {
            throw new ArgumentNullException(nameof(partitions));
        }

        if (counts.Length != partitions.Length)
        {
            throw new ArgumentException("One count per partition.", nameof(counts));
        }

        _counts = (int[])counts.Clone();
        _partitions = (Func<IReadOnlyList<Article>>[])partitions.Clone();
        _loaded = new IReadOnlyList<Article>?[partitions.Length];
        _starts = new int[counts.Length];
        long total = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(counts));
            }

            _starts[i] = (int)total;
            total += counts[i];
            if (total > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(counts), "More articles than a list can index.");
            }
        }

        Count = (int)total;
    }

    /// <summary>How many articles in all.</summary>
    public int Count { get; }

    /// <summary>The article at an index of the sequence; the partition that holds it is got on first use.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <returns>The article.</returns>
    public Article ArticleAt(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        // The last partition that starts at or before the index: an empty one starts where the next does, so it is never that one.
        int low = 0;
        int high = _starts.Length - 1;
        while (low < high)
        {
            int middle = low + ((high - low + 1) / 2);
            if (_starts[middle] <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        int partition = low;
        return Partition(partition)[index - _starts[partition]];
    }

    private IReadOnlyList<Article> Partition(int i)
    {
        if (_loaded[i] is { } loaded)
        {
            return loaded;
        }

        IReadOnlyList<Article> articles = _partitions[i]() ?? throw new InvalidOperationException("A partition's article list was null.");
        if (articles.Count != _counts[i])
        {
            // The app runs against a partition rebuilt with articles added or removed since the app was compiled.
            throw new InvalidOperationException(
                "A partition holds " + articles.Count + " articles where this project was compiled against " + _counts[i] + "; rebuild the project.");
        }

        return Singleton.Publish(ref _loaded[i], articles);
    }
}
