using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using ArticleGen.Infrastructure;

namespace ArticleGen;

/// <summary>
/// Queries over a set of articles: who is mentioned where, who said what, tags, sources, dates, co-occurring
/// entities and ranked full-text search.
/// </summary>
/// <remarks>
/// <para>
/// A library is immutable. Its indexes are built on first use, once each, and are safe to use from several
/// threads: the entity index (mentions, quotes, speakers) on the first entity or quote query, the co-occurrence
/// index on the first co-occurrence query, the full-text index on the first search. Results are read-only lists in
/// a deterministic order: articles in the order the library was given unless a method says otherwise.
/// </para>
/// <example>
/// <code>
/// var library = new ArticleLibrary(Articles.All);
/// foreach (Quote quote in library.QuotesBy(People.WangYi)) { Console.WriteLine(quote.Text); }
/// foreach (SearchHit hit in library.Search("\"great ship\" beijing")) { Console.WriteLine(hit.Article.Title); }
/// </code>
/// </example>
/// </remarks>
public sealed class ArticleLibrary
{
    private readonly ReadOnlyCollection<Article> _articles;
    private readonly Lazy<EntityIndex> _entities;
    private readonly Lazy<CoOccurrenceIndex> _coOccurrences;
    private readonly Lazy<SearchIndex> _search;
    private readonly Lazy<ReadOnlyCollection<Article>> _timeline;
    private int _entityIndexBuilds;
    private int _coOccurrenceIndexBuilds;
    private int _searchIndexBuilds;

