using System;
using System.Collections.Generic;

namespace ArticleGen;

/// <summary>
/// Receives an article's paragraphs, mentions and quotes from generated code. The generator has already found
/// and checked them at compile time; the builder only turns offsets into objects.
/// </summary>
public sealed class ArticleBuilder
{
    private readonly Article _article;
    private readonly List<Paragraph> _paragraphs = new();
    private readonly List<Mention> _mentions = new();
    private readonly List<Quote> _quotes = new();

    internal ArticleBuilder(Article article) => _article = article;

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

    internal ArticleContent ToContent() =>
        new(_paragraphs.AsReadOnly(), _mentions.AsReadOnly(), _quotes.AsReadOnly());
}
