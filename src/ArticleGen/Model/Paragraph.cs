namespace ArticleGen;

/// <summary>A paragraph of an article's body: paragraphs are separated by blank lines.</summary>
public sealed class Paragraph
{
    internal Paragraph(Article article, int index, BodySpan span)
    {
        Article = article;
        Index = index;
        Span = span;
    }

    /// <summary>The article the paragraph belongs to.</summary>
    public Article Article { get; }

    /// <summary>The paragraph's position in the article, from 0.</summary>
    public int Index { get; }

    /// <summary>Where the paragraph stands in the body.</summary>
    public BodySpan Span { get; }

    /// <summary>The paragraph's text.</summary>
    public string Text => Span.Of(Article.Body);

    /// <inheritdoc />
    public override string ToString() => Text;
}
