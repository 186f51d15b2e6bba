using System.IO;
using ArticleGen.Explorer.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace ArticleGen.Explorer.Commands;

/// <summary>Serves the web site over the articles until the process is stopped (Ctrl+C).</summary>
/// <param name="library">The articles.</param>
/// <param name="port">The port on 127.0.0.1.</param>
public sealed class Serve(ArticleLibrary library, int port) : ICommand
{
    /// <summary>The port when <c>--port</c> is not given.</summary>
    public const int DefaultPort = 5080;

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        WebApplication app = Site.Build(library, port);
        app.Start();
        output.WriteLine($"Serving the articles at {string.Join(", ", app.Urls)} (Ctrl+C stops).");
        output.Flush();
        app.WaitForShutdown();
        return ExitCodes.Found;
    }
}
