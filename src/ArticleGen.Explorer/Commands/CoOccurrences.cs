using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Entities mentioned in the same articles: a table, or the network as Graphviz DOT or Mermaid.</summary>
/// <param name="library">The articles.</param>
/// <param name="entity">Only the pairs with this entity; null for all.</param>
/// <param name="minArticles">Only pairs found together in at least this many articles.</param>
/// <param name="format">table, dot, mermaid or json.</param>
public sealed class CoOccurrences(ArticleLibrary library, Entity? entity, int minArticles, string format) : ICommand
{
    /// <inheritdoc />
    public void Run(TextWriter output)
    {
        List<CoOccurrence> pairs = (entity is null ? library.CoOccurrences : library.CoOccurrencesOf(entity))
            .Where(p => p.Articles >= minArticles)
            .ToList();
        switch (format)
        {
            case "dot":
                output.Write(library.Network(minArticles).ToDot());
                break;
            case "mermaid":
                output.Write(library.Network(minArticles).ToMermaid());
                break;
            case "json":
                JsonOutput.Write(output, writer =>
                {
                    writer.WriteStartArray();
                    foreach (CoOccurrence pair in pairs)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("first", pair.First.Id);
                        writer.WriteString("second", pair.Second.Id);
                        writer.WriteNumber("articles", pair.Articles);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
                break;
            default:
                if (pairs.Count == 0)
                {
                    output.WriteLine("No entities are mentioned together" + (minArticles > 1 ? $" in {minArticles} articles or more." : "."));
                    return;
                }

                Text.Table(output, pairs.Select(p => new[] { p.First.Name, p.Second.Name, Text.Plural(p.Articles, "article") }).ToList(), string.Empty);
                break;
        }
    }
}
