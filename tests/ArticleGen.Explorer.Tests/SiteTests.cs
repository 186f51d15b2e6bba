using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;

namespace ArticleGen.Explorer.Tests;

/// <summary>The web site over HTTP, page by page and error by error, on the server <c>serve</c> runs.</summary>
public sealed partial class SiteTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Blinken = "/articles/blinken-meets-wang-yi";

    private async Task<string> Page(string path, HttpStatusCode expected = HttpStatusCode.OK, bool hostile = false)
    {
        HttpResponseMessage response = await (hostile ? site.WithHostile : site.Seeds).Client.GetAsync(path);
        string html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode}, expected {(int)expected}\n{html}");
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
        Assert.Contains("<nav aria-label=\"Site\">", html, StringComparison.Ordinal);
        return html;
    }

    [GeneratedRegex("<li><a href=\"/articles/([^\"]+)\">")]
    private static partial Regex ArticleLinks();

    private static string[] Articles(string html) => ArticleLinks().Matches(html).Select(m => m.Groups[1].Value).ToArray();

    [Fact]
    public async Task The_list_shows_every_article_newest_first()
    {
        Assert.Equal(["blinken-meets-wang-yi", "house-subpoena-ukraine-envoy"], Articles(await Page("/")));
    }

    [Theory]
    [InlineData("/?tag=china", "blinken-meets-wang-yi")]
    [InlineData("/?tag=impeachment", "house-subpoena-ukraine-envoy")]
    [InlineData("/?source=Wikinews", "house-subpoena-ukraine-envoy")]
    [InlineData("/?source=Reuters&tag=united-states", "blinken-meets-wang-yi")]
    [InlineData("/?from=2024-04-26", "blinken-meets-wang-yi")]
    [InlineData("/?to=2024-04-25", "house-subpoena-ukraine-envoy")]
    [InlineData("/?from=2019-09-30&to=2019-09-30", "house-subpoena-ukraine-envoy")]
    [InlineData("/?tag=china&source=Wikinews", "")]
    public async Task The_list_filters_by_tag_source_and_dates(string path, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : [expected], Articles(await Page(path)));
    }

    [Fact]
    public async Task An_article_marks_its_eight_quotes_with_their_speakers_linked()
    {
        string html = await Page(Blinken);
        Assert.Contains("<h1>Blinken meets Chinese counterpart Wang Yi in Beijing</h1>", html, StringComparison.Ordinal);
        string[] speakers = Regex.Matches(html, "<mark class=\"quote\" id=\"quote-\\d\" title=\"Quote by ([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["Wang Yi", "Wang Yi", "Wang Yi", "Antony Blinken", "Antony Blinken", "Antony Blinken", "China Daily", "China Daily"], speakers);
        Assert.Contains(
            "the \u201C<mark class=\"quote\" id=\"quote-1\" title=\"Quote by Wang Yi\" data-speaker=\"wang-yi\">great ship</mark>"
            + "<span class=\"speaker\"> (<a href=\"/entities/wang-yi\">Wang Yi</a>)</span>\u201D",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#quote-5\">\u201CThere\u2019s no substitute in our judgement for face-to-face diplomacy\u201D</a> \u2014 <a href=\"/entities/antony-blinken\">Antony Blinken</a></li>", html, StringComparison.Ordinal);
        // Mentions are marked, inside quotes too, and the markup nests.
        Assert.Contains("<span class=\"mention\" title=\"Antony Blinken\">Antony Blinken</span> met", html, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(html, "<mark "), Regex.Count(html, "</mark>"));
        Assert.Equal(Regex.Count(html, "<span "), Regex.Count(html, "</span>"));
        Assert.Contains("<li><a href=\"/entities/wang-yi\">Wang Yi</a> (" + global::Seeds.Articles.BlinkenMeetsWangYi.MentionsOf(global::Seeds.People.WangYi).Count + " mentions)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_page_shows_kind_role_aliases_quotes_articles_and_company()
    {
        string html = await Page("/entities/wang-yi");
        Assert.Contains("<h1>Wang Yi</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Kind</dt><dd>person</dd><dt>Role</dt><dd>Chinese Foreign Minister</dd><dt>Also called</dt><dd>Wang</dd>", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "<li><blockquote>"));
        Assert.Contains("<li><blockquote>\u201Cgreat ship\u201D</blockquote> in <a href=\"/articles/blinken-meets-wang-yi\">", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"mentioned\"><li><a href=\"/articles/blinken-meets-wang-yi\">Blinken meets Chinese counterpart Wang Yi in Beijing</a> (", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/entities/antony-blinken\">Antony Blinken</a> (1 article)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entity_in_both_seeds_lists_both_articles_with_their_counts()
    {
        string html = await Page("/entities/joe-biden");
        int inBlinken = global::Seeds.Articles.BlinkenMeetsWangYi.MentionsOf(global::Seeds.People.JoeBiden).Count;
        int inHouse = global::Seeds.Articles.HouseSubpoenaUkraineEnvoy.MentionsOf(global::Seeds.People.JoeBiden).Count;
        Assert.Contains($"Wang Yi in Beijing</a> ({inBlinken} mention{(inBlinken == 1 ? "" : "s")})</li>", html, StringComparison.Ordinal);
        Assert.Contains($"Ukraine resigns</a> ({inHouse} mention{(inHouse == 1 ? "" : "s")})</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/entities/united-states\">United States</a> (2 articles)</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ranks_the_phrase_first_and_highlights_it()
    {
        string html = await Page("/search?q=%22face-to-face+diplomacy%22");
        Assert.Equal(["blinken-meets-wang-yi"], Regex.Matches(html, "<li><a href=\"/articles/([^\"]+)\">").Select(m => m.Groups[1].Value));
        Assert.Contains("for <b>face-to-face diplomacy</b>,\u201D Blinken said", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;face-to-face diplomacy&quot;\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_highlights_words_in_titles_and_says_when_nothing_matches()
    {
        string html = await Page("/search?q=subpoena");
        Assert.Contains("<li><a href=\"/articles/house-subpoena-ukraine-envoy\">U.S. House issues <b>subpoena</b> to secretary", html, StringComparison.Ordinal);
        Assert.Contains("<h2>No article matches.</h2>", await Page("/search?q=zebra"), StringComparison.Ordinal);
        Assert.Contains("<input type=\"search\" name=\"q\" value=\"\">", await Page("/search"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_lists_the_dated_articles_oldest_first_by_year()
    {
        string html = await Page("/timeline");
        Assert.Contains(
            "<h2>2019</h2><ol class=\"timeline\"><li><time datetime=\"2019-09-30\">2019-09-30</time> <a href=\"/articles/house-subpoena-ukraine-envoy\">",
            html,
            StringComparison.Ordinal);
        Assert.True(html.IndexOf("<h2>2019</h2>", StringComparison.Ordinal) < html.IndexOf("<h2>2024</h2>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_network_is_an_svg_whose_nodes_link_to_entity_pages()
    {
        string html = await Page("/network");
        var network = new ArticleLibrary(global::Seeds.Articles.All).Network();
        string[] nodes = Regex.Matches(html, "<a class=\"node\" href=\"/entities/([^\"]+)\">").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(network.Nodes.Select(n => n.Entity.Id), nodes);
        Assert.Equal(network.Edges.Count, Regex.Count(html, "<line "));
        Assert.Equal(network.Edges.Count, Regex.Count(html, "<tr><td>"));
        Assert.Contains("<a class=\"node\" href=\"/entities/wang-yi\"><title>Wang Yi: 3 mentions in 1 article</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        // The first node at the top centre of the 1000 x 1000 drawing, 220 above the centre, its label turned upwards.
        Assert.Contains("<circle cx=\"500\" cy=\"280\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_is_drawn_the_same_whatever_the_article_order()
    {
        await using RunningSite reversed = await RunningSite.StartAsync(new ArticleLibrary(global::Seeds.Articles.All.Reverse()));
        string other = await reversed.Client.GetStringAsync("/network");
        Assert.Equal(await Page("/network"), other);
        // With min=2, the five entities both seeds declare (front matter: shared through world.entities.yml), all ten pairs.
        string shared = await Page("/network?min=2");
        Assert.Equal(
            ["joe-biden", "russia", "ukraine", "united-states", "us-state-department"],
            Regex.Matches(shared, "<a class=\"node\" href=\"/entities/([^\"]+)\">").Select(m => m.Groups[1].Value));
        Assert.Equal(10, Regex.Count(shared, "<line "));
    }

    [Theory]
    [InlineData("/articles/no-such-article", "article &#39;no-such-article&#39;", "/")]
    [InlineData("/entities/no-such-entity", "entity &#39;no-such-entity&#39;", "/network")]
    [InlineData("/nowhere", "page &#39;/nowhere&#39;", "/")]
    public async Task An_unknown_id_is_a_404_page_with_a_link_back(string path, string what, string back)
    {
        string html = await Page(path, HttpStatusCode.NotFound);
        Assert.Contains("<p>There is no " + what + ".</p><p><a href=\"" + back + "\">Back to", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?from=2024-13-01", "&#39;from&#39; takes a date like 2024-04-26, not &#39;2024-13-01&#39;")]
    [InlineData("/?to=yesterday", "&#39;to&#39; takes a date like 2024-04-26, not &#39;yesterday&#39;")]
    [InlineData("/?from=2024-05-01&to=2024-04-01", "&#39;from&#39; (2024-05-01) is after &#39;to&#39; (2024-04-01)")]
    [InlineData("/network?min=0", "&#39;min&#39; takes a whole number from 1 to 1000, not &#39;0&#39;")]
    [InlineData("/search?q=ship&top=many", "&#39;top&#39; takes a whole number from 1 to 100, not &#39;many&#39;")]
    public async Task A_malformed_query_is_a_400_page_that_says_why(string path, string reason)
    {
        string html = await Page(path, HttpStatusCode.BadRequest);
        Assert.Contains("<p role=\"alert\">" + reason + "</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_query_too_long_is_a_400()
    {
        string html = await Page("/search?q=" + new string('a', 501), HttpStatusCode.BadRequest);
        Assert.Contains("<p role=\"alert\">the query is 501 characters long; the most is 500</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/hostile")]
    [InlineData("/entities/mallory")]
    [InlineData("/search?q=script+alert")]
    [InlineData("/timeline")]
    [InlineData("/network")]
    [InlineData("/?tag=%3Ci%3Etag%3C/i%3E")]
    public async Task A_hostile_article_renders_as_text_on_every_page(string path)
    {
        string html = await Page(path, hostile: true);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Source", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<a [^>]*javascript", html);
    }

    [Fact]
    public async Task The_hostile_article_shows_its_title_and_quotes_as_written()
    {
        string html = await Page("/articles/hostile", hostile: true);
        Assert.Contains("<h1>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; friends</h1>", html, StringComparison.Ordinal);
        Assert.Contains(
            "title=\"Quote by Mallory &lt;img src=x onerror=alert(1)&gt;\" data-speaker=\"mallory\">&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;</mark>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("&lt;/mark&gt;&lt;a href=javascript:alert(2)&gt;click&lt;/a&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=javascript", html, StringComparison.Ordinal);
        Assert.Equal(Regex.Count(html, "<mark "), Regex.Count(html, "</mark>"));
    }
}
