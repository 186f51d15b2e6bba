using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis;

/// <summary>Binary search over items sorted by body position.</summary>
internal static class SortedSearch
{
    /// <summary>The index of the last item whose position is before <paramref name="position"/>, or -1.</summary>
    public static int LastBefore<T>(IReadOnlyList<T> items, int position, Func<T, int> positionOf)
    {
        int low = 0;
        int high = items.Count - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (positionOf(items[middle]) < position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
