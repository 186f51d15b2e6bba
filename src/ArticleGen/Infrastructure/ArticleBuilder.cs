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
    /// <param name="packed">
    /// The pairs, packed as generated code keeps them: a count of tuples, then differences from the previous tuple, in
    /// bytes two to a char (a range of a string literal, which reference assemblies leave out).
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="packed"/> is malformed.</exception>
    public void Paragraphs(ReadOnlySpan<char> packed)
    {
        var reader = new PackedNumberReader(packed, nameof(packed));
        int start = 0, length = 0;
        for (int i = reader.Count(); i > 0; i--)
        {
            start = reader.Next(start);
            length = reader.Next(length);
            Paragraph(start, length);
        }

        reader.End();
    }

    /// <summary>
    /// Declares the next mentions, three numbers each: the entity's index in the article's
    /// <see cref="Article.Entities"/>, then start and length, as <see cref="Mention(Entity, int, int)"/> takes them.
    /// </summary>
    /// <param name="packed">The triples, packed as for <see cref="Paragraphs(ReadOnlySpan{char})"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="packed"/> is malformed, or an entity index is out of range.</exception>
    public void Mentions(ReadOnlySpan<char> packed)
    {
        var reader = new PackedNumberReader(packed, nameof(packed));
        EntityList entities = _article.Entities;
        int entity = 0, start = 0, length = 0;
        for (int i = reader.Count(); i > 0; i--)
        {
            entity = reader.Next(entity);
            start = reader.Next(start);
            length = reader.Next(length);
            Mention(EntityAt(entities, entity, nameof(packed)), start, length);
        }

        reader.End();
    }

    /// <summary>
    /// Declares the next quotes, five numbers each: start and length, the speaker's index in the article's
    /// <see cref="Article.Entities"/> (-1 when the speaker is no declared entity or unknown), then sentence start and
    /// sentence length, as <see cref="Quote(int, int, Entity, string, int, int)"/> takes them.
    /// </summary>
    /// <param name="packed">The quintuples, packed as for <see cref="Paragraphs(ReadOnlySpan{char})"/>.</param>
    /// <param name="speakerNames">
    /// One name per quote, in the same order, for speakers that are no declared entity (<see langword="null"/> for
    /// the others); <see langword="null"/> when no quote has such a speaker.
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="packed"/> is malformed, a speaker index is out of range, or <paramref name="speakerNames"/> does
    /// not have one entry per quote.
    /// </exception>
    public void Quotes(ReadOnlySpan<char> packed, string?[]? speakerNames)
    {
        var reader = new PackedNumberReader(packed, nameof(packed));
        int count = reader.Count();
        if (speakerNames is not null && speakerNames.Length != count)
        {
            throw new ArgumentException("There must be one speaker name, or null, per quote.", nameof(speakerNames));
        }

        EntityList entities = _article.Entities;
        int start = 0, length = 0, speaker = 0, sentenceStart = 0, sentenceLength = 0;
        for (int q = 0; q < count; q++)
        {
            start = reader.Next(start);
            length = reader.Next(length);
            speaker = reader.Next(speaker);
            sentenceStart = reader.Next(sentenceStart);
            sentenceLength = reader.Next(sentenceLength);
            Quote(start, length, speaker == -1 ? null : EntityAt(entities, speaker, nameof(packed)), speakerNames?[q], sentenceStart, sentenceLength);
        }

        reader.End();
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

    private static Entity EntityAt(EntityList entities, int index, string parameter) =>
        (uint)index < (uint)entities.Count
            ? entities[index]
            : throw new ArgumentException($"Entity index {index} is outside the article's {entities.Count} entities.", parameter);

    internal ArticleContent ToContent() =>
        new(_paragraphs.AsReadOnly(), _mentions.AsReadOnly(), _quotes.AsReadOnly());
}
