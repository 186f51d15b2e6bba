using System;
using ArticleGen.Explorer.Commands;

namespace ArticleGen.Explorer;

/// <summary>Explores the articles compiled from seeds/: no argument prints them all; see <c>--help</c>.</summary>
public static class Program
{
    /// <summary>Runs one command.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 on success, 2 for a bad command line.</returns>
    public static int Main(string[] args)
    {
        var output = Console.Out;
        try
        {
            ICommand command = CommandLine.Parse(args, new ArticleLibrary(Seeds.Articles.All));
            command.Run(output);
            return 0;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            Console.Error.WriteLine("Run with --help to see the commands.");
            return 2;
        }
    }
}
