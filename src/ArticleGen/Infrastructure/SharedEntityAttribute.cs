using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleGen.Infrastructure;

/// <summary>
/// Lists one entity an assembly defines, so that the generator in a project that references it (a content partition)
/// resolves its articles' entity ids against it and refers to this assembly's object instead of making its own.
/// The generator reads it from metadata only. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class SharedEntityAttribute : Attribute
{
    /// <summary>Lists an entity.</summary>
    /// <param name="id">The entity's id.</param>
    /// <param name="kind">The entity's kind.</param>
    /// <param name="name">The entity's display name.</param>
    /// <param name="aliases">The other names it goes by, or null.</param>
    /// <param name="role">Its role, or null.</param>
    /// <param name="wikidata">Its Wikidata id, or null.</param>
    /// <param name="containerNamespace">The namespace of the static class (<c>People</c>, ...) that exposes it.</param>
    public SharedEntityAttribute(string id, EntityKind kind, string name, string[]? aliases, string? role, string? wikidata, string containerNamespace)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Aliases = aliases ?? Array.Empty<string>();
        Role = role;
        Wikidata = wikidata;
        ContainerNamespace = containerNamespace;
    }

    /// <summary>Gets the entity's id.</summary>
    public string Id { get; }

    /// <summary>Gets the entity's kind.</summary>
    public EntityKind Kind { get; }

    /// <summary>Gets the entity's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the other names it goes by.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Gets its role, or null.</summary>
    public string? Role { get; }

    /// <summary>Gets its Wikidata id, or null.</summary>
    public string? Wikidata { get; }

    /// <summary>Gets the namespace of the static class that exposes it.</summary>
    public string ContainerNamespace { get; }
}
