using System;
using System.Globalization;

namespace ArticleGen;

/// <summary>
/// Two entities that appear together, and how often: <see cref="Articles"/> is the number of articles that mention
/// both of them at least once (one article counts once, however many times it names them).
/// </summary>
public sealed class CoOccurrence
{
    internal CoOccurrence(Entity first, Entity second, int articles)
    {
        First = first;
        Second = second;
        Articles = articles;
    }

    /// <summary>
    /// The first entity: the one asked about in <see cref="ArticleLibrary.CoOccurrencesOf"/>; in
    /// <see cref="ArticleLibrary.CoOccurrences"/> and <see cref="CoOccurrenceNetwork.Edges"/>, the one whose id sorts first.
    /// </summary>
    public Entity First { get; }

    /// <summary>The second entity.</summary>
    public Entity Second { get; }

    /// <summary>The number of articles that mention both entities.</summary>
    public int Articles { get; }

    /// <summary>The entity of the pair that is not <paramref name="entity"/>.</summary>
    /// <param name="entity">One entity of the pair.</param>
    /// <returns>The other one.</returns>
    /// <exception cref="ArgumentException"><paramref name="entity"/> is not in the pair.</exception>
    public Entity Other(Entity entity) =>
        entity == First ? Second
        : entity == Second ? First
        : throw new ArgumentException("The entity is not one of the pair.", nameof(entity));

    /// <inheritdoc />
    public override string ToString() => First.Name + " + " + Second.Name + " (" + Articles.ToString(CultureInfo.InvariantCulture) + ")";
}
