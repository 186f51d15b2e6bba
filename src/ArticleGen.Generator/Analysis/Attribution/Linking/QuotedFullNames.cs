using System;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// The full names that the article's quotes give for surnames ("“I want to thank my coach, Daniel Kiprono,” she said"),
/// each surname read once.
/// </summary>
internal sealed class QuotedFullNames
{
    private readonly AttributionContext _context;

    /// <summary>The full name a quote gives for each surname asked about (<see cref="FullNameInQuotes"/>), made on first use.</summary>
    private WordMemo? _quotedNames;

    public QuotedFullNames(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    /// <summary>
    /// The speaker a one-word name that nothing else resolved names, by the full name a quote gives it ("“I want to thank my
    /// coach, Daniel Kiprono,” she said. … Kiprono described her as “…”"); any other speaker as it is. Asked only of the
    /// speakers decided, as reading the quotes for every name linked would cost more than it finds.
    /// </summary>
    public Speaker WithNameFromQuotes(Speaker speaker)
        => speaker is { Entity: < 0, Kind: NameKind.Unknown } && speaker.Name.IndexOf(' ') < 0
            && (_quotedNames ??= new WordMemo(FullNameInQuotes)).For(speaker.Name) is { } full
            ? new Speaker(-1, full, NameKind.Person)
            : speaker;

    /// <summary>The first person's name of two or three words that ends in <paramref name="surname"/> inside a sentence of a
    /// quote ("that Tariq Mahmood is", "my coach, Daniel Kiprono,"; a capital opening one may be any word, "Thanks Kiprono"),
    /// or null. The body is searched for the word, not walked token by token.</summary>
    private string? FullNameInQuotes(string surname)
    {
        string? found = null;
        var tokens = _context.Tokens;
        string body = Document.Body;
        for (int at = body.IndexOf(surname, StringComparison.Ordinal); at >= 0 && found is null;
            at = body.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
        {
            int k = Document.TokenAt(at);
            if (k < 2 || tokens[k].Start != at || tokens[k].Quote < 0 || !string.Equals(Document.Word(k), surname, StringComparison.Ordinal))
            {
                continue;
            }

            int quote = tokens[k].Quote;
            int start = k;
            while (start > k - 2 && start - 1 > 0 && tokens[start - 1].Quote == quote && Document.IsCapitalised(start - 1))
            {
                start--;
            }

            found = start < k && tokens[start - 1].Quote == quote && (Document.IsLowerWord(start - 1) || Document.IsPunctuation(start - 1, ','))
                && NameInterpreter.Interpret(Document, start, k + 1) is { Kind: NameKind.Person, WordCount: >= 2 } person
                ? person.Name
                : null;
        }

        return found;
    }
}
