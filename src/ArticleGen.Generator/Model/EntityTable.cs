using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Model;

/// <summary>
/// Every entity of the compilation, ordered by id; the ids left out because their C# name was taken; and the
/// problems found while merging definitions.
/// </summary>
internal sealed record EntityTable(EquatableArray<EntityModel> Entities, EquatableArray<string> RejectedIds, EquatableArray<DiagnosticInfo> Diagnostics)
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
        other is not null && Entities.Equals(other.Entities) && RejectedIds.Equals(other.RejectedIds) && Diagnostics.Equals(other.Diagnostics);

    public override int GetHashCode() => Entities.GetHashCode();
}
