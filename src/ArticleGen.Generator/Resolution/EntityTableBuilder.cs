using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Naming;

namespace ArticleGen.Generator.Resolution;

/// <summary>
/// Merges the entity definitions of every article and catalog into one table: ids are global in a compilation,
/// so each id must have one definition (repeating it word for word is fine), and each its own C# name. Entities that
/// referenced assemblies define come first: this compilation uses their objects, and a definition here may only repeat them.
/// </summary>
internal static class EntityTableBuilder
{
    public static Reported<EntityTable> Build(
        ImmutableArray<DeclarationSet> sets, EquatableArray<ReferencedEntity> referenced, string projectDirectory, CancellationToken cancellationToken)
    {
        ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();

        // Two referenced assemblies that define one id (two partitions, not their base) each have an object of their own:
        // the first by assembly name is used here, and the split is reported.
        var external = new Dictionary<string, ReferencedEntity>(StringComparer.Ordinal);
        foreach (ReferencedEntity entity in referenced)
        {
            if (!external.TryGetValue(entity.Entity.Id, out ReferencedEntity? first))
            {
                external.Add(entity.Entity.Id, entity);
            }
            else if (first.AssemblyName != entity.AssemblyName)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.EntityInTwoAssemblies, SourceLocation.None, entity.Entity.Id, first.AssemblyName, entity.AssemblyName));
            }
        }

        // Catalogs are where shared entities are defined, so their definitions come first; then file path order
        // makes "the first definition", and the table, independent of the order the files were given in.
        List<DeclarationSet> ordered = sets.OrderBy(s => s.IsCatalog ? 0 : 1).ThenBy(s => s.FilePath, StringComparer.Ordinal).ToList();

        // A catalog's parse problems come first: a catalog has no output of its own to report them.
        foreach (DeclarationSet set in ordered)
        {
            diagnostics.AddRange(set.FileDiagnostics);
        }

        var definitions = new SortedDictionary<string, (EntityDeclaration Declaration, SourceLocation Location, string FilePath)>(StringComparer.Ordinal);
        foreach (DeclarationSet set in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < set.Entities.Count; i++)
            {
                EntityDeclaration declaration = set.Entities[i];
                if (!declaration.IsDefinition)
                {
                    continue;
                }

                if (external.TryGetValue(declaration.Id, out ReferencedEntity? shared))
                {
                    if (!SameDefinition(shared.Entity, declaration))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.ConflictingEntity, set.Locations[i], declaration.Id, "assembly " + shared.AssemblyName));
                    }
                }
                else if (!definitions.TryGetValue(declaration.Id, out var first))
                {
                    definitions.Add(declaration.Id, (declaration, set.Locations[i], set.FilePath));
                }
                else if (!SameDefinition(first.Declaration, declaration))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ConflictingEntity, set.Locations[i], declaration.Id, ProjectPaths.Relative(first.FilePath, projectDirectory)));
                }
            }
        }

        var entities = new List<EntityModel>(external.Count + definitions.Count);
        ImmutableArray<string>.Builder rejected = ImmutableArray.CreateBuilder<string>();
        var identifiers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ReferencedEntity shared in external.Values.OrderBy(e => e.Entity.Id, StringComparer.Ordinal))
        {
            // Two assemblies' ids with one C# name: the reader kept both, the first in id order keeps the name.
            if (!identifiers.ContainsKey(shared.Entity.Identifier))
            {
                identifiers.Add(shared.Entity.Identifier, shared.Entity.Id);
                entities.Add(shared.Entity);
            }
        }

        foreach ((EntityDeclaration declaration, SourceLocation location, _) in definitions.Values)
        {
            string identifier = EntityNames.Identifier(declaration.Id);
            if (identifiers.TryGetValue(identifier, out string? taken))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateEntityName, location, taken, declaration.Id, identifier));
                rejected.Add(declaration.Id);
                continue;
            }

            identifiers.Add(identifier, declaration.Id);
            entities.Add(new EntityModel(
                declaration.Id, identifier, declaration.Kind!.Value, declaration.Name!, declaration.Aliases, declaration.Role, declaration.Wikidata));
        }

        return new Reported<EntityTable>(
            new EntityTable(entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToEquatableArray(), rejected.ToImmutable().ToEquatableArray()),
            diagnostics.ToImmutable().ToEquatableArray());
    }

    private static bool SameDefinition(EntityDeclaration a, EntityDeclaration b) =>
        a.Name == b.Name && a.Kind == b.Kind && a.Aliases.Equals(b.Aliases) && a.Role == b.Role && a.Wikidata == b.Wikidata;

    private static bool SameDefinition(EntityModel a, EntityDeclaration b) =>
        a.Name == b.Name && a.Kind == b.Kind && a.Aliases.Equals(b.Aliases) && a.Role == b.Role && a.Wikidata == b.Wikidata;
}
