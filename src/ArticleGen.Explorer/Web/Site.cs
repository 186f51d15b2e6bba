using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ArticleGen.Explorer.Web;

/// <summary>The local web site over an <see cref="ArticleLibrary"/>, on ASP.NET Core's own server (Kestrel).</summary>
public static class Site
{
    /// <summary>Builds the site, bound to 127.0.0.1 only.</summary>
    /// <param name="library">The articles.</param>
    /// <param name="port">The port; 0 lets the system choose (the address is in the app's <c>Urls</c> once started).</param>
    /// <returns>The app, not started.</returns>
    public static WebApplication Build(ArticleLibrary library, int port)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "ArticleGen.Explorer" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture));
        WebApplication app = builder.Build();

        app.MapGet("/", (HttpContext c) => Respond(c, () => ArticleListPage.Render(library, new QueryParameters(c.Request.Query))));
        app.MapGet("/articles/{id}", (HttpContext c, string id) => Respond(c, () => ArticlePage.Render(library, id)));
        app.MapGet("/entities/{id}", (HttpContext c, string id) => Respond(c, () => EntityPage.Render(library, id)));
        app.MapGet("/search", (HttpContext c) => Respond(c, () => SearchPage.Render(library, new QueryParameters(c.Request.Query))));
        app.MapGet("/timeline", (HttpContext c) => Respond(c, () => TimelinePage.Render(library)));
        app.MapGet("/network", (HttpContext c) => Respond(c, () => NetworkPage.Render(library, new QueryParameters(c.Request.Query))));
        app.MapFallback((HttpContext c) => Respond(c, () => PageResult.NotFound($"page '{c.Request.Path}'", "/", "Back to the articles")));
        return app;
    }

    private static Task Respond(HttpContext context, Func<PageResult> render)
    {
        PageResult page;
        try
        {
            page = render();
        }
        catch (BadQueryException e)
        {
            page = PageResult.BadRequest(e.Message);
        }

        context.Response.StatusCode = page.Status;
        context.Response.ContentType = "text/html; charset=utf-8";
        // The pages hold no script; say so, so that text that slipped through encoding still could not run.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'";
        return context.Response.WriteAsync(Layout.Page(page.Title, page.Content));
    }
}
