using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Prints the quotes of every article, or of one speaker.</summary>
/// <param name="articles">The articles.</param>
/// <param name="speaker">An entity id or a speaker's name; null for every quote.</param>
public sealed class ShowQuotes(IReadOnlyList<Article> articles, string? speaker) : ICommand
{
    /// <inheritdoc />
    public void Run(TextWriter output)
    {
        List<Quote> quotes = articles.SelectMany(a => a.Quotes).Where(Matches).ToList();
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

    private bool Matches(Quote quote) =>
        speaker is null
        || string.Equals(quote.Speaker?.Id, speaker, StringComparison.OrdinalIgnoreCase)
        || string.Equals(quote.SpeakerName, speaker, StringComparison.OrdinalIgnoreCase)
        || (quote.Speaker?.Aliases.Any(a => string.Equals(a, speaker, StringComparison.OrdinalIgnoreCase)) ?? false);
}
