using System;
using System.Collections.Generic;

namespace ArticleGen;

/// <summary>
/// Someone or something an article talks about. Entity ids are global in a compilation, so there is exactly one
/// object per id: every article that mentions an entity refers to that same object, and reference equality is
/// entity equality.
/// </summary>
public abstract class Entity
{
    private protected Entity(string id, string name, IReadOnlyList<string>? aliases, string? role, string? wikidata)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Aliases = aliases ?? Array.Empty<string>();
        Role = role;
        Wikidata = wikidata;
    }

    /// <summary>The entity's id, as written in the front matter (for example <c>wang-yi</c>).</summary>
    public string Id { get; }

    /// <summary>The entity's full name (for example <c>Wang Yi</c>).</summary>
    public string Name { get; }

    /// <summary>What the entity is.</summary>
    public abstract EntityKind Kind { get; }

    /// <summary>Other surface forms of the entity found in bodies (for example <c>Wang</c>).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The entity's role, if the articles give one (for example <c>Chinese Foreign Minister</c>).</summary>
    public string? Role { get; }

    /// <summary>The entity's Wikidata id (for example <c>Q312847</c>), if given.</summary>
    public string? Wikidata { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A person.</summary>
public sealed class Person : Entity
{
    /// <summary>Creates a person. Generated code calls this once per entity id.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="name">The full name.</param>
    /// <param name="aliases">Other surface forms.</param>
    /// <param name="role">The person's role, if known.</param>
    /// <param name="wikidata">The Wikidata id, if known.</param>
    public Person(string id, string name, IReadOnlyList<string>? aliases = null, string? role = null, string? wikidata = null)
        : base(id, name, aliases, role, wikidata)
    {
    }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Person;
}

/// <summary>An organization.</summary>
public sealed class Organization : Entity
{
    /// <summary>Creates an organization. Generated code calls this once per entity id.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="name">The full name.</param>
    /// <param name="aliases">Other surface forms.</param>
    /// <param name="role">The organization's role, if known.</param>
    /// <param name="wikidata">The Wikidata id, if known.</param>
    public Organization(string id, string name, IReadOnlyList<string>? aliases = null, string? role = null, string? wikidata = null)
        : base(id, name, aliases, role, wikidata)
    {
    }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Organization;
}

/// <summary>A place.</summary>
public sealed class Place : Entity
{
    /// <summary>Creates a place. Generated code calls this once per entity id.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="name">The full name.</param>
    /// <param name="aliases">Other surface forms.</param>
    /// <param name="role">The place's role, if known.</param>
    /// <param name="wikidata">The Wikidata id, if known.</param>
    public Place(string id, string name, IReadOnlyList<string>? aliases = null, string? role = null, string? wikidata = null)
        : base(id, name, aliases, role, wikidata)
    {
    }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Place;
}

/// <summary>An entity that is neither a person, an organization nor a place.</summary>
public sealed class OtherEntity : Entity
{
    /// <summary>Creates an entity of kind <see cref="EntityKind.Other"/>. Generated code calls this once per entity id.</summary>
    /// <param name="id">The entity id.</param>
    /// <param name="name">The full name.</param>
    /// <param name="aliases">Other surface forms.</param>
    /// <param name="role">The entity's role, if known.</param>
    /// <param name="wikidata">The Wikidata id, if known.</param>
    public OtherEntity(string id, string name, IReadOnlyList<string>? aliases = null, string? role = null, string? wikidata = null)
        : base(id, name, aliases, role, wikidata)
    {
    }

    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Other;
}
