using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Prints every article: title, source, date, entities with mention counts, and who said what.</summary>
/// <param name="articles">The articles.</param>
public sealed class ShowArticles(IReadOnlyList<Article> articles) : ICommand
{
    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        bool first = true;
        foreach (Article article in articles)
        {
            if (!first)
            {
                output.WriteLine();
            }

            first = false;
            output.WriteLine(article.Title);
            output.WriteLine(new string('=', article.Title.Length));
            output.WriteLine($"Source:    {article.Source ?? "-"}");
            output.WriteLine($"Published: {article.Published?.ToString() ?? "-"}");
            if (article.Tags.Count > 0)
            {
                output.WriteLine($"Tags:      {string.Join(", ", article.Tags)}");
            }

            output.WriteLine();
            output.WriteLine($"Entities ({article.Entities.Count}):");
            var rows = article.Entities
                .Select(e => new[] { e.Name, Text.KindName(e.Kind), Text.Plural(article.MentionsOf(e).Count, "mention") })
                .ToList();
            Text.Table(output, rows, "  ");
            output.WriteLine();
            output.WriteLine($"Quotes ({article.Quotes.Count}):");
            foreach (Quote quote in article.Quotes)
            {
                output.WriteLine($"  {quote.SpeakerName ?? "(unattributed)"}: \u201C{quote.Text}\u201D");
            }
        }

        return articles.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
    }
}
