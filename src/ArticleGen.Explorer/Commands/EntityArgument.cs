using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Finds the entity a command-line argument names: by id, by name or alias, else by surname, ignoring case and accents.</summary>
public static class EntityArgument
{
    /// <summary>The entity named by <paramref name="text"/>, or null if none is.</summary>
    /// <param name="text">An id, name, alias or surname (a name's last word: <c>Gude</c> for Ken Gude).</param>
    /// <param name="library">The articles whose entities to search.</param>
    /// <returns>The entity, or null.</returns>
    /// <exception cref="UsageException">More than one entity answers to the text.</exception>
    public static Entity? TryFind(string text, ArticleLibrary library)
    {
        List<Entity> entities = Known(library);
        Entity? byId = entities.FirstOrDefault(e => string.Equals(e.Id, text, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            return byId;
        }

        List<Entity> byName = entities.Where(e => Text.SameName(e.Name, text) || e.Aliases.Any(a => Text.SameName(a, text))).ToList();
        if (byName.Count == 0 && !text.Trim().Contains(' ', StringComparison.Ordinal))
        {
            byName = entities.Where(e => e.Kind == EntityKind.Person && Text.SameName(Text.Surname(e.Name), text)).ToList();
        }

        return byName.Count switch
        {
            0 => null,
            1 => byName[0],
            _ => throw new UsageException($"'{text}' names several entities ({string.Join(", ", byName.Select(e => e.Id))}); use an id"),
        };
    }

    /// <summary>The entities whose id, name or alias holds <paramref name="text"/>, for a "did you mean" (at most five).</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="library">The articles whose entities to search.</param>
    /// <returns>The ids, in ordinal order.</returns>
    public static IReadOnlyList<string> Similar(string text, ArticleLibrary library)
    {
        string[] words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return Known(library)
            .Where(e => words.Any(w => w.Length >= 3
                && (e.Id.Contains(w, StringComparison.OrdinalIgnoreCase) || e.Name.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Select(e => e.Id)
            .OrderBy(id => id, StringComparer.Ordinal)
            .Take(5)
            .ToList();
    }

    private static List<Entity> Known(ArticleLibrary library) =>
        library.EntityCounts.Select(c => c.Entity).Concat(library.Articles.SelectMany(a => a.Entities)).Distinct().ToList();
}
