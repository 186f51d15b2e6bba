using System;
using System.Collections.Generic;

namespace ArticleGen;

/// <summary>
/// Someone or something an article talks about. An entity is identified by its <see cref="Id"/>: ids are global in
/// a compilation, two entities with one id are equal (<see cref="Equals(Entity)"/>, <c>==</c>), and generated code
/// creates one object per id, which every article that mentions the entity shares.
/// </summary>
public abstract class Entity : IEquatable<Entity>
{
    private protected Entity(string id, string name, IReadOnlyList<string>? aliases, string? role, string? wikidata)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Aliases = ReadOnlyLists.Copy(aliases);
        Role = role;
        Wikidata = wikidata;
    }

    /// <summary>The entity's id, as written in the front matter (for example <c>wang-yi</c>).</summary>
    public string Id { get; }

    /// <summary>The entity's full name (for example <c>Wang Yi</c>).</summary>
    public string Name { get; }

    /// <summary>What the entity is.</summary>
    public abstract EntityKind Kind { get; }

    /// <summary>Other surface forms of the entity found in bodies (for example <c>Wang</c>); a read-only copy of the list given.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The entity's role, if the articles give one (for example <c>Chinese Foreign Minister</c>).</summary>
    public string? Role { get; }

    /// <summary>The entity's Wikidata id (for example <c>Q312847</c>), if given.</summary>
    public string? Wikidata { get; }

    /// <summary>Whether two entities are one: they have the same id (ordinal comparison).</summary>
    /// <param name="left">The first entity.</param>
    /// <param name="right">The second entity.</param>
    /// <returns><see langword="true"/> if both are null or their ids are equal.</returns>
    public static bool operator ==(Entity? left, Entity? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two entities differ: their ids differ (ordinal comparison).</summary>
    /// <param name="left">The first entity.</param>
    /// <param name="right">The second entity.</param>
    /// <returns><see langword="true"/> unless both are null or their ids are equal.</returns>
    public static bool operator !=(Entity? left, Entity? right) => !(left == right);

    /// <summary>Whether <paramref name="other"/> is the same entity: it has the same id (ordinal comparison).</summary>
    /// <param name="other">The entity to compare with.</param>
    /// <returns><see langword="true"/> if the ids are equal.</returns>
    public bool Equals(Entity? other) =>
        other is not null && (ReferenceEquals(this, other) || string.Equals(Id, other.Id, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Entity);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A person.</summary>
public sealed class Person : Entity
{
    /// <summary>Creates a person. Generated code creates one per entity id; an entity made here equals the generated one with the same id.</summary>
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
    /// <summary>Creates an organization. Generated code creates one per entity id; an entity made here equals the generated one with the same id.</summary>
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
    /// <summary>Creates a place. Generated code creates one per entity id; an entity made here equals the generated one with the same id.</summary>
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
    /// <summary>Creates an entity of kind <see cref="EntityKind.Other"/>. Generated code creates one per entity id; an entity made here equals the generated one with the same id.</summary>
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
