using System.Collections.Generic;

namespace ArticleGen;

/// <summary>Everything a set of articles says about one entity: the back-links of an entity page.</summary>
public sealed class EntityLinks
{
    internal EntityLinks(Entity entity, IReadOnlyList<Article> articles, IReadOnlyList<Mention> mentions, IReadOnlyList<Quote> quotes, IReadOnlyList<CoOccurrence> coOccurrences)
    {
        Entity = entity;
        Articles = articles;
        Mentions = mentions;
        Quotes = quotes;
        CoOccurrences = coOccurrences;
    }

    /// <summary>The entity.</summary>
    public Entity Entity { get; }

    /// <summary>The articles that mention it, in library order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Its mentions, by article in library order, then by position.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The quotes it said, by article in library order, then by position.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>
    /// The entities it appears with, each with the number of articles that mention both; most frequent first
    /// (see <see cref="ArticleLibrary.CoOccurrencesOf"/>). <see cref="CoOccurrence.First"/> is this entity.
    /// </summary>
    public IReadOnlyList<CoOccurrence> CoOccurrences { get; }
}
