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
          search QUERY [--top N]          Full-text search (BM25) over titles, bodies and quotes; "exact phrases"
                                          in double quotes; case and accents ignored.
          who-said WHO                    The quotes of a speaker (entity id, name or alias, or a speaker's name).
          quotes                          Every quote with its speaker.
          mentions ENTITY                 The articles that mention an entity, each mention in context.
          cooccurrence [ENTITY] [--min N] [--format table|dot|mermaid]
                                          Entities mentioned in the same articles; as Graphviz DOT or Mermaid
                                          to draw the network (dot -Tsvg, or a Mermaid viewer).
          timeline [--from DATE] [--to DATE]
                                          Articles by publication date (dates like 2024-04-26, both inclusive).
          export                          Every article as JSON (the ArticleGen export contract).

        Options:
          --json                          Any command: print JSON instead of text.
          --help, -h                      Print this help.

        Examples:
          dotnet run --project src/ArticleGen.Explorer -- who-said "Wang Yi"
          dotnet run --project src/ArticleGen.Explorer -- search "face-to-face diplomacy"
          dotnet run --project src/ArticleGen.Explorer -- cooccurrence --format mermaid
        """;

    private static readonly string[] NoValued = [];
    private static readonly string[] JsonFlag = ["--json"];

    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="library">The articles the command runs on.</param>
    /// <returns>The command.</returns>
    /// <exception cref="UsageException">The command line is not one the explorer understands.</exception>
    public static ICommand Parse(IReadOnlyList<string> args, ArticleLibrary library)
    {
        if (args.Count == 0 || (args.Count == 1 && args[0] == "--json"))
        {
            return args.Count == 0 ? new ShowArticles(library.Articles) : new ExportJson(library.Articles);
        }

        string verb = args[0];
        List<string> rest = args.Skip(1).ToList();
        switch (verb)
        {
            case "--help" or "-h" or "help":
                new Arguments(verb, rest, NoValued, NoValued).NoPositionals();
                return new PrintText(Help);
            case "export":
                new Arguments(verb, rest, NoValued, JsonFlag).NoPositionals();
                return new ExportJson(library.Articles);
            case "search":
            {
                var arguments = new Arguments(verb, rest, ["--top"], JsonFlag);
                return new Search(library, arguments.One("query"), arguments.PositiveNumber("--top", 10), arguments.Has("--json"));
            }

            case "who-said":
            {
                var arguments = new Arguments(verb, rest, NoValued, JsonFlag);
                return new WhoSaid(library, arguments.One("speaker"), arguments.Has("--json"));
            }

            case "quotes":
            {
                var arguments = new Arguments(verb, rest, NoValued, JsonFlag);
                arguments.NoPositionals();
                return new WhoSaid(library, null, arguments.Has("--json"));
            }

            case "mentions":
            {
                var arguments = new Arguments(verb, rest, NoValued, JsonFlag);
                return new ShowMentions(library, EntityArgument.Find(arguments.One("entity id or name"), library), arguments.Has("--json"));
            }

            case "cooccurrence":
                return ParseCoOccurrence(new Arguments(verb, rest, ["--min", "--format"], JsonFlag), library);
            case "timeline":
            {
                var arguments = new Arguments(verb, rest, ["--from", "--to"], JsonFlag);
                arguments.NoPositionals();
                return new Timeline(library, arguments.Date("--from"), arguments.Date("--to"), arguments.Has("--json"));
            }

            default:
                throw new UsageException($"unknown command '{verb}'");
        }
    }

    private static CoOccurrences ParseCoOccurrence(Arguments arguments, ArticleLibrary library)
    {
        if (arguments.Positionals.Count > 1)
        {
            throw new UsageException("'cooccurrence' takes at most one entity");
        }

        Entity? entity = arguments.Positionals.Count == 1 ? EntityArgument.Find(arguments.Positionals[0], library) : null;
        string format = arguments.Has("--json") ? "json" : arguments.Value("--format") ?? "table";
        if (format is not ("table" or "dot" or "mermaid" or "json"))
        {
            throw new UsageException($"'--format' is table, dot or mermaid, not '{format}'");
        }

        return new CoOccurrences(library, entity, arguments.PositiveNumber("--min", 1), format);
    }
}
