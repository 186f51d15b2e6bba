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
          (none)                          Every article: title, source, date, entities with mention counts, quotes.
          search WORDS... [--top N]       Full-text search (BM25) over titles, bodies and quotes, best 10 first; case
                                          and accents ignored. Separate arguments are separate words (any of them);
                                          an argument with spaces is a phrase: the quotes you typed for the shell
                                          make it one argument. "Phrases" inside an argument work too.
          who-said WHO                    The quotes of a speaker: entity id, name, alias or surname, or the name or
                                          surname of a speaker that is no entity.
          quotes                          Every quote with its speaker.
          mentions ENTITY                 The articles that mention an entity (id, name, alias or surname), each
                                          mention in context.
          cooccurrence [ENTITY] [--min N] [--top N] [--format table|dot|mermaid]
                                          Entities mentioned in the same articles, most frequent pairs first (20
                                          unless --top); as Graphviz DOT or Mermaid to draw the whole network
                                          (dot -Tsvg, or a Mermaid viewer).
          timeline [--from DATE] [--to DATE]
                                          Articles by publication date (dates like 2024-04-26, both inclusive).
          export                          Every article as JSON (the ArticleGen export contract).
          serve [--port N]                A web site over the articles at http://127.0.0.1:N/ (5080 unless --port):
                                          the list, each article with its quotes marked, entities, search,
                                          timeline and the network as a picture. Ctrl+C stops it.

        Options:
          --json                          Anywhere on the line, with any command but --format dot|mermaid: print
                                          JSON instead of text.
          --help, -h                      Print this help.

        Paragraphs are numbered from 1, in text and in JSON.
        Exit codes: 0 found something, 1 found nothing (no hit, no quote, no such entity, no article in the
        range), 2 the command line is wrong (the message says why).

        Examples:
          dotnet run --project src/ArticleGen.Explorer -- who-said Gude
          dotnet run --project src/ArticleGen.Explorer -- search "face-to-face diplomacy"
          dotnet run --project src/ArticleGen.Explorer -- --json cooccurrence Biden --top 5
          dotnet run --project src/ArticleGen.Explorer -- cooccurrence --format mermaid
        """;

    private const string JsonFlag = "--json";

    private static readonly string[] NoValued = [];

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="library">The articles the command runs on.</param>
    /// <returns>The command.</returns>
    /// <exception cref="UsageException">The command line is not one the explorer understands.</exception>
    public static ICommand Parse(IReadOnlyList<string> args, ArticleLibrary library)
    {
        // --json may stand anywhere: before the command, after it, between its arguments.
        bool json = args.Contains(JsonFlag);
        List<string> words = args.Where(a => a != JsonFlag).ToList();
        if (words.Count == 0)
        {
            return json ? new ExportJson(library.Articles) : new ShowArticles(library.Articles);
        }

        string verb = words[0];
        List<string> rest = words.Skip(1).ToList();
        switch (verb)
        {
            case "--help" or "-h" or "help":
                new Arguments(verb, rest, NoValued, NoValued).NoPositionals();
                return new PrintText(Help);
            case "export":
                new Arguments(verb, rest, NoValued, NoValued).NoPositionals();
                return new ExportJson(library.Articles);
            case "search":
            {
                var arguments = new Arguments(verb, rest, ["--top"], NoValued);
                if (arguments.Positionals.Count == 0)
                {
                    throw new UsageException("'search' takes a query: words, or a phrase in quotes");
                }

                return new Search(library, Search.Query(arguments.Positionals), arguments.PositiveNumber("--top", 10), json);
            }

            case "who-said":
            {
                var arguments = new Arguments(verb, rest, NoValued, NoValued);
                return new WhoSaid(library, arguments.One("speaker"), json);
            }

            case "quotes":
            {
                var arguments = new Arguments(verb, rest, NoValued, NoValued);
                arguments.NoPositionals();
                return new WhoSaid(library, null, json);
            }

            case "mentions":
            {
                var arguments = new Arguments(verb, rest, NoValued, NoValued);
                string name = arguments.One("entity id or name");
                return EntityArgument.TryFind(name, library) is { } entity
                    ? new ShowMentions(library, entity, json)
                    : new NoSuchEntity(name, library);
            }

            case "cooccurrence":
                return ParseCoOccurrence(new Arguments(verb, rest, ["--min", "--top", "--format"], NoValued), library, json);
            case "serve":
            {
                var arguments = new Arguments(verb, rest, ["--port"], NoValued);
                arguments.NoPositionals();
                int port = arguments.PositiveNumber("--port", Serve.DefaultPort);
                if (port > ushort.MaxValue)
                {
                    throw new UsageException($"'--port' takes a port from 1 to {ushort.MaxValue}, not '{port}'");
                }

                return new Serve(library, port);
            }

            case "timeline":
            {
                var arguments = new Arguments(verb, rest, ["--from", "--to"], NoValued);
                arguments.NoPositionals();
                return new Timeline(library, arguments.Date("--from"), arguments.Date("--to"), json);
            }

            default:
                throw new UsageException($"unknown command '{verb}'");
        }
    }

    private static ICommand ParseCoOccurrence(Arguments arguments, ArticleLibrary library, bool json)
    {
        if (arguments.Positionals.Count > 1)
        {
            throw new UsageException("'cooccurrence' takes at most one entity");
        }

        string? format = arguments.Value("--format");
        if (format is not (null or "table" or "dot" or "mermaid"))
        {
            throw new UsageException($"'--format' is table, dot or mermaid, not '{format}'");
        }

        if (json && format is not null)
        {
            throw new UsageException($"'--json' and '--format {format}' ask for two outputs; give one of them");
        }

        int minArticles = arguments.PositiveNumber("--min", 1);
        int top = arguments.PositiveNumber("--top", CoOccurrences.DefaultTop);
        if (arguments.Positionals.Count == 0)
        {
            return new CoOccurrences(library, null, minArticles, top, json ? "json" : format ?? "table");
        }

        string name = arguments.Positionals[0];
        return EntityArgument.TryFind(name, library) is { } entity
            ? new CoOccurrences(library, entity, minArticles, top, json ? "json" : format ?? "table")
            : new NoSuchEntity(name, library);
    }
}
