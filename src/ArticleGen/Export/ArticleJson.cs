using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Export;

namespace ArticleGen;

/// <summary>Writes articles as the JSON of the ArticleGen export contract (docs/article-format.md, section 4).</summary>
public static class ArticleJson
{
    /// <summary>
    /// Writes a set of articles as JSON: <c>{ "articles": [ ... ] }</c>, each with its metadata, body, entities
    /// (with their mentions) and quotes (with their speakers). Offsets are UTF-16 code-unit offsets into
    /// <c>body</c>; a quote's span excludes its quote marks. The output is indented and deterministic.
    /// </summary>
    /// <param name="articles">The articles, written in the order given.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IEnumerable<Article> articles)
    {
        if (articles is null)
        {
            throw new ArgumentNullException(nameof(articles));
        }

        var json = new JsonTextWriter();
        json.StartObject();
        json.Name("articles");
        json.StartArray();
        foreach (Article article in articles)
        {
            WriteArticle(json, article);
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
    }

    private static void WriteArticle(JsonTextWriter json, Article article)
    {
        json.StartObject();
        json.Property("id", article.Id);
        json.Property("title", article.Title);
        json.Property("source", article.Source);
        json.Property("published", article.Published?.ToString());
        json.Property("url", article.Url);
        json.Property("authors", article.Authors);
        json.Property("language", article.Language);
        json.Property("tags", article.Tags);
        json.Property("body", article.Body);

        json.Name("paragraphs");
        json.StartArray();
        foreach (Paragraph paragraph in article.Paragraphs)
        {
            WriteSpan(json, paragraph.Span);
        }

        json.EndArray();

        ILookup<Entity, Mention> mentions = article.Mentions.ToLookup(m => m.Entity);
        json.Name("entities");
        json.StartArray();
        foreach (Entity entity in article.Entities)
        {
            json.StartObject();
            json.Property("id", entity.Id);
            json.Property("kind", KindName(entity.Kind));
            json.Property("name", entity.Name);
            json.Property("aliases", entity.Aliases);
            json.Property("role", entity.Role);
            json.Property("wikidata", entity.Wikidata);
            json.Name("mentions");
            json.StartArray();
            foreach (Mention mention in mentions[entity])
            {
                WriteSpan(json, mention.Span);
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();

        json.Name("quotes");
        json.StartArray();
        foreach (Quote quote in article.Quotes)
        {
            json.StartObject();
            json.Property("text", quote.Text);
            json.Property("start", quote.Span.Start);
            json.Property("length", quote.Span.Length);
            json.Property("speaker", quote.Speaker?.Id);
            json.Property("speakerName", quote.SpeakerName);
            json.Property("sentenceStart", quote.SentenceSpan.Start);
            json.Property("sentenceLength", quote.SentenceSpan.Length);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteSpan(JsonTextWriter json, BodySpan span)
    {
        json.StartObject();
        json.Property("start", span.Start);
        json.Property("length", span.Length);
        json.EndObject();
    }

    /// <summary>The contract's lower-case name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>person</c>, <c>organization</c>, <c>place</c> or <c>other</c>.</returns>
    public static string KindName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Place => "place",
        _ => "other",
    };
}
