using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ArticleGen.Tests.Queries;

public class JsonExportTests
{
    private static readonly Person Emoji = new("emoji-person", "Zoë \"Z\" Smith", new[] { "Zoë" }, role: "Back\\slash\tTab");

    private static readonly TestArticle Tricky = TestLibrary.Article(
        "tricky",
        "\U0001F600 Zoë \"Z\" Smith said \u201Cline\u2028separator\u201D and \"tab\there\".\n\nZoë left.\u0001",
        title: "Emoji \U0001F600 and \"quotes\"",
        entities: new Entity[] { Emoji },
        quotes: new (string, object?)[] { ("line\u2028separator", Emoji), ("tab\there", null) },
        language: "fr");

    private static IEnumerable<Article> All => World.All.Cast<Article>().Append(Tricky);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Library_to_json_exports_the_library_in_its_order_each_article_once()
    {
        var library = new ArticleLibrary(new Article[] { World.Markets, World.BlinkenMeetsWang, World.Markets, Tricky });
        string json = library.ToJson();

        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal(
            new[] { "market-report", "blinken-meets-wang", "tricky" },
            document.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(ArticleJson.Serialize(new Article[] { World.Markets, World.BlinkenMeetsWang, Tricky }), json);
    }

    [Fact]
    public void Export_parses_back_to_every_field_and_offset()
    {
        var library = new ArticleLibrary(All);
        using JsonDocument document = JsonDocument.Parse(library.ToJson());
        JsonElement[] articles = document.RootElement.GetProperty("articles").EnumerateArray().ToArray();
        Assert.Equal(library.Articles.Count, articles.Length);

        for (int i = 0; i < articles.Length; i++)
        {
            Article article = library.Articles[i];
            JsonElement json = articles[i];
            string body = json.GetProperty("body").GetString()!;
            Assert.Equal(article.Body, body);
            Assert.Equal(article.Id, json.GetProperty("id").GetString());
            Assert.Equal(article.Title, json.GetProperty("title").GetString());
            Assert.Equal(article.Source, json.GetProperty("source").GetString());
            Assert.Equal(article.Published?.ToString(), json.GetProperty("published").GetString());
            Assert.Equal(article.Url, json.GetProperty("url").GetString());
            Assert.Equal(article.Authors, Strings(json.GetProperty("authors")));
            Assert.Equal(article.Language, json.GetProperty("language").GetString());
            Assert.Equal(article.Tags, Strings(json.GetProperty("tags")));

            JsonElement[] paragraphs = json.GetProperty("paragraphs").EnumerateArray().ToArray();
            Assert.Equal(article.Paragraphs.Select(p => p.Span), paragraphs.Select(Span));
            Assert.All(paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(Span(p).Of(body))));

            JsonElement[] entities = json.GetProperty("entities").EnumerateArray().ToArray();
            Assert.Equal(article.Entities.Count, entities.Length);
            int mentions = 0;
            for (int e = 0; e < entities.Length; e++)
            {
                Entity entity = article.Entities[e];
                JsonElement element = entities[e];
                Assert.Equal(entity.Id, element.GetProperty("id").GetString());
                Assert.Equal(ArticleJson.KindName(entity.Kind), element.GetProperty("kind").GetString());
                Assert.Equal(entity.Name, element.GetProperty("name").GetString());
                Assert.Equal(entity.Aliases, Strings(element.GetProperty("aliases")));
                Assert.Equal(entity.Role, element.GetProperty("role").GetString());
                Assert.Equal(entity.Wikidata, element.GetProperty("wikidata").GetString());
                BodySpan[] spans = element.GetProperty("mentions").EnumerateArray().Select(Span).ToArray();
                Assert.Equal(article.MentionsOf(entity).Select(m => m.Span), spans);
                foreach (BodySpan span in spans)
                {
                    Assert.Contains(span.Of(body), new[] { entity.Name }.Concat(entity.Aliases));
                }

                mentions += spans.Length;
            }

            Assert.Equal(article.Mentions.Count, mentions);

            JsonElement[] quotes = json.GetProperty("quotes").EnumerateArray().ToArray();
            Assert.Equal(article.Quotes.Count, quotes.Length);
            for (int q = 0; q < quotes.Length; q++)
            {
                Quote quote = article.Quotes[q];
                JsonElement element = quotes[q];
                var span = new BodySpan(element.GetProperty("start").GetInt32(), element.GetProperty("length").GetInt32());
                var sentence = new BodySpan(element.GetProperty("sentenceStart").GetInt32(), element.GetProperty("sentenceLength").GetInt32());
                Assert.Equal(quote.Text, element.GetProperty("text").GetString());
                Assert.Equal(quote.Text, span.Of(body));
                Assert.Equal(quote.Span, span);
                Assert.Equal(quote.SentenceSpan, sentence);
                Assert.True(sentence.Contains(span));
                Assert.Equal(quote.Speaker?.Id, element.GetProperty("speaker").GetString());
                Assert.Equal(quote.SpeakerName, element.GetProperty("speakerName").GetString());
            }
        }
    }

    [Fact]
    public void Offsets_are_utf16_code_units()
    {
        using JsonDocument document = JsonDocument.Parse(ArticleJson.Serialize(new[] { Tricky }));
        JsonElement article = document.RootElement.GetProperty("articles")[0];
        JsonElement mention = article.GetProperty("entities")[0].GetProperty("mentions")[0];
        Assert.Equal(3, mention.GetProperty("start").GetInt32());
        Assert.Equal("Zoë \"Z\" Smith", article.GetProperty("body").GetString()!.Substring(3, mention.GetProperty("length").GetInt32()));
        JsonElement quote = article.GetProperty("quotes")[1];
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").ValueKind);
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speakerName").ValueKind);
        Assert.Equal("emoji-person", article.GetProperty("quotes")[0].GetProperty("speaker").GetString());
    }

    private static BodySpan Span(JsonElement element) =>
        new(element.GetProperty("start").GetInt32(), element.GetProperty("length").GetInt32());
}
