namespace ArticleGen.Generator.Model;

/// <summary>
/// A resolved entity: one per id in the compilation, with the C# member that exposes it. An entity a referenced
/// assembly defines (<see cref="ExternalNamespace"/> set) is exposed there, not by this compilation.
/// </summary>
internal sealed record EntityModel(
    string Id,
    string Identifier,
    EntityKind Kind,
    string Name,
    EquatableArray<string> Aliases,
    string? Role,
    string? Wikidata,
    string? ExternalNamespace = null)
{
    /// <summary>Whether this compilation defines the entity (and so emits its object).</summary>
    public bool IsLocal => ExternalNamespace is null;

    /// <summary>The namespace of the container that exposes it, given this compilation's namespace.</summary>
    public string NamespaceIn(string localNamespace) => ExternalNamespace ?? localNamespace;

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
