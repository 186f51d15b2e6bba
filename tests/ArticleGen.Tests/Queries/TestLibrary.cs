using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Infrastructure;

namespace ArticleGen.Tests.Queries;

/// <summary>
/// An article built by hand the way generated code builds one: a body, metadata, the entities it uses, and in
/// <see cref="Build"/> its paragraphs (split on blank lines), its mentions (whole-word occurrences of each entity's
/// name or aliases, longest first, without overlaps) and its quotes (each given text found in the body, with an
/// <see cref="Entity"/> or a plain name as speaker).
/// </summary>
internal sealed class TestArticle : Article
{
    private readonly string _body;
    private readonly IReadOnlyList<Entity> _entities;
    private readonly IReadOnlyList<(string Text, object? Speaker)> _quotes;

    public TestArticle(ArticleMetadata metadata, string body, IReadOnlyList<Entity> entities, IReadOnlyList<(string Text, object? Speaker)> quotes)
        : base(metadata)
    {
        _body = body;
        _entities = entities;
        _quotes = quotes;
    }

    /// <summary>How many times <see cref="Build"/> ran.</summary>
    public int BuildCount { get; private set; }

    protected override string LoadBody() => _body;

    protected override EntityList CreateEntities() => new(_entities.ToArray());

    protected override void Build(ArticleBuilder builder)
    {
        BuildCount++;
        foreach ((int start, int length) in SplitParagraphs(_body))
        {
            builder.Paragraph(start, length);
        }

        foreach ((Entity entity, int start, int length) in FindMentions(_body, _entities))
        {
            builder.Mention(entity, start, length);
        }

        var quotes = new List<(int Start, int Length, object? Speaker)>();
        foreach ((string text, object? speaker) in _quotes)
        {
            int start = _body.IndexOf(text, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException("Quote not found in the body: " + text);
            }

            quotes.Add((start, text.Length, speaker));
        }

        foreach ((int start, int length, object? speaker) in quotes.OrderBy(q => q.Start))
        {
            (int sentenceStart, int sentenceLength) = Sentence(_body, start, length);
            builder.Quote(start, length, speaker as Entity, speaker as string, sentenceStart, sentenceLength);
        }
    }

    /// <summary>The paragraphs: runs of text separated by blank lines.</summary>
    public static IEnumerable<(int Start, int Length)> SplitParagraphs(string body)
    {
        int start = 0;
        while (start < body.Length)
        {
            int end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = body.Length;
            }

            if (end > start)
            {
                yield return (start, end - start);
            }

            start = end + 2;
        }
    }

    /// <summary>Whole-word occurrences of names and aliases, longest match first, in order of position.</summary>
    public static IEnumerable<(Entity Entity, int Start, int Length)> FindMentions(string body, IEnumerable<Entity> entities)
    {
        var candidates = new List<(Entity Entity, int Start, int Length)>();
        foreach (Entity entity in entities)
        {
            foreach (string form in new[] { entity.Name }.Concat(entity.Aliases))
            {
                int at = body.IndexOf(form, StringComparison.Ordinal);
                while (at >= 0)
                {
                    bool before = at == 0 || !char.IsLetterOrDigit(body[at - 1]);
                    bool after = at + form.Length == body.Length || !char.IsLetterOrDigit(body[at + form.Length]);
                    if (before && after)
                    {
                        candidates.Add((entity, at, form.Length));
                    }

                    at = body.IndexOf(form, at + 1, StringComparison.Ordinal);
                }
            }
        }

        var accepted = new List<(Entity Entity, int Start, int Length)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Length).ThenBy(c => c.Start))
        {
            if (!accepted.Any(a => a.Start < candidate.Start + candidate.Length && candidate.Start < a.Start + a.Length))
            {
                accepted.Add(candidate);
            }
        }

        return accepted.OrderBy(a => a.Start).ToList();
    }

    /// <summary>The sentence around a quote: from after the previous sentence end (or paragraph start) to the next sentence end after the quote.</summary>
    private static (int Start, int Length) Sentence(string body, int quoteStart, int quoteLength)
    {
        int start = quoteStart - 1;
        while (start > 0 && !(body[start - 1] == '\n' || (start >= 2 && ".!?".Contains(body[start - 2]) && body[start - 1] == ' ')))
        {
            start--;
        }

        start = Math.Max(start, 0);
        int end = quoteStart + quoteLength + 1;
        while (end < body.Length && body[end] != '\n' && !".!?".Contains(body[end - 1]))
        {
            end++;
        }

        end = Math.Min(end, body.Length);
        return (start, end - start);
    }
}

