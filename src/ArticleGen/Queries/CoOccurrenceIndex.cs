using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace ArticleGen;

/// <summary>
/// Which entities appear together. Two entities co-occur in an article when the article mentions both at least
/// once; the count of a pair is the number of such articles. Built from the distinct mentioned entities of each
/// article: O(sum over articles of k²) for k distinct entities per article, which stays small for news.
/// </summary>
internal sealed class CoOccurrenceIndex
{
    private readonly Dictionary<Entity, ReadOnlyCollection<CoOccurrence>> _byEntity = new();

    public CoOccurrenceIndex(IReadOnlyList<Article> articles, EntityIndex entities)
    {
        var pairs = new Dictionary<Entity, Dictionary<Entity, int>>();
        var distinct = new List<Entity>();
        var seen = new HashSet<Entity>();
        foreach (Article article in articles)
        {
            distinct.Clear();
            seen.Clear();
            foreach (Mention mention in article.Mentions)
            {
                if (seen.Add(mention.Entity))
                {
                    distinct.Add(mention.Entity);
                }
            }

            for (int i = 0; i < distinct.Count; i++)
            {
                for (int j = i + 1; j < distinct.Count; j++)
                {
                    Increment(pairs, distinct[i], distinct[j]);
                    Increment(pairs, distinct[j], distinct[i]);
                }
            }
        }

        var all = new List<CoOccurrence>();
        foreach (KeyValuePair<Entity, Dictionary<Entity, int>> partners in pairs)
        {
            var list = new CoOccurrence[partners.Value.Count];
            int n = 0;
            foreach (KeyValuePair<Entity, int> partner in partners.Value)
            {
                list[n++] = new CoOccurrence(partners.Key, partner.Key, partner.Value);
                if (entities.CompareById(partners.Key, partner.Key) < 0)
                {
                    all.Add(list[n - 1]);
                }
            }

            Array.Sort(list, (x, y) =>
            {
                int byCount = y.Articles.CompareTo(x.Articles);
                return byCount != 0 ? byCount : entities.CompareEntities(x.Second, y.Second);
            });
            _byEntity.Add(partners.Key, Array.AsReadOnly(list));
        }

        CoOccurrence[] sorted = all.ToArray();
        Array.Sort(sorted, (x, y) =>
        {
            int byCount = y.Articles.CompareTo(x.Articles);
            if (byCount != 0)
            {
                return byCount;
            }

            int byFirst = entities.CompareById(x.First, y.First);
            return byFirst != 0 ? byFirst : entities.CompareById(x.Second, y.Second);
        });
        All = Array.AsReadOnly(sorted);
    }

    /// <summary>Every pair once (the entity whose id sorts first is <see cref="CoOccurrence.First"/>), most frequent first.</summary>
    public ReadOnlyCollection<CoOccurrence> All { get; }

    /// <summary>The entities that appear with one entity, most frequent first, then by name.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its co-occurrences, with the entity as <see cref="CoOccurrence.First"/>.</returns>
    public IReadOnlyList<CoOccurrence> Of(Entity entity) =>
        _byEntity.TryGetValue(entity, out ReadOnlyCollection<CoOccurrence>? list) ? list : Array.Empty<CoOccurrence>();

    private static void Increment(Dictionary<Entity, Dictionary<Entity, int>> pairs, Entity a, Entity b)
    {
        if (!pairs.TryGetValue(a, out Dictionary<Entity, int>? partners))
        {
            partners = new Dictionary<Entity, int>();
            pairs.Add(a, partners);
        }

        partners.TryGetValue(b, out int count);
        partners[b] = count + 1;
    }
}
