using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Resolution;

/// <summary>
/// Reads which referenced assemblies hold articles (their <c>ArticlePartition</c> attribute, written by
/// <see cref="Emit.CatalogEmitter"/>), from metadata only, into a value-equal list in assembly name order: an edit
/// that leaves the references alone gives an equal list, and the catalog is not written again.
/// </summary>
internal static class ReferencedPartitionReader
{
    public const string AttributeName = "ArticleGen.Infrastructure.ArticlePartitionAttribute";

    public static EquatableArray<ReferencedPartition> Read(Compilation compilation, CancellationToken cancellationToken)
    {
        ImmutableArray<ReferencedPartition>.Builder partitions = ImmutableArray.CreateBuilder<ReferencedPartition>();
        foreach (IAssemblySymbol assembly in RuntimeReferences.Of(compilation))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (AttributeData attribute in assembly.GetAttributes())
            {
                ImmutableArray<TypedConstant> args = attribute.ConstructorArguments;
                if (attribute.AttributeClass?.ToDisplayString() == AttributeName
                    && args.Length == 2
                    && args[0].Value is string ns
                    && args[1].Kind == TypedConstantKind.Array && !args[1].IsNull && args[1].Values.Length > 0
                    && args[1].Values.All(v => v.Value is string))
                {
                    partitions.Add(new ReferencedPartition(assembly.Identity.Name, ns, args[1].Values.Select(v => (string)v.Value!).ToEquatableArray()));
                }
            }
        }

        return partitions.ToImmutable().ToEquatableArray();
    }
}