/// <summary>Builds small synthetic libraries.</summary>
internal static class TestLibrary
{
    /// <summary>Creates an article.</summary>
    public static TestArticle Article(
        string id,
        string body,
        string? title = null,
        string? source = null,
        ArticleDate? published = null,
        string[]? tags = null,
        Entity[]? entities = null,
        (string Text, object? Speaker)[]? quotes = null,
        string? url = null,
        string[]? authors = null,
        string language = "en") =>
        new(
            new ArticleMetadata(id, title ?? id, source, published, url, authors, language, tags),
            body,
            entities ?? Array.Empty<Entity>(),
            quotes ?? Array.Empty<(string, object?)>());

    /// <summary>A date without time.</summary>
    public static ArticleDate Date(int year, int month, int day) => new(year, month, day);
}

/// <summary>
/// A small world of four articles sharing entities, with every answer counted by hand in the tests.
/// </summary>
internal static class World
{
    public static readonly Person Blinken = new("antony-blinken", "Antony Blinken", new[] { "Blinken" }, "U.S. Secretary of State", "Q312847");
    public static readonly Person WangYi = new("wang-yi", "Wang Yi", new[] { "Wang" }, "Chinese Foreign Minister");
    public static readonly Place Beijing = new("beijing", "Beijing");
    public static readonly Place Zurich = new("zurich", "Zürich", new[] { "Zurich" });
    public static readonly Organization UnitedNations = new("un", "United Nations", new[] { "UN" });

    public static readonly TestArticle BlinkenMeetsWang = TestLibrary.Article(
        "blinken-meets-wang",
        "Antony Blinken met Wang Yi in Beijing on Friday.\n\n"
        + "\"We had a candid discussion\", Blinken said. Wang called China's ties a \"great ship\" that must sail steadily.\n\n"
        + "The meeting in Beijing lasted five hours.",
        title: "Blinken meets Wang Yi in Beijing",
        source: "Reuters",
        published: TestLibrary.Date(2024, 4, 26),
        tags: new[] { "diplomacy", "china" },
        entities: new Entity[] { Blinken, WangYi, Beijing },
        quotes: new (string, object?)[] { ("We had a candid discussion", Blinken), ("great ship", WangYi) },
        url: "https://example.org/blinken",
        authors: new[] { "Jane Doe" });

    public static readonly TestArticle UnSummit = TestLibrary.Article(
        "un-summit-zurich",
        "Delegates of the United Nations gathered in Zürich. Blinken attended the UN meeting.\n\n"
        + "\"Climate action cannot wait\", said María López, a delegate.",
        title: "UN summit opens in Zürich",
        source: "AP",
        published: new ArticleDate(new DateTimeOffset(2024, 5, 2, 9, 30, 0, TimeSpan.FromHours(2))),
        tags: new[] { "diplomacy", "climate" },
        entities: new Entity[] { UnitedNations, Zurich, Blinken },
        quotes: new (string, object?)[] { ("Climate action cannot wait", "María López") });

    public static readonly TestArticle WangInZurich = TestLibrary.Article(
        "wang-in-zurich",
        "Wang Yi arrived in Zurich. Wang\u2019s visit to ZURICH follows talks with the UN.\n\n"
        + "\"The great ship of friendship sails on\", Wang said.",
        title: "Wang Yi visits Switzerland",
        source: "Reuters",
        tags: new[] { "China" },
        entities: new Entity[] { WangYi, Zurich, UnitedNations },
        quotes: new (string, object?)[] { ("The great ship of friendship sails on", WangYi) });

    public static readonly TestArticle Markets = TestLibrary.Article(
        "market-report",
        "Stocks rose in Beijing and in Zürich.",
        title: "Markets",
        source: "Bloomberg",
        published: TestLibrary.Date(2024, 3, 1),
        tags: new[] { "markets" },
        entities: new Entity[] { Beijing, Zurich });

    public static TestArticle[] All => new[] { BlinkenMeetsWang, UnSummit, WangInZurich, Markets };

    public static ArticleLibrary Library() => new(All);
}
