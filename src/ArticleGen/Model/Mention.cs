namespace ArticleGen;

/// <summary>One occurrence of an entity's name or alias in an article's body.</summary>
public sealed class Mention
{
    internal Mention(Article article, Entity entity, BodySpan span)
    {
        Article = article;
        Entity = entity;
        Span = span;
    }

    /// <summary>The article whose body holds the mention.</summary>
    public Article Article { get; }

    /// <summary>The entity mentioned; the same object in every article.</summary>
    public Entity Entity { get; }

    /// <summary>Where the mention stands in the body.</summary>
    public BodySpan Span { get; }

    /// <summary>The mention's text as written (for example <c>Blinken</c> for Antony Blinken), on one line: a name broken by a hard line wrap reads with a space.</summary>
    public string Text => OneLine.Of(Span.Of(Article.Body));

    /// <inheritdoc />
    public override string ToString() => Text;
}
