using System;
using ArticleGen.Explorer.Commands;

namespace ArticleGen.Explorer;

/// <summary>Explores the articles compiled from seeds/: no argument prints them all; see <c>--help</c>.</summary>
public static class Program
{
    /// <summary>Runs one command.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The command's <see cref="ExitCodes"/>: 0 found, 1 nothing found, 2 a bad command line.</returns>
    public static int Main(string[] args)
    {
        try
        {
            return CommandLine.Parse(args, new ArticleLibrary(Seeds.Articles.All)).Run(Console.Out);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            Console.Error.WriteLine("Run with --help to see the commands.");
            return ExitCodes.Usage;
        }
    }
}
