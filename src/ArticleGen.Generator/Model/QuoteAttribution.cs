namespace ArticleGen.Generator.Model;

/// <summary>
/// A front-matter <c>quotes:</c> entry: the quote's text (or a prefix ending in "...") and its speaker's id. Where it
/// stands in its file is kept apart (<see cref="ArticlePlaces"/>).
/// </summary>
internal sealed record QuoteAttribution(string Text, string? SpeakerId)
{
    private const string Ellipsis = "...";

    public bool IsPrefix => Text.EndsWith(Ellipsis, System.StringComparison.Ordinal) || Text.EndsWith("\u2026", System.StringComparison.Ordinal);

    public string Prefix => Text.EndsWith(Ellipsis, System.StringComparison.Ordinal)
        ? Text.Substring(0, Text.Length - Ellipsis.Length)
        : Text.Substring(0, Text.Length - 1);
}
