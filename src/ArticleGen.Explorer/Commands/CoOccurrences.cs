using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Entities mentioned in the same articles: a table of the most frequent pairs, or the network as Graphviz DOT or Mermaid.</summary>
/// <param name="library">The articles.</param>
/// <param name="entity">Only the pairs with this entity; null for all.</param>
/// <param name="minArticles">Only pairs found together in at least this many articles.</param>
/// <param name="top">The most pairs a table or JSON lists (most frequent first); the network formats draw every pair.</param>
/// <param name="format">table, dot, mermaid or json.</param>
public sealed class CoOccurrences(ArticleLibrary library, Entity? entity, int minArticles, int top, string format) : ICommand
{
    /// <summary>Pairs listed when <c>--top</c> is not given: a screenful.</summary>
    public const int DefaultTop = 20;

    private static readonly string[] Header = ["Entity", "Mentioned with", "Articles"];

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        List<CoOccurrence> pairs = (entity is null ? library.CoOccurrences : library.CoOccurrencesOf(entity))
            .Where(p => p.Articles >= minArticles)
            .ToList();
        int found = pairs.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
        switch (format)
        {
            case "dot":
                output.Write(library.Network(minArticles).ToDot());
                return found;
            case "mermaid":
                output.Write(library.Network(minArticles).ToMermaid());
                return found;
            case "json":
                JsonOutput.Write(output, writer =>
                {
                    writer.WriteStartArray();
                    foreach (CoOccurrence pair in pairs.Take(top))
                    {
                        writer.WriteStartObject();
                        writer.WriteString("first", pair.First.Id);
                        writer.WriteString("second", pair.Second.Id);
                        writer.WriteNumber("articles", pair.Articles);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
                return found;
            default:
                if (pairs.Count == 0)
                {
                    output.WriteLine("No entities are mentioned together" + (minArticles > 1 ? $" in {minArticles} articles or more." : "."));
                    return found;
                }

                var rows = new List<string[]> { Header };
                rows.AddRange(pairs.Take(top).Select(p => new[] { p.First.Name, p.Second.Name, p.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
                Text.Table(output, rows, string.Empty);
                if (pairs.Count > top)
                {
                    output.WriteLine($"({Text.Plural(pairs.Count - top, "more pair")}; --top N lists more, --min N keeps the pairs of at least N articles)");
                }

                return found;
        }
    }
}
