using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The full person names the text has introduced, in body order, so that a bare name resolves to the
/// person introduced last before it: "Blinken" → "Antony Blinken" (last word), "Wang" → "Wang Yi" (first word,
/// for family-name-first names). Only names introduced before the bare name count, so a "Wang Xiaohong"
/// introduced later never captures an earlier "Wang".
/// </summary>
internal sealed class PersonRegistry
{
    private readonly Dictionary<string, List<(int Position, string Name)>> _byLastWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Position, string Name)>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Registers a person name of two or more words; positions must not decrease between calls.</summary>
    public void Add(TextName name)
    {
        if (name.Kind != NameKind.Person || name.WordCount < 2)
        {
            return;
        }

        int firstSpace = name.Name.IndexOf(' ');
        int lastSpace = name.Name.LastIndexOf(' ');
        Add(_byFirstWord, name.Name.Substring(0, firstSpace), name.Start, name.Name);
        Add(_byLastWord, name.Name.Substring(lastSpace + 1), name.Start, name.Name);
    }

    /// <summary>The full name a one-word name stands for at <paramref name="position"/>, or null.</summary>
    public string? Resolve(string word, int position)
        => Find(_byLastWord, word, position) ?? Find(_byFirstWord, word, position);

    private static void Add(Dictionary<string, List<(int, string)>> index, string key, int position, string name)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = new List<(int, string)>();
            index.Add(key, list);
        }

        list.Add((position, name));
    }

    private static string? Find(Dictionary<string, List<(int Position, string Name)>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var list))
        {
            return null;
        }

        int found = SortedSearch.LastBefore(list, position, entry => entry.Position);
        return found >= 0 ? list[found].Name : null;
    }
}
