using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ArticleGen;

/// <summary>
/// Copies the lists a constructor is given into read-only collections: a caller's array stays the caller's, and no
/// one can change a list an article or entity hands out by casting it back to an array.
/// </summary>
internal static class ReadOnlyLists
{
    public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T>? items)
    {
        if (items is null || items.Count == 0)
        {
            return Array.Empty<T>();
        }

        var copy = new T[items.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        return new ReadOnlyCollection<T>(copy);
    }
}
