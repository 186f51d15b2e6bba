namespace ArticleGen;

/// <summary>An entity with how often a set of articles mentions it.</summary>
public sealed class EntityCount
{
    internal EntityCount(Entity entity, int mentions, int articles)
    {
        Entity = entity;
        Mentions = mentions;
        Articles = articles;
    }

    /// <summary>The entity.</summary>
    public Entity Entity { get; }

    /// <summary>The number of its mentions, over all the articles.</summary>
    public int Mentions { get; }

    /// <summary>The number of articles that mention it at least once.</summary>
    public int Articles { get; }

    /// <inheritdoc />
    public override string ToString() => Entity.Name + " (" + Mentions.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
