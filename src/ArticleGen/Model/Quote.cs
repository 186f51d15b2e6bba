namespace ArticleGen;

/// <summary>A direct quote in an article's body, with its speaker when the article tells who spoke.</summary>
public sealed class Quote
{
    internal Quote(Article article, int index, BodySpan span, Entity? speaker, string? speakerName, BodySpan sentence)
    {
        Article = article;
        Index = index;
        Span = span;
        Speaker = speaker;
        SpeakerName = speakerName ?? speaker?.Name;
        SentenceSpan = sentence;
    }

    /// <summary>The article whose body holds the quote.</summary>
    public Article Article { get; }

    /// <summary>The quote's position among the article's quotes, from 0.</summary>
    public int Index { get; }

    /// <summary>Where the quoted words stand in the body, without the quote marks.</summary>
    public BodySpan Span { get; }

    /// <summary>The quoted words, without the quote marks, on one line (a line break of hard-wrapped text reads as a space).</summary>
    public string Text => OneLine.Of(Span.Of(Article.Body));

    /// <summary>The speaker when it is a declared entity (a <see cref="Person"/>, or an <see cref="Organization"/> for a statement); otherwise <see langword="null"/>.</summary>
    public Entity? Speaker { get; }

    /// <summary>The speaker's name: the entity's name, or the name the text gives for a speaker that is no declared entity; <see langword="null"/> when nobody is attributed.</summary>
    public string? SpeakerName { get; }

    /// <summary>Where the sentence holding the quote stands in the body.</summary>
    public BodySpan SentenceSpan { get; }

    /// <summary>The sentence holding the quote, on one line.</summary>
    public string Sentence => OneLine.Of(SentenceSpan.Of(Article.Body));

    /// <summary>The paragraph holding the start of the quote.</summary>
    public Paragraph Paragraph => Article.ParagraphAt(Span.Start);

    /// <inheritdoc />
    public override string ToString() => SpeakerName is null ? "\u201C" + Text + "\u201D" : SpeakerName + ": \u201C" + Text + "\u201D";
}
