using System.Linq;
using System.Text.Json;
using ArticleGen.Tests.Infrastructure;
using Seeds;
using Xunit;

namespace ArticleGen.Tests.Runtime;

/// <summary>The JSON export of the seed, read back with System.Text.Json and checked against the contract.</summary>
public sealed class ArticleJsonSeedTests
{
    [Fact]
    public void The_export_of_the_seeds_is_pinned_byte_for_byte()
    {
        // The export contract (docs/article-format.md, section 4) as a file: field order, indentation, escapes, offsets.
        Snapshot.Verify(ArticleJson.Serialize(Articles.All), "seeds", extension: "json");
    }

    [Fact]
    public void Seed_export_follows_the_contract_and_its_offsets_point_into_the_body()
    {
        using JsonDocument json = JsonDocument.Parse(ArticleJson.Serialize(new Article[] { Articles.BlinkenMeetsWangYi }));
        JsonElement article = json.RootElement.GetProperty("articles").EnumerateArray().Single();
        string body = article.GetProperty("body").GetString()!;

        Assert.Equal("blinken-meets-wang-yi", article.GetProperty("id").GetString());
        Assert.Equal("Reuters", article.GetProperty("source").GetString());
        Assert.Equal("2024-04-26", article.GetProperty("published").GetString());
        Assert.Equal(Articles.BlinkenMeetsWangYi.Body, body);

        JsonElement blinken = article.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "antony-blinken");
        Assert.Equal("person", blinken.GetProperty("kind").GetString());
        Assert.Equal(new[] { "Blinken" }, blinken.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        foreach (JsonElement mention in blinken.GetProperty("mentions").EnumerateArray())
        {
            string text = body.Substring(mention.GetProperty("start").GetInt32(), mention.GetProperty("length").GetInt32());
            Assert.True(text is "Antony Blinken" or "Blinken", text);
        }

        JsonElement[] quotes = article.GetProperty("quotes").EnumerateArray().ToArray();
        Assert.Equal(8, quotes.Length);
        foreach (JsonElement quote in quotes)
        {
            int start = quote.GetProperty("start").GetInt32();
            int length = quote.GetProperty("length").GetInt32();
            Assert.Equal(quote.GetProperty("text").GetString(), body.Substring(start, length));
            Assert.Contains(body[start - 1], "\u201C\"");
        }

        JsonElement greatShip = quotes[0];
        Assert.Equal("great ship", greatShip.GetProperty("text").GetString());
        Assert.Equal("wang-yi", greatShip.GetProperty("speaker").GetString());
        Assert.Equal("Wang Yi", greatShip.GetProperty("speakerName").GetString());
    }
}
