using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleGen.Infrastructure;

/// <summary>
/// <c>Articles.All</c>: a read-only list of a project's articles that creates each article on first touch, through the
/// generated member that holds it, so that listing, counting or wrapping the catalog (for example in an
/// <see cref="ArticleLibrary"/>) does not construct every article. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleCatalog : IReadOnlyList<Article>, IList<Article>
{
    private readonly Func<int, Article> _articleAt;

    /// <summary>Creates the catalog.</summary>
    /// <param name="count">How many articles.</param>
    /// <param name="articleAt">Returns the article at an index from 0 to <paramref name="count"/> - 1, always the same object for an index and a different one for each index.</param>
    public ArticleCatalog(int count, Func<int, Article> articleAt)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        Count = count;
        _articleAt = articleAt ?? throw new ArgumentNullException(nameof(articleAt));
    }

    /// <summary>How many articles.</summary>
    public int Count { get; }

    /// <inheritdoc />
    bool ICollection<Article>.IsReadOnly => true;

    /// <summary>The article at an index; created on first touch.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    public Article this[int index] =>
        (uint)index < (uint)Count
            ? _articleAt(index) ?? throw new InvalidOperationException("The catalog's article factory returned null.")
            : throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    Article IList<Article>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    /// <summary>The articles in order, each created as the enumeration reaches it.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<Article> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public int IndexOf(Article item)
    {
        for (int i = 0; i < Count; i++)
        {
            if (ReferenceEquals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public bool Contains(Article item) => IndexOf(item) >= 0;

    /// <inheritdoc />
    public void CopyTo(Article[] array, int arrayIndex)
    {
        if (array is null)
        {
            throw new ArgumentNullException(nameof(array));
        }

        if (arrayIndex < 0 || array.Length - arrayIndex < Count)
        {
            throw new ArgumentOutOfRangeException(nameof(arrayIndex));
        }

        for (int i = 0; i < Count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    /// <inheritdoc />
    void IList<Article>.Insert(int index, Article item) => throw ReadOnly();

    /// <inheritdoc />
    void IList<Article>.RemoveAt(int index) => throw ReadOnly();

    /// <inheritdoc />
    void ICollection<Article>.Add(Article item) => throw ReadOnly();

    /// <inheritdoc />
    void ICollection<Article>.Clear() => throw ReadOnly();

    /// <inheritdoc />
    bool ICollection<Article>.Remove(Article item) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The catalog is read-only.");
}
