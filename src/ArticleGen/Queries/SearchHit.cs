using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleGen;

/// <summary>
/// An article that matches a full-text query (<see cref="ArticleLibrary.Search(string)"/>), with its BM25 score and
/// where the query matched, for highlighting. The match positions are computed on first use.
/// </summary>
public sealed class SearchHit
{
    private readonly Lazy<Matches> _matches;

    internal SearchHit(Article article, double score, Func<Matches> matches)
    {
        Article = article;
        Score = score;
        _matches = new Lazy<Matches>(matches);
    }

    /// <summary>The matching article.</summary>
    public Article Article { get; }

    /// <summary>The article's BM25 score for the query: higher is better.</summary>
    public double Score { get; }

    /// <summary>
    /// Where the query matched in <see cref="ArticleGen.Article.Body"/>: each word of a word clause, each whole occurrence
    /// of a phrase; ordered by position, without duplicates.
    /// </summary>
    public IReadOnlyList<BodySpan> BodySpans => _matches.Value.Body;

    /// <summary>Where the query matched in <see cref="ArticleGen.Article.Title"/> (offsets into the title), ordered by position.</summary>
    public IReadOnlyList<BodySpan> TitleSpans => _matches.Value.Title;

    /// <summary>The article's quotes that hold (or overlap) a body match, in order of position.</summary>
    public IReadOnlyList<Quote> Quotes => _matches.Value.Quotes;

    /// <inheritdoc />
    public override string ToString() => Article.Title + " (" + Score.ToString("0.###", CultureInfo.InvariantCulture) + ")";

    /// <summary>The spans and quotes of a hit.</summary>
    internal sealed class Matches
    {
        public Matches(IReadOnlyList<BodySpan> title, IReadOnlyList<BodySpan> body, IReadOnlyList<Quote> quotes)
        {
            Title = title;
            Body = body;
            Quotes = quotes;
        }

        public IReadOnlyList<BodySpan> Title { get; }

        public IReadOnlyList<BodySpan> Body { get; }

        public IReadOnlyList<Quote> Quotes { get; }
    }
}
