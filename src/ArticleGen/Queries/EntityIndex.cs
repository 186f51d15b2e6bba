using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using ArticleGen.Text;

namespace ArticleGen;

/// <summary>
/// The entity index of an <see cref="ArticleLibrary"/>: for every entity its mentions, the articles that mention
/// it and the quotes it said, and the quotes of every speaker name. Built in one pass over the articles' mentions
/// and quotes: O(articles + mentions + quotes).
/// </summary>
internal sealed class EntityIndex
{
    private readonly Dictionary<Entity, Entry> _entries = new();
    private readonly Dictionary<string, List<Quote>> _quotesBySpeakerName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);

    public EntityIndex(IReadOnlyList<Article> articles)
    {
        var quotes = new List<Quote>();
        foreach (Article article in articles)
        {
            foreach (Entity entity in article.Entities)
            {
                GetOrAdd(entity);
            }

            foreach (Mention mention in article.Mentions)
            {
                Entry entry = GetOrAdd(mention.Entity);
                entry.Mentions.Add(mention);
                if (entry.Articles.Count == 0 || !ReferenceEquals(entry.Articles[entry.Articles.Count - 1], article))
                {
                    entry.Articles.Add(article);
                }
            }

            foreach (Quote quote in article.Quotes)
            {
                quotes.Add(quote);
                if (quote.Speaker is not null)
                {
                    GetOrAdd(quote.Speaker).Quotes.Add(quote);
                }

                if (quote.SpeakerName is not null)
                {
                    string key = TextFolding.Fold(quote.SpeakerName.Trim());
                    if (!_quotesBySpeakerName.TryGetValue(key, out List<Quote>? list))
                    {
                        list = new List<Quote>();
                        _quotesBySpeakerName.Add(key, list);
                    }

                    list.Add(quote);
                }
            }
        }

        Quotes = quotes.AsReadOnly();
        var counts = new EntityCount[_entries.Count];
        int i = 0;
        foreach (Entry entry in _entries.Values)
        {
            entry.Count = new EntityCount(entry.Entity, entry.Mentions.Count, entry.Articles.Count);
            counts[i++] = entry.Count;
        }

        Array.Sort(counts, CompareCounts);
        Counts = Array.AsReadOnly(counts);
    }

    /// <summary>Every quote, by article in library order, then by position.</summary>
    public ReadOnlyCollection<Quote> Quotes { get; }

    /// <summary>Every entity that the articles declare, mention or quote, most mentioned first.</summary>
    public ReadOnlyCollection<EntityCount> Counts { get; }

    /// <summary>The entry of an entity, if the articles know it.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its entry, or <see langword="null"/>.</returns>
    public Entry? Find(Entity entity) => _entries.TryGetValue(entity, out Entry? entry) ? entry : null;

    /// <summary>The entity with an id, if the articles know it.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entity (the first one seen, should two share an id), or <see langword="null"/>.</returns>
    public Entity? FindById(string id) => _byId.TryGetValue(id, out Entity? entity) ? entity : null;

    /// <summary>The quotes whose speaker name folds to the same text as <paramref name="speakerName"/>.</summary>
    /// <param name="speakerName">The name.</param>
    /// <returns>The quotes, in library order.</returns>
    public IReadOnlyList<Quote> QuotesBySpeakerName(string speakerName) =>
        _quotesBySpeakerName.TryGetValue(TextFolding.Fold(speakerName.Trim()), out List<Quote>? quotes)
            ? quotes.AsReadOnly()
            : Array.Empty<Quote>();

    /// <summary>Orders entity counts: most mentions first, then by name, then by id (ordinal), then by first appearance.</summary>
    /// <param name="x">The first count.</param>
    /// <param name="y">The second count.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareCounts(EntityCount x, EntityCount y)
    {
        int byMentions = y.Mentions.CompareTo(x.Mentions);
        return byMentions != 0 ? byMentions : CompareEntities(x.Entity, y.Entity);
    }

    /// <summary>Orders entities by name, then id (ordinal), then first appearance: a total, deterministic order.</summary>
    /// <param name="x">The first entity.</param>
    /// <param name="y">The second entity.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareEntities(Entity x, Entity y)
    {
        int byName = string.CompareOrdinal(x.Name, y.Name);
        return byName != 0 ? byName : CompareById(x, y);
    }

    /// <summary>Orders entities by id (ordinal), then first appearance.</summary>
    /// <param name="x">The first entity.</param>
    /// <param name="y">The second entity.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareById(Entity x, Entity y)
    {
        int byId = string.CompareOrdinal(x.Id, y.Id);
        return byId != 0 ? byId : Ordinal(x).CompareTo(Ordinal(y));
    }

    /// <summary>The order in which the index first saw an entity.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its ordinal; <see cref="int.MaxValue"/> for an entity the articles do not know.</returns>
    public int Ordinal(Entity entity) => _entries.TryGetValue(entity, out Entry? entry) ? entry.Ordinal : int.MaxValue;

    private Entry GetOrAdd(Entity entity)
    {
        if (!_entries.TryGetValue(entity, out Entry? entry))
        {
            entry = new Entry(entity, _entries.Count);
            _entries.Add(entity, entry);
            if (!_byId.TryGetValue(entity.Id, out _))
            {
                _byId[entity.Id] = entity;
            }
        }

        return entry;
    }

    /// <summary>What the index knows about one entity.</summary>
    internal sealed class Entry
    {
        public Entry(Entity entity, int ordinal)
        {
            Entity = entity;
            Ordinal = ordinal;
        }

        public Entity Entity { get; }

        public int Ordinal { get; }

        public List<Article> Articles { get; } = new();

        public List<Mention> Mentions { get; } = new();

        public List<Quote> Quotes { get; } = new();

        public EntityCount? Count { get; set; }
    }
}
