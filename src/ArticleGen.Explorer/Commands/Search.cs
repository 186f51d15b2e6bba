using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>Full-text search: the best articles for a query, each with its matches in context.</summary>
/// <param name="library">The articles.</param>
/// <param name="query">Words and "exact phrases" (<see cref="Query"/> builds it from the command line).</param>
/// <param name="top">How many articles at most.</param>
/// <param name="json">Whether to print JSON.</param>
public sealed class Search(ArticleLibrary library, string query, int top, bool json) : ICommand
{
    private const int Context = 50;
    private const int MatchesShown = 3;

    /// <summary>
    /// The query a command line means: its arguments in order, an argument that holds white space but no quote mark
    /// being a phrase. The shell has eaten the quotes of <c>search "face-to-face diplomacy"</c>, so the argument itself
    /// says it was quoted; separate arguments (<c>search beijing summit</c>) are separate words.
    /// </summary>
    /// <param name="arguments">The search arguments.</param>
    /// <returns>The query.</returns>
    public static string Query(IReadOnlyList<string> arguments)
    {
        var parts = new List<string>(arguments.Count);
        foreach (string argument in arguments)
        {
            bool quoted = argument.IndexOfAny(['"', '\u201C', '\u201D', '\u201E']) >= 0;
            parts.Add(!quoted && argument.Trim().IndexOfAny([' ', '\t', '\n']) >= 0 ? "\"" + argument.Trim() + "\"" : argument);
        }

        return string.Join(" ", parts);
    }

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        IReadOnlyList<SearchHit> hits = library.Search(query, top);
        if (json)
        {
            JsonOutput.Write(output, writer =>
            {
                writer.WriteStartArray();
                foreach (SearchHit hit in hits)
                {
                    writer.WriteStartObject();
                    writer.WriteString("article", hit.Article.Id);
                    writer.WriteString("title", hit.Article.Title);
                    writer.WriteNumber("score", System.Math.Round(hit.Score, 4));
                    writer.WriteStartArray("matches");
                    foreach (BodySpan span in hit.BodySpans)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("start", span.Start);
                        writer.WriteNumber("length", span.Length);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
            return hits.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
        }

        if (hits.Count == 0)
        {
            output.WriteLine($"No article matches {query}.");
            return ExitCodes.NothingFound;
        }

        foreach (SearchHit hit in hits)
        {
            output.WriteLine($"{hit.Score.ToString("0.000", CultureInfo.InvariantCulture),7}  {hit.Article.Title}");
            for (int i = 0; i < hit.BodySpans.Count && i < MatchesShown; i++)
            {
                output.WriteLine("         " + Text.InContext(hit.Article.Body, hit.BodySpans[i], Context));
            }

            if (hit.BodySpans.Count > MatchesShown)
            {
                output.WriteLine($"         (+{hit.BodySpans.Count - MatchesShown} more)");
            }
        }

        return ExitCodes.Found;
    }
}
