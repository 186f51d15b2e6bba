using System.Collections.Immutable;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Analysis;

/// <summary>A declared entity as the body analysis sees it: its surface forms and its kind.</summary>
/// <param name="Id">The entity id from the front matter or a catalog.</param>
/// <param name="Kind">Person, organization, place or other; pronoun resolution uses it.</param>
/// <param name="Name">The canonical name; it is also a surface form searched in the body.</param>
/// <param name="Aliases">Other surface forms found in the body (may be default or empty).</param>
internal readonly record struct EntitySurface(string Id, EntityKind Kind, string Name, ImmutableArray<string> Aliases)
{
    /// <summary>The surface of a resolved entity.</summary>
    public static EntitySurface Of(EntityModel entity) => new(entity.Id, entity.Kind, entity.Name, entity.Aliases.AsImmutableArray());
}
