using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using ArticleGen.Infrastructure;

namespace ArticleGen;

/// <summary>
/// A news article compiled into the program. Each article is a generated subclass with one instance; its
/// metadata are set when it is first touched, its body and its quotes and mentions only when first asked for.
/// </summary>
public abstract class Article
{
    private string? _body;
    private ArticleContent? _content;
    private EntityList? _entities;

    /// <summary>Creates the article's metadata. Generated code calls this once per article.</summary>
    /// <param name="metadata">The front matter's values.</param>
    protected Article(ArticleMetadata metadata)
    {
        Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
    }

    /// <summary>The article's metadata, as its front matter gives them.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>The article's id: the front matter's <c>id</c>, else its file name without extension.</summary>
    public string Id => Metadata.Id;

    /// <summary>The headline.</summary>
    public string Title => Metadata.Title;

    /// <summary>Who published the article (for example <c>Reuters</c>), if given.</summary>
    public string? Source => Metadata.Source;

    /// <summary>When the article was published, if given.</summary>
    public ArticleDate? Published => Metadata.Published;

    /// <summary>The article's address, if given.</summary>
    public string? Url => Metadata.Url;

    /// <summary>The authors, in the order given.</summary>
    public IReadOnlyList<string> Authors => Metadata.Authors;

    /// <summary>The BCP 47 language tag; <c>en</c> unless given.</summary>
    public string Language => Metadata.Language;

    /// <summary>The tags, in the order given.</summary>
    public IReadOnlyList<string> Tags => Metadata.Tags;

    /// <summary>The body exactly as written, with line endings normalised to <c>\n</c>.</summary>
    public string Body => _body ?? Interlocked.CompareExchange(ref _body, LoadBody(), null) ?? _body!;

    /// <summary>The entities the article declares or uses, in the order of the front matter.</summary>
    public EntityList Entities => LazyInitializer.EnsureInitialized(ref _entities, CreateEntities)!;

    /// <summary>The paragraphs of the body, in order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Content.Paragraphs;

    /// <summary>Every mention of a declared entity in the body, in order of position.</summary>
    public IReadOnlyList<Mention> Mentions => Content.Mentions;

    /// <summary>Every direct quote in the body, in order of position.</summary>
    public IReadOnlyList<Quote> Quotes => Content.Quotes;

    private ArticleContent Content => LazyInitializer.EnsureInitialized(ref _content, BuildContent)!;

    /// <summary>The mentions of one entity in this article, in order of position.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>Its mentions; empty if the article does not mention it.</returns>
    public IReadOnlyList<Mention> MentionsOf(Entity entity)
    {
        if (entity is null)
        {
            throw new ArgumentNullException(nameof(entity));
        }

        var mentions = new List<Mention>();
        foreach (Mention mention in Mentions)
        {
            if (mention.Entity == entity)
            {
                mentions.Add(mention);
            }
        }

        return mentions.AsReadOnly();
    }

    /// <summary>The paragraph that holds a body offset; the last paragraph for an offset past the end.</summary>
    /// <param name="offset">An offset into <see cref="Body"/>.</param>
    /// <returns>The paragraph.</returns>
    /// <exception cref="InvalidOperationException">The article has no paragraphs.</exception>
    public Paragraph ParagraphAt(int offset)
    {
        IReadOnlyList<Paragraph> paragraphs = Paragraphs;
        if (paragraphs.Count == 0)
        {
            throw new InvalidOperationException("The article has no paragraphs.");
        }

        int low = 0;
        int high = paragraphs.Count - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (paragraphs[mid].Span.Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return paragraphs[low];
    }

    /// <summary>Produces the body. Generated code decodes it from data compiled into the assembly.</summary>
    /// <returns>The body.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract string LoadBody();

    /// <summary>Creates the list of the article's entities. Generated code returns its typed subclass.</summary>
    /// <returns>The entity list.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract EntityList CreateEntities();

    /// <summary>Declares the article's paragraphs, mentions and quotes. Called once, on first use.</summary>
    /// <param name="builder">The builder to declare them to.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected abstract void Build(ArticleBuilder builder);

    /// <inheritdoc />
    public override string ToString() => Title;

    private ArticleContent BuildContent()
    {
        var builder = new ArticleBuilder(this);
        Build(builder);
        return builder.ToContent();
    }
}
