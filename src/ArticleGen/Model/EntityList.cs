using System.Collections;
using System.Collections.Generic;

namespace ArticleGen;

/// <summary>
/// The entities an article declares or uses. Each generated article derives its own list with one typed
/// property per entity (<c>Articles.BlinkenMeetsWangYi.Entities.WangYi</c>).
/// </summary>
public class EntityList : IReadOnlyList<Entity>
{
    private readonly IReadOnlyList<Entity> _entities;

    /// <summary>Creates the list. Generated code derives a typed list per article.</summary>
    /// <param name="entities">The entities, in front-matter order.</param>
    protected internal EntityList(IReadOnlyList<Entity> entities) => _entities = ReadOnlyLists.Copy(entities);

    /// <inheritdoc />
    public int Count => _entities.Count;

    /// <inheritdoc />
    public Entity this[int index] => _entities[index];

    /// <summary>The entity with an id, if the article declares or uses it.</summary>
    /// <param name="id">The entity id.</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    public Entity? Find(string id)
    {
        foreach (Entity entity in _entities)
        {
            if (string.Equals(entity.Id, id, System.StringComparison.Ordinal))
            {
                return entity;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public IEnumerator<Entity> GetEnumerator() => _entities.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
