using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Articles by publication date, optionally between two dates (both inclusive).</summary>
/// <param name="library">The articles.</param>
/// <param name="from">The earliest date, or null.</param>
/// <param name="to">The latest date, or null.</param>
/// <param name="json">Whether to print JSON.</param>
public sealed class Timeline(ArticleLibrary library, ArticleDate? from, ArticleDate? to, bool json) : ICommand
{
    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        IReadOnlyList<Article> articles = from is null && to is null
            ? library.Timeline
            : library.PublishedBetween(from ?? new ArticleDate(1, 1, 1), to ?? new ArticleDate(9999, 12, 31));
        if (json)
        {
            JsonOutput.Write(output, writer =>
            {
                writer.WriteStartArray();
                foreach (Article article in articles)
                {
                    writer.WriteStartObject();
                    writer.WriteString("published", article.Published?.ToString());
                    writer.WriteString("id", article.Id);
                    writer.WriteString("title", article.Title);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
            return articles.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
        }

        if (articles.Count == 0)
        {
            output.WriteLine("No article in that range.");
            return ExitCodes.NothingFound;
        }

        Text.Table(output, articles.Select(a => new[] { a.Published?.ToString() ?? "(no date)", a.Source ?? "-", a.Title }).ToList(), string.Empty);
        return ExitCodes.Found;
    }
}
