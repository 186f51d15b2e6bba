using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Naming;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Resolution;

/// <summary>
/// Reads the entities that referenced assemblies define (their <c>SharedEntity</c> assembly attributes, written by
/// <see cref="Emit.EntitiesEmitter"/>), from metadata only, into a value-equal list: no symbol outlives this step, and
/// an edit that leaves the references alone gives an equal list, so nothing after it runs again.
/// </summary>
internal static class ReferencedEntityReader
{
    public const string AttributeName = "ArticleGen.Infrastructure.SharedEntityAttribute";

    private const string RuntimeAssemblyName = "ArticleGen";

    private const int ArgumentCount = 7;

    /// <summary>
    /// The entities of every referenced assembly, ordered by id. Assemblies are read in name order, and the first
    /// definition of an id wins, so the result does not depend on the order of the references.
    /// </summary>
    public static EquatableArray<ReferencedEntity> Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var byId = new SortedDictionary<string, ReferencedEntity>(StringComparer.Ordinal);
        // Only an assembly built against the runtime can carry its attribute: the framework's are not even decoded.
        IEnumerable<IAssemblySymbol> assemblies = compilation.SourceModule.ReferencedAssemblySymbols
            .Where(a => a.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == RuntimeAssemblyName)))
            .OrderBy(a => a.Identity.Name, StringComparer.Ordinal);
        foreach (IAssemblySymbol assembly in assemblies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == AttributeName
                    && Entity(attribute) is { } entity
                    && !byId.ContainsKey(entity.Id))
                {
                    byId.Add(entity.Id, new ReferencedEntity(assembly.Identity.Name, entity));
                }
            }
        }

        return byId.Values.ToEquatableArray();
    }

    /// <summary>
    /// The entity an attribute lists, or null when it is not in the shape this generator writes. The kind arrives as the
    /// runtime's <c>EntityKind</c>, whose members stand in the same order as the generator's.
    /// </summary>
    private static EntityModel? Entity(AttributeData attribute)
    {
        ImmutableArray<TypedConstant> args = attribute.ConstructorArguments;
        if (args.Length != ArgumentCount
            || args[0].Value is not string id || id.Length == 0
            || args[1].Value is not int kind || kind < (int)EntityKind.Person || kind > (int)EntityKind.Other
            || args[2].Value is not string name
            || args[6].Value is not string containerNamespace)
        {
            return null;
        }

        EquatableArray<string> aliases = args[3].IsNull || args[3].Kind != TypedConstantKind.Array
            ? EquatableArray<string>.Empty
            : args[3].Values.Select(v => v.Value as string).Where(v => v is not null).Select(v => v!).ToEquatableArray();
        return new EntityModel(
            id, EntityNames.Identifier(id), (EntityKind)kind, name, aliases, args[4].Value as string, args[5].Value as string, containerNamespace);
    }
}
