using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using ArticleGen.Explorer.Web;
using Microsoft.AspNetCore.Builder;

namespace ArticleGen.Explorer.Tests;

/// <summary>The web site on a free port of 127.0.0.1, on Kestrel as <c>serve</c> runs it, with a client for it.</summary>
public sealed class RunningSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningSite(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    /// <summary>A client whose base address is the site.</summary>
    public HttpClient Client { get; }

    /// <summary>Starts the site over the articles.</summary>
    /// <param name="library">The articles.</param>
    /// <returns>The running site.</returns>
    public static async Task<RunningSite> StartAsync(ArticleLibrary library)
    {
        WebApplication app = Site.Build(library, 0);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        return new RunningSite(app, client);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
