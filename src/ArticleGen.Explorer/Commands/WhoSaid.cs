using System.Collections.Generic;
using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>The quotes of one speaker (an entity, or a name the text gives), or every quote.</summary>
/// <param name="library">The articles.</param>
/// <param name="speaker">An entity id, name, alias or surname, or a speaker's name or surname; null for every quote.</param>
/// <param name="json">Whether to print JSON.</param>
public sealed class WhoSaid(ArticleLibrary library, string? speaker, bool json) : ICommand
{
    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        IReadOnlyList<Quote> quotes = speaker is null
            ? library.Quotes
            : EntityArgument.TryFind(speaker, library) is { } entity ? library.QuotesBy(entity) : BySpeakerName(speaker);
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
            return quotes.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
        }

        if (quotes.Count == 0)
        {
            output.WriteLine(speaker is null ? "No quotes." : $"No quotes by '{speaker}'.");
            return ExitCodes.NothingFound;
        }

        foreach (Quote quote in quotes)
        {
            output.WriteLine($"{quote.SpeakerName ?? "(unattributed)"}: \u201C{quote.Text}\u201D");
            output.WriteLine($"    {quote.Article.Title}, paragraph {Text.ParagraphNumber(quote.Paragraph)}");
        }

        return ExitCodes.Found;
    }

    /// <summary>The quotes of a speaker that is no entity: by full name, else by surname (the name's last word).</summary>
    private IReadOnlyList<Quote> BySpeakerName(string name)
    {
        IReadOnlyList<Quote> byName = library.QuotesBy(name);
        if (byName.Count > 0 || name.Trim().Contains(' ', System.StringComparison.Ordinal))
        {
            return byName;
        }

        var bySurname = new List<Quote>();
        foreach (Quote quote in library.Quotes)
        {
            if (quote.SpeakerName is { } speakerName && Text.SameName(Text.Surname(speakerName), name.Trim()))
            {
                bySurname.Add(quote);
            }
        }

        return bySurname;
    }
}
