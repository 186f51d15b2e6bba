using System.Linq;

namespace ArticleGen.Generator.Naming;

/// <summary>The C# name of an entity, derived from its id alone and the same everywhere it appears.</summary>
internal static class EntityNames
{
    /// <summary>Names the generated entity containers and article entity lists already have: their own, and those they inherit.</summary>
    private static readonly string[] Reserved = IdentifierNames.ObjectMembers
        .Concat(new[] { "People", "Organizations", "Places", "OtherEntities", "EntityMembers", "Count", "Find", "GetEnumerator", "Item" })
        .ToArray();

    public static string Identifier(string id) =>
        IdentifierNames.AvoidReserved(IdentifierNames.ToPascalCase(id, "Unnamed"), "Entity", Reserved);
}
