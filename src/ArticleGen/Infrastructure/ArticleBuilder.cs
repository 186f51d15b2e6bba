using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleGen.Infrastructure;

/// <summary>
/// Receives an article's paragraphs, mentions and quotes from generated code. The generator has already found
/// and checked them at compile time; the builder only turns offsets into objects. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleBuilder
{
    private readonly Article _article;
    private readonly List<Paragraph> _paragraphs = new();
    private readonly List<Mention> _mentions = new();
    private readonly List<Quote> _quotes = new();

    internal ArticleBuilder(Article article) => _article = article;

    /// <summary>Declares the next paragraphs, two numbers each: start and length, as <see cref="Paragraph(int, int)"/> takes them.</summary>
    /// <param name="spans">The pairs, one after another. Generated code passes a range of one constant array per file: stored as data, not code.</param>
    /// <exception cref="ArgumentException">The length of <paramref name="spans"/> is not a multiple of two.</exception>
    public void Paragraphs(ReadOnlySpan<int> spans)
    {
        CheckTuples(spans, 2, nameof(spans));
        for (int i = 0; i < spans.Length; i += 2)
        {
            Paragraph(spans[i], spans[i + 1]);
        }
    }

    /// <summary>
    /// Declares the next mentions, three numbers each: the entity's index in the article's
    /// <see cref="Article.Entities"/>, then start and length, as <see cref="Mention(Entity, int, int)"/> takes them.
    /// </summary>
    /// <param name="mentions">The triples, one after another.</param>
    /// <exception cref="ArgumentException">
    /// The length of <paramref name="mentions"/> is not a multiple of three, or an entity index is out of range.
    /// </exception>
    public void Mentions(ReadOnlySpan<int> mentions)
    {
        CheckTuples(mentions, 3, nameof(mentions));
        EntityList entities = _article.Entities;
        for (int i = 0; i < mentions.Length; i += 3)
        {
            Mention(EntityAt(entities, mentions[i], nameof(mentions)), mentions[i + 1], mentions[i + 2]);
        }
    }

    /// <summary>
    /// Declares the next quotes, five numbers each: start and length, the speaker's index in the article's
    /// <see cref="Article.Entities"/> (-1 when the speaker is no declared entity or unknown), then sentence start and
    /// sentence length, as <see cref="Quote(int, int, Entity, string, int, int)"/> takes them.
    /// </summary>
    /// <param name="quotes">The quintuples, one after another.</param>
    /// <param name="speakerNames">
    /// One name per quote, in the same order, for speakers that are no declared entity (<see langword="null"/> for
    /// the others); <see langword="null"/> when no quote has such a speaker.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The length of <paramref name="quotes"/> is not a multiple of five, a speaker index is out of range, or
    /// <paramref name="speakerNames"/> does not have one entry per quote.
    /// </exception>
    public void Quotes(ReadOnlySpan<int> quotes, string?[]? speakerNames)
    {
        CheckTuples(quotes, 5, nameof(quotes));
        if (speakerNames is not null && speakerNames.Length != quotes.Length / 5)
        {
            throw new ArgumentException("There must be one speaker name, or null, per quote.", nameof(speakerNames));
        }

        EntityList entities = _article.Entities;
        for (int i = 0, q = 0; i < quotes.Length; i += 5, q++)
        {
            Entity? speaker = quotes[i + 2] == -1 ? null : EntityAt(entities, quotes[i + 2], nameof(quotes));
            Quote(quotes[i], quotes[i + 1], speaker, speakerNames?[q], quotes[i + 3], quotes[i + 4]);
        }
    }

    /// <summary>Declares the next paragraph.</summary>
    /// <param name="start">Its offset in the body.</param>
    /// <param name="length">Its length.</param>
    public void Paragraph(int start, int length) =>
        _paragraphs.Add(new Paragraph(_article, _paragraphs.Count, new BodySpan(start, length)));

    /// <summary>Declares the next mention.</summary>
    /// <param name="entity">The entity mentioned.</param>
    /// <param name="start">The mention's offset in the body.</param>
    /// <param name="length">The mention's length.</param>
    public void Mention(Entity entity, int start, int length) =>
        _mentions.Add(new Mention(_article, entity ?? throw new ArgumentNullException(nameof(entity)), new BodySpan(start, length)));

    /// <summary>Declares the next quote.</summary>
    /// <param name="start">The offset of the quoted words, after the opening mark.</param>
    /// <param name="length">The length of the quoted words, without the closing mark.</param>
    /// <param name="speaker">The speaking entity, if it is a declared one.</param>
    /// <param name="speakerName">The speaker's name when it is no declared entity.</param>
    /// <param name="sentenceStart">The offset of the sentence holding the quote.</param>
    /// <param name="sentenceLength">The length of that sentence.</param>
    public void Quote(int start, int length, Entity? speaker, string? speakerName, int sentenceStart, int sentenceLength) =>
        _quotes.Add(new Quote(_article, _quotes.Count, new BodySpan(start, length), speaker, speakerName, new BodySpan(sentenceStart, sentenceLength)));

    private static void CheckTuples(ReadOnlySpan<int> values, int size, string parameter)
    {
        if (values.Length % size != 0)
        {
            throw new ArgumentException($"The length must be a multiple of {size}; it is {values.Length}.", parameter);
        }
    }

    private static Entity EntityAt(EntityList entities, int index, string parameter) =>
        (uint)index < (uint)entities.Count
            ? entities[index]
            : throw new ArgumentException($"Entity index {index} is outside the article's {entities.Count} entities.", parameter);

    internal ArticleContent ToContent() =>
        new(_paragraphs.AsReadOnly(), _mentions.AsReadOnly(), _quotes.AsReadOnly());
}
