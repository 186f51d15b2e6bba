using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ArticleGen.Explorer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Xunit;

namespace ArticleGen.Explorer.BrowserTests;

/// <summary>The site over the seeds on a free port, and one headless Chromium for the test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Flags for a closed network: no background connections, no update checks (see the machine notes in the README).
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private WebApplication? site;
    private IPlaywright? playwright;

    /// <summary>The site's address, ending without a slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/screenshots at the repository's root (CI keeps TestResults).</summary>
    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        site = Site.Build(new ArticleLibrary(global::Seeds.Articles.All), 0);
        await site.StartAsync();
        BaseUrl = site.Urls.Single().TrimEnd('/');
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            return; // Each test then skips, or in CI fails on the null browser with the message below.
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A new page in a new context, the size of a laptop screen or of a phone.</summary>
    /// <param name="phone">Whether to emulate a 390-pixel-wide phone.</param>
    /// <returns>The page.</returns>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        if (Browser is null)
        {
            throw new InvalidOperationException($"CI=true but no browser at {BrowserFactAttribute.ChromiumPath}: .ci/run installs Debian's chromium");
        }

        IBrowserContext context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1100, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a screenshot of the page as a test artifact.</summary>
    /// <param name="page">The page.</param>
    /// <param name="name">The file's name, without .png.</param>
    /// <param name="fullPage">The whole page, or only what the window shows.</param>
    /// <returns>The file's path.</returns>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        string path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 1000, $"the screenshot {path} is empty");
        return path;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.StopAsync();
            await site.DisposeAsync();
        }
    }

    private static string FindScreenshotFolder()
    {
        DirectoryInfo? directory = new(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ArticleGen.sln")))
        {
            directory = directory.Parent;
        }

        string folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
