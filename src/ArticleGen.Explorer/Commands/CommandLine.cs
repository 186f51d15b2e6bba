using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Turns the command line into a command.</summary>
public static class CommandLine
{
    /// <summary>The help text.</summary>
    public const string Help = """
        ArticleGen explorer: the articles compiled from seeds/, queried with no parsing at run time.

        Usage: dotnet run --project src/ArticleGen.Explorer -- [command] [options]

        Commands:
          (none)                    Print every article: title, source, date, entities with mention counts, quotes.
          quotes [--speaker WHO]    Print the quotes, or only those of one speaker (entity id or name).
          mentions ENTITY           Print the articles that mention an entity (id or name), with each mention in context.
          --json                    Print every article as JSON (the ArticleGen export contract).
          --help, -h                Print this help.
        """;

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="articles">The articles the command runs on.</param>
    /// <returns>The command.</returns>
    /// <exception cref="UsageException">The command line is not one the explorer understands.</exception>
    public static ICommand Parse(IReadOnlyList<string> args, IReadOnlyList<Article> articles)
    {
        if (args.Count == 0)
        {
            return new ShowArticles(articles);
        }

        string verb = args[0];
        List<string> rest = args.Skip(1).ToList();
        switch (verb)
        {
            case "--help" or "-h" or "help":
                NoMore(verb, rest);
                return new PrintText(Help);
            case "--json" or "json":
                NoMore(verb, rest);
                return new ExportJson(articles);
            case "quotes":
                return ParseQuotes(rest, articles);
            case "mentions":
                if (rest.Count != 1)
                {
                    throw new UsageException("'mentions' takes one entity id or name, for example: mentions wang-yi");
                }

                return new ShowMentions(articles, EntityArgument.Find(rest[0], articles));
            default:
                throw new UsageException($"unknown command '{verb}'");
        }
    }

    private static ShowQuotes ParseQuotes(List<string> rest, IReadOnlyList<Article> articles)
    {
        if (rest.Count == 0)
        {
            return new ShowQuotes(articles, null);
        }

        if (rest.Count == 2 && rest[0] == "--speaker")
        {
            return new ShowQuotes(articles, rest[1]);
        }

        throw new UsageException("'quotes' takes no option but '--speaker WHO', for example: quotes --speaker \"Wang Yi\"");
    }

    private static void NoMore(string verb, List<string> rest)
    {
        if (rest.Count > 0)
        {
            throw new UsageException($"'{verb}' takes no arguments, but got '{string.Join(" ", rest)}'");
        }
    }
}
