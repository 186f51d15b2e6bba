using System;
using System.Collections.Generic;

namespace ArticleGen;

/// <summary>An article's front-matter values, gathered so that generated code can pass them in one argument.</summary>
public sealed class ArticleMetadata
{
    /// <summary>Creates the metadata.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="title">The headline.</param>
    /// <param name="source">The publisher, if given.</param>
    /// <param name="published">The publication date, if given.</param>
    /// <param name="url">The address, if given.</param>
    /// <param name="authors">The authors.</param>
    /// <param name="language">The BCP 47 language tag.</param>
    /// <param name="tags">The tags.</param>
    public ArticleMetadata(
        string id,
        string title,
        string? source = null,
        ArticleDate? published = null,
        string? url = null,
        IReadOnlyList<string>? authors = null,
        string language = "en",
        IReadOnlyList<string>? tags = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Source = source;
        Published = published;
        Url = url;
        Authors = ReadOnlyLists.Copy(authors);
        Language = language ?? throw new ArgumentNullException(nameof(language));
        Tags = ReadOnlyLists.Copy(tags);
    }

    /// <summary>The article id.</summary>
    public string Id { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>The publisher, if given.</summary>
    public string? Source { get; }

    /// <summary>The publication date, if given.</summary>
    public ArticleDate? Published { get; }

    /// <summary>The address, if given.</summary>
    public string? Url { get; }

    /// <summary>The authors, in the order given; a read-only copy of the list given.</summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>The BCP 47 language tag.</summary>
    public string Language { get; }

    /// <summary>The tags, in the order given; a read-only copy of the list given.</summary>
    public IReadOnlyList<string> Tags { get; }
}
