namespace ArticleGen.Generator.Model;

/// <summary>A resolved entity: one per id in the compilation, with the C# member that exposes it.</summary>
internal sealed record EntityModel(
    string Id,
    string Identifier,
    EntityKind Kind,
    string Name,
    EquatableArray<string> Aliases,
    string? Role,
    string? Wikidata)
{
    /// <summary>The static class that holds the entities of this kind.</summary>
    public string ContainerName => Kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        EntityKind.Place => "Places",
        _ => "OtherEntities",
    };

    /// <summary>The runtime type of the entity.</summary>
    public string RuntimeType => Kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Place => "Place",
        _ => "OtherEntity",
    };
}
