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

    private const int ArgumentCount = 7;

    /// <summary>
    /// The entities of every referenced assembly, ordered by id, and an id that two assemblies define in the order of
    /// their names, so that the result does not depend on the order of the references. The first definition of an id
    /// is the one used (<see cref="EntityTableBuilder"/>).
    /// </summary>
    public static EquatableArray<ReferencedEntity> Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var entities = new List<ReferencedEntity>();
        foreach (IAssemblySymbol assembly in RuntimeReferences.Of(compilation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == AttributeName && Entity(attribute) is { } entity)
                {
                    entities.Add(new ReferencedEntity(assembly.Identity.Name, entity));
                }
            }
        }

        // A stable sort: the assemblies' name order stays among the definitions of one id.
        return entities.OrderBy(e => e.Entity.Id, StringComparer.Ordinal).ToEquatableArray();
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
