using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Explorer.Web;

/// <summary>An article's body as paragraphs, its quotes marked with their speakers and its mentions underlined.</summary>
public static class ArticleBody
{
    /// <summary>Writes the body.</summary>
    /// <param name="html">Where to write.</param>
    /// <param name="article">The article.</param>
    public static void Write(Html html, Article article)
    {
        foreach (Paragraph paragraph in article.Paragraphs)
        {
            html.Raw("<p>");
            WriteParagraph(html, article, paragraph.Span);
            html.Raw("</p>");
        }
    }

    private sealed record Mark(int Start, int End, string Open, string Close);

    private static void WriteParagraph(Html html, Article article, BodySpan paragraph)
    {
        // Quotes first at a tie (they hold mentions); a mark that would cross another's edge is left out, so the
        // markup always nests.
        IEnumerable<Mark> quotes = article.Quotes.Where(q => paragraph.Contains(q.Span)).Select(QuoteMark);
        IEnumerable<Mark> mentions = article.Mentions.Where(m => paragraph.Contains(m.Span)).Select(MentionMark);
        List<Mark> marks = quotes.Concat(mentions).OrderBy(m => m.Start).ThenByDescending(m => m.End).ToList();

        string body = article.Body;
        int position = paragraph.Start;
        var open = new Stack<Mark>();
        foreach (Mark mark in marks)
        {
            while (open.Count > 0 && open.Peek().End <= mark.Start)
            {
                position = Close(html, body, position, open.Pop());
            }

            if (mark.Start < position || (open.Count > 0 && mark.End > open.Peek().End))
            {
                continue;
            }

            html.Text(body.Substring(position, mark.Start - position)).Raw(mark.Open);
            position = mark.Start;
            open.Push(mark);
        }

        while (open.Count > 0)
        {
            position = Close(html, body, position, open.Pop());
        }

        html.Text(body.Substring(position, paragraph.End - position));
    }

    private static int Close(Html html, string body, int position, Mark mark)
    {
        html.Text(body.Substring(position, mark.End - position)).Raw(mark.Close);
        return mark.End;
    }

    private static Mark QuoteMark(Quote quote)
    {
        string who = Speaker(quote);
        string open = new Html().Raw("<mark class=\"quote\" id=\"quote-").Raw((quote.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Raw("\" title=\"Quote by ").Text(who).Raw("\" data-speaker=\"").Text(quote.Speaker?.Id ?? string.Empty).Raw("\">").ToString();
        var close = new Html().Raw("</mark><span class=\"speaker\"> (");
        if (quote.Speaker is { } speaker)
        {
            close.EntityLink(speaker);
        }
        else
        {
            close.Text(who);
        }

        return new Mark(quote.Span.Start, quote.Span.End, open, close.Raw(")</span>").ToString());
    }

    private static Mark MentionMark(Mention mention) =>
        new(mention.Span.Start, mention.Span.End,
            new Html().Raw("<span class=\"mention\" title=\"").Text(mention.Entity.Name).Raw("\">").ToString(), "</span>");

    /// <summary>Who said a quote, as the page shows it.</summary>
    /// <param name="quote">The quote.</param>
    /// <returns>The speaker's name, or "unknown speaker".</returns>
    public static string Speaker(Quote quote) => quote.Speaker?.Name ?? quote.SpeakerName ?? "unknown speaker";
}
