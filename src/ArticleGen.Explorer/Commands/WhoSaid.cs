using System.Collections.Generic;
using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>The quotes of one speaker (an entity, or a name the text gives), or every quote.</summary>
/// <param name="library">The articles.</param>
/// <param name="speaker">An entity id, name or alias, or a speaker's name; null for every quote.</param>
/// <param name="json">Whether to print JSON.</param>
public sealed class WhoSaid(ArticleLibrary library, string? speaker, bool json) : ICommand
{
    /// <inheritdoc />
    public void Run(TextWriter output)
    {
        IReadOnlyList<Quote> quotes = speaker is null
            ? library.Quotes
            : EntityArgument.TryFind(speaker, library) is { } entity ? library.QuotesBy(entity) : library.QuotesBy(speaker);
        if (json)
        {
            JsonOutput.Write(output, writer =>
            {
                writer.WriteStartArray();
                foreach (Quote quote in quotes)
                {
                    JsonOutput.WriteQuote(writer, quote);
                }

                writer.WriteEndArray();
            });
            return;
        }

        if (quotes.Count == 0)
        {
            output.WriteLine(speaker is null ? "No quotes." : $"No quotes by '{speaker}'.");
            return;
        }

        foreach (Quote quote in quotes)
        {
            output.WriteLine($"{quote.SpeakerName ?? "(unattributed)"}: \u201C{quote.Text}\u201D");
            output.WriteLine($"    {quote.Article.Title}, paragraph {quote.Paragraph.Index + 1}");
        }
    }
}
