using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Finds the entity a command-line argument names: by id, by name or by alias, ignoring case.</summary>
public static class EntityArgument
{
    /// <summary>The entity named by <paramref name="text"/>, or null if none is.</summary>
    /// <param name="text">An id, name or alias.</param>
    /// <param name="library">The articles whose entities to search.</param>
    /// <returns>The entity, or null.</returns>
    /// <exception cref="UsageException">More than one entity answers to the text.</exception>
    public static Entity? TryFind(string text, ArticleLibrary library)
    {
        List<Entity> entities = library.EntityCounts.Select(c => c.Entity).Concat(library.Articles.SelectMany(a => a.Entities)).Distinct().ToList();
        Entity? byId = entities.FirstOrDefault(e => string.Equals(e.Id, text, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            return byId;
        }

        List<Entity> byName = entities
            .Where(e => string.Equals(e.Name, text, StringComparison.OrdinalIgnoreCase)
                || e.Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return byName.Count switch
        {
            0 => null,
            1 => byName[0],
            _ => throw new UsageException($"'{text}' names several entities ({string.Join(", ", byName.Select(e => e.Id))}); use an id"),
        };
    }

    /// <summary>The entity named by <paramref name="text"/>.</summary>
    /// <param name="text">An id, name or alias.</param>
    /// <param name="library">The articles whose entities to search.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="UsageException">No entity, or more than one, answers to the text.</exception>
    public static Entity Find(string text, ArticleLibrary library) =>
        TryFind(text, library)
        ?? throw new UsageException($"no entity is called '{text}'; known ids: {string.Join(", ", library.Articles.SelectMany(a => a.Entities).Select(e => e.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal))}");
}