    /// <summary>Creates a library of articles: all of a compilation's (<c>Articles.All</c>), or any subset.</summary>
    /// <param name="articles">The articles, in the order queries return them; an article given twice is kept once, at its first place.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="articles"/> holds <see langword="null"/>.</exception>
    public ArticleLibrary(IEnumerable<Article> articles)
    {
        if (articles is null)
        {
            throw new ArgumentNullException(nameof(articles));
        }

        _articles = articles is ArticleCatalog catalog ? new ReadOnlyCollection<Article>(catalog) : Distinct(articles);
        _entities = new Lazy<EntityIndex>(
            () =>
            {
                Interlocked.Increment(ref _entityIndexBuilds);
                return new EntityIndex(_articles);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        _coOccurrences = new Lazy<CoOccurrenceIndex>(
            () =>
            {
                Interlocked.Increment(ref _coOccurrenceIndexBuilds);
                return new CoOccurrenceIndex(_articles, _entities.Value);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        _search = new Lazy<SearchIndex>(
            () =>
            {
                Interlocked.Increment(ref _searchIndexBuilds);
                return new SearchIndex(_articles);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        _timeline = new Lazy<ReadOnlyCollection<Article>>(BuildTimeline, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The articles, in the order given.</summary>
    public IReadOnlyList<Article> Articles => _articles;

    /// <summary>Every quote of every article, by article in library order, then by position.</summary>
    public IReadOnlyList<Quote> Quotes => Entities.Quotes;

    /// <summary>
    /// Every entity that an article of the library declares, mentions or quotes, with its mention count and the
    /// number of articles that mention it (both may be 0 for an entity only declared or only quoted); most mentioned
    /// first, then by name and id (ordinal).
    /// </summary>
    public IReadOnlyList<EntityCount> EntityCounts => Entities.Counts;

    /// <summary>
    /// Every pair of entities mentioned together in at least one article, once per pair, with the number of articles
    /// that mention both; most frequent first, then by the ids (ordinal). <see cref="CoOccurrence.First"/> is the
    /// entity whose id sorts first.
    /// </summary>
    public IReadOnlyList<CoOccurrence> CoOccurrences => _coOccurrences.Value.All;

    /// <summary>The articles that have a publication date, oldest first (by <see cref="ArticleDate.CompareTo"/>; ties in library order). Articles without a date are left out.</summary>
    public IReadOnlyList<Article> Timeline => _timeline.Value;

    /// <summary>How many times the entity index was built: 0 or 1. For tests.</summary>
    internal int EntityIndexBuilds => Volatile.Read(ref _entityIndexBuilds);

    /// <summary>How many times the co-occurrence index was built: 0 or 1. For tests.</summary>
    internal int CoOccurrenceIndexBuilds => Volatile.Read(ref _coOccurrenceIndexBuilds);

    /// <summary>How many times the full-text index was built: 0 or 1. For tests.</summary>
    internal int SearchIndexBuilds => Volatile.Read(ref _searchIndexBuilds);

    /// <summary>The full-text index, built on first use.</summary>
    internal SearchIndex SearchIndex => _search.Value;

    private EntityIndex Entities => _entities.Value;

    /// <summary>The article with an id.</summary>
    /// <param name="id">The article id (ordinal comparison).</param>
    /// <returns>The first article with that id, or <see langword="null"/>.</returns>
    public Article? FindArticle(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        foreach (Article article in _articles)
        {
            if (string.Equals(article.Id, id, StringComparison.Ordinal))
            {
                return article;
            }
        }

        return null;
    }

    /// <summary>The entity with an id, if an article of the library declares, mentions or quotes it.</summary>
    /// <param name="id">The entity id (ordinal comparison).</param>
    /// <returns>The entity, or <see langword="null"/>.</returns>
    public Entity? FindEntity(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        return Entities.FindById(id);
    }

    /// <summary>The articles that mention an entity at least once, in library order.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The articles; empty if none does.</returns>
    public IReadOnlyList<Article> ArticlesMentioning(Entity entity)
    {
        EntityIndex.Entry? entry = Entities.Find(entity ?? throw new ArgumentNullException(nameof(entity)));
        return entry is null ? Array.Empty<Article>() : entry.Articles.AsReadOnly();
    }

    /// <summary>Every mention of an entity, by article in library order, then by position.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The mentions; empty if there are none.</returns>
    public IReadOnlyList<Mention> MentionsOf(Entity entity)
    {
        EntityIndex.Entry? entry = Entities.Find(entity ?? throw new ArgumentNullException(nameof(entity)));
        return entry is null ? Array.Empty<Mention>() : entry.Mentions.AsReadOnly();
    }

    /// <summary>The quotes an entity said (<see cref="Quote.Speaker"/> is that entity), by article in library order, then by position.</summary>
    /// <param name="speaker">The speaker.</param>
    /// <returns>The quotes; empty if there are none.</returns>
    public IReadOnlyList<Quote> QuotesBy(Entity speaker)
    {
        EntityIndex.Entry? entry = Entities.Find(speaker ?? throw new ArgumentNullException(nameof(speaker)));
        return entry is null ? Array.Empty<Quote>() : entry.Quotes.AsReadOnly();
    }

    /// <summary>
    /// The quotes whose <see cref="Quote.SpeakerName"/> is <paramref name="speakerName"/>, compared case- and
    /// diacritic-insensitively and without surrounding white space: speakers that are no declared entity, and
    /// entities by their name. In library order, then by position.
    /// </summary>
    /// <param name="speakerName">The speaker's name, for example <c>Wang Yi</c>.</param>
    /// <returns>The quotes; empty if there are none.</returns>
    public IReadOnlyList<Quote> QuotesBy(string speakerName)
    {
        if (speakerName is null)
        {
            throw new ArgumentNullException(nameof(speakerName));
        }

        return Entities.QuotesBySpeakerName(speakerName);
    }

    /// <summary>The entities of one kind, with their mention counts, most mentioned first (as <see cref="EntityCounts"/>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The entities of that kind.</returns>
    public IReadOnlyList<EntityCount> EntitiesOfKind(EntityKind kind)
    {
        var result = new List<EntityCount>();
        foreach (EntityCount count in Entities.Counts)
        {
            if (count.Entity.Kind == kind)
            {
                result.Add(count);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>The mention count of one entity.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its count; zero mentions in zero articles for an entity the library does not know.</returns>
    public EntityCount CountOf(Entity entity)
    {
        EntityIndex.Entry? entry = Entities.Find(entity ?? throw new ArgumentNullException(nameof(entity)));
        return entry?.Count ?? new EntityCount(entity, 0, 0);
    }

    /// <summary>
    /// The entities mentioned in the same articles as <paramref name="entity"/>, each with the number of articles
    /// that mention both at least once; most frequent first, then by name. An article counts once per pair however
    /// often it names either entity; declared but unmentioned entities and quote speakers do not count.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its co-occurrences, with <paramref name="entity"/> as <see cref="CoOccurrence.First"/>.</returns>
    public IReadOnlyList<CoOccurrence> CoOccurrencesOf(Entity entity) =>
        _coOccurrences.Value.Of(entity ?? throw new ArgumentNullException(nameof(entity)));

    /// <summary>Everything the library says about an entity: the articles that mention it, its mentions, its quotes and the entities it appears with.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its back-links.</returns>
    public EntityLinks LinksOf(Entity entity) =>
        new(entity, ArticlesMentioning(entity), MentionsOf(entity), QuotesBy(entity), CoOccurrencesOf(entity));

    /// <summary>The articles with a tag (ordinal, case-insensitive), in library order.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The articles.</returns>
    public IReadOnlyList<Article> WithTag(string tag)
    {
        if (tag is null)
        {
            throw new ArgumentNullException(nameof(tag));
        }

        var result = new List<Article>();
        foreach (Article article in _articles)
        {
            foreach (string t in article.Tags)
            {
                if (string.Equals(t, tag, StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(article);
                    break;
                }
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>The articles from a source (ordinal, case-insensitive, for example <c>Reuters</c>), in library order.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The articles.</returns>
    public IReadOnlyList<Article> FromSource(string source)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        var result = new List<Article>();
        foreach (Article article in _articles)
        {
            if (string.Equals(article.Source, source, StringComparison.OrdinalIgnoreCase))
            {
                result.Add(article);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>Every tag of the library once (the first spelling seen; ordinal, case-insensitive), in order of first appearance.</summary>
    /// <returns>The tags.</returns>
    public IReadOnlyList<string> AllTags() => Distinct(article => article.Tags);

    /// <summary>Every source of the library once (the first spelling seen; ordinal, case-insensitive), in order of first appearance.</summary>
    /// <returns>The sources.</returns>
    public IReadOnlyList<string> AllSources() =>
        Distinct(article => article.Source is null ? Array.Empty<string>() : new[] { article.Source });

    /// <summary>
    /// The articles published from <paramref name="earliest"/> to <paramref name="latest"/>, both included, oldest first
    /// (as <see cref="Timeline"/>); articles without a date are left out. A bound without a time of day compares
    /// calendar dates (the article's date as it gave it), so <c>2024-04-26</c> as <paramref name="latest"/> keeps
    /// articles of any time that day; a bound with a time compares moments (an article without a time is at
    /// midnight UTC of its date).
    /// </summary>
    /// <param name="earliest">The first date or moment included.</param>
    /// <param name="latest">The last date or moment included.</param>
    /// <returns>The articles.</returns>
    public IReadOnlyList<Article> PublishedBetween(ArticleDate earliest, ArticleDate latest)
    {
        var result = new List<Article>();
        foreach (Article article in Timeline)
        {
            ArticleDate date = article.Published!.Value;
            if (!IsBefore(date, earliest) && !IsAfter(date, latest))
            {
                result.Add(article);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>
    /// Ranked full-text search over titles and bodies (quotes included): see <see cref="Search(string, int)"/>.
    /// </summary>
    /// <param name="query">The query: words, and phrases in double quotes.</param>
    /// <returns>Every matching article, best first.</returns>
    public IReadOnlyList<SearchHit> Search(string query) => Search(query, int.MaxValue);

    /// <summary>
    /// Ranked full-text search over titles and bodies (quotes included).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The query is words and <c>"exact phrases"</c> in double quotes (straight or curly). An article matches when
    /// it holds at least one of them; it is scored with Okapi BM25 (k1 = 1.2, b = 0.75, IDF = ln(1 + (N - n + 0.5) /
    /// (n + 0.5))), each phrase counting as one term whose frequency is its number of occurrences. Hits are ordered
    /// by score, highest first, ties in library order.
    /// </para>
    /// <para>
    /// Matching is on whole words, case- and diacritic-insensitive (<c>zurich</c> finds <c>Zürich</c>); an apostrophe
    /// inside a word is kept (<c>don't</c>, <c>O’Brien</c>, either apostrophe) and a possessive <c>'s</c> is dropped
    /// (<c>China’s</c> is found by <c>china</c>). There is no stemming and there are no stop words.
    /// </para>
    /// </remarks>
    /// <param name="query">The query.</param>
    /// <param name="maxResults">The most hits to return.</param>
    /// <returns>The hits, best first; empty for a query without words.</returns>
    public IReadOnlyList<SearchHit> Search(string query, int maxResults)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        if (maxResults < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxResults));
        }

        SearchQuery parsed = SearchQuery.Parse(query);
        return parsed.Clauses.Count == 0 ? Array.Empty<SearchHit>() : _search.Value.Search(parsed, maxResults);
    }

    /// <summary>The co-occurrence network of the library, for drawing: see <see cref="CoOccurrenceNetwork"/>.</summary>
    /// <param name="minArticles">The fewest articles an edge must have to be kept.</param>
    /// <returns>The network.</returns>
    public CoOccurrenceNetwork Network(int minArticles = 1)
    {
        if (minArticles < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(minArticles));
        }

        return new CoOccurrenceNetwork(Entities, _coOccurrences.Value, minArticles);
    }

    /// <summary>The library's articles as the JSON of the export contract: <see cref="ArticleJson.Serialize"/>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => ArticleJson.Serialize(_articles);

    private static bool IsBefore(ArticleDate date, ArticleDate bound) =>
        bound.HasTime ? date.Value < bound.Value : date.Date < bound.Date;

    private static bool IsAfter(ArticleDate date, ArticleDate bound) =>
        bound.HasTime ? date.Value > bound.Value : date.Date > bound.Date;

    private ReadOnlyCollection<Article> BuildTimeline()
    {
        var dated = new List<KeyValuePair<int, Article>>();
        for (int i = 0; i < _articles.Count; i++)
        {
            if (_articles[i].Published.HasValue)
            {
                dated.Add(new KeyValuePair<int, Article>(i, _articles[i]));
            }
        }

        dated.Sort((x, y) =>
        {
            int byDate = x.Value.Published!.Value.CompareTo(y.Value.Published!.Value);
            return byDate != 0 ? byDate : x.Key.CompareTo(y.Key);
        });

        var result = new Article[dated.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = dated[i].Value;
        }

        return Array.AsReadOnly(result);
    }

    private ReadOnlyCollection<string> Distinct(Func<Article, IReadOnlyList<string>> values)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (Article article in _articles)
        {
            foreach (string value in values(article))
            {
                if (seen.Add(value))
                {
                    result.Add(value);
                }
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>
    /// The articles, each once at its first place. A catalog (<c>Articles.All</c>) is kept as it is instead: its articles
    /// are distinct and never null, and wrapping it creates none of them.
    /// </summary>
    private static ReadOnlyCollection<Article> Distinct(IEnumerable<Article> articles)
    {
        var list = new List<Article>();
        var seen = new HashSet<Article>(IdentityComparer<Article>.Instance);
        foreach (Article article in articles)
        {
            if (article is null)
            {
                throw new ArgumentException("The articles must not hold null.", nameof(articles));
            }

            if (seen.Add(article))
            {
                list.Add(article);
            }
        }

        return list.AsReadOnly();
    }
}
