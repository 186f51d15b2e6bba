using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Model;

/// <summary>
/// Every entity of the compilation, ordered by id, and the ids left out because their C# name was taken. The problems
/// found while merging definitions travel beside it (<see cref="Reported{T}"/>).
/// </summary>
internal sealed record EntityTable(EquatableArray<EntityModel> Entities, EquatableArray<string> RejectedIds)
{
    private readonly Dictionary<string, EntityModel> _byId = CreateIndex(Entities);

    public EntityModel? Find(string id) => _byId.TryGetValue(id, out EntityModel? entity) ? entity : null;

    public bool IsRejected(string id) => RejectedIds.AsImmutableArray().Contains(id);

    private static Dictionary<string, EntityModel> CreateIndex(EquatableArray<EntityModel> entities)
    {
        var index = new Dictionary<string, EntityModel>(StringComparer.Ordinal);
        foreach (EntityModel entity in entities)
        {
            index[entity.Id] = entity;
        }

        return index;
    }

    // The index is derived from Entities, not state of its own.
    public bool Equals(EntityTable? other) =>
        other is not null && Entities.Equals(other.Entities) && RejectedIds.Equals(other.RejectedIds);

    public override int GetHashCode() => Entities.GetHashCode();
}
