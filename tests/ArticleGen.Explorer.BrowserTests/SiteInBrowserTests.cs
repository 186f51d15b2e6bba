using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Explorer.BrowserTests;

/// <summary>What a reader does on the site, in Chromium: each test saves a screenshot of where it ends.</summary>
public sealed class SiteInBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string SeedArticle = "/articles/blinken-meets-wang-yi";

    [BrowserFact]
    public async Task The_seed_article_marks_its_eight_quotes_with_their_speakers()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(SeedArticle);
        Assert.Equal("Blinken meets Chinese counterpart Wang Yi in Beijing", await page.Locator("h1").InnerTextAsync());
        ILocator quotes = page.Locator("article mark.quote");
        Assert.Equal(8, await quotes.CountAsync());
        string?[] titles = [.. await Task.WhenAll((await quotes.AllAsync()).Select(q => q.GetAttributeAsync("title")))];
        Assert.Equal(
            ["Wang Yi", "Wang Yi", "Wang Yi", "Antony Blinken", "Antony Blinken", "Antony Blinken", "China Daily", "China Daily"],
            titles.Select(t => t is null ? null : t["Quote by ".Length..]));
        // Each quote is followed by its speaker's link, and the mark is drawn (a background, not only markup).
        ILocator speakers = page.Locator("article mark.quote + span.speaker a");
        Assert.Equal(8, await speakers.CountAsync());
        Assert.Equal("/entities/china-daily", await speakers.Nth(7).GetAttributeAsync("href"));
        Assert.Equal("rgb(255, 242, 168)", await quotes.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("great ship", await quotes.First.InnerTextAsync());
        output.WriteLine(await BrowserFixture.ScreenshotAsync(page, "seed-article"));
    }

    [BrowserFact]
    public async Task Following_Wang_Yi_leads_to_his_page()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync(SeedArticle);
        await page.Locator("article span.speaker a", new PageLocatorOptions { HasText = "Wang Yi" }).First.ClickAsync();
        await page.WaitForURLAsync("**/entities/wang-yi");
        Assert.Equal("Wang Yi", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(3, await page.Locator("ul.quotes blockquote").CountAsync());
        Assert.Equal("\u201Cgreat ship\u201D", await page.Locator("ul.quotes blockquote").First.InnerTextAsync());
        output.WriteLine(await BrowserFixture.ScreenshotAsync(page, "wang-yi"));
    }

    [BrowserFact]
    public async Task Searching_a_phrase_ranks_and_highlights_it()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByLabel("Words or \"a phrase\"").FillAsync("\"face-to-face diplomacy\"");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/search\\?q="));
        ILocator hits = page.Locator("ol.hits > li");
        Assert.Equal(1, await hits.CountAsync());
        Assert.Equal("Blinken meets Chinese counterpart Wang Yi in Beijing", await hits.Locator("a").First.InnerTextAsync());
        Assert.Equal("face-to-face diplomacy", await hits.Locator(".snippet b").First.InnerTextAsync());
        output.WriteLine(await BrowserFixture.ScreenshotAsync(page, "search"));
    }

    [BrowserFact]
    public async Task A_node_of_the_network_leads_to_its_entity()
    {
        IPage page = await fixture.NewPageAsync();
        await page.GotoAsync("/network");
        ILocator node = page.Locator("svg a.node[href='/entities/joe-biden']");
        Assert.True(await node.IsVisibleAsync());
        // Every label is drawn inside the picture, none cut off at its edge.
        Assert.Equal(
            "",
            await page.EvaluateAsync<string>("""
                () => { const box = document.querySelector('svg').getBoundingClientRect();
                        return [...document.querySelectorAll('svg text')].filter(t => { const r = t.getBoundingClientRect();
                            return r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom; })
                          .map(t => t.textContent).join(', '); }
                """));
        output.WriteLine(await BrowserFixture.ScreenshotAsync(page, "network", fullPage: false));
        await node.Locator("circle").ClickAsync();
        await page.WaitForURLAsync("**/entities/joe-biden");
        Assert.Equal("Joe Biden", await page.Locator("h1").InnerTextAsync());
        output.WriteLine(await BrowserFixture.ScreenshotAsync(page, "network-node-joe-biden"));
    }

    [BrowserFact]
    public async Task On_a_phone_nothing_scrolls_sideways_and_the_keyboard_reaches_the_content()
    {
        IPage page = await fixture.NewPageAsync(phone: true);
        foreach (string path in new[] { "/", SeedArticle, "/entities/wang-yi", "/search?q=ship", "/timeline", "/network" })
        {
            await page.GotoAsync(path);
            Assert.True(
                await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
                $"{path} is wider than the phone: " + await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth).slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')"));
        }

        await page.GotoAsync(SeedArticle);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        output.WriteLine(await BrowserFixture.ScreenshotAsync(page, "seed-article-phone"));
    }
}
