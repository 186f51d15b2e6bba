using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Finds the entity a command-line argument names: by id, by name or by alias, ignoring case.</summary>
public static class EntityArgument
{
    /// <summary>The entity named by <paramref name="text"/>.</summary>
    /// <param name="text">An id, name or alias.</param>
    /// <param name="articles">The articles whose entities to search.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="UsageException">No entity, or more than one, answers to the text.</exception>
    public static Entity Find(string text, IReadOnlyList<Article> articles)
    {
        List<Entity> entities = articles.SelectMany(a => a.Entities).Distinct().ToList();
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
            1 => byName[0],
            0 => throw new UsageException($"no entity is called '{text}'; known ids: {string.Join(", ", entities.Select(e => e.Id).OrderBy(id => id, StringComparer.Ordinal))}"),
            _ => throw new UsageException($"'{text}' names several entities ({string.Join(", ", byName.Select(e => e.Id))}); use an id"),
        };
    }
}
