namespace ArticleGen.Generator.Analysis;

/// <summary>The double quote marks and the context rules that tell an opening mark from a closing one.</summary>
internal static class QuoteMarks
{
    /// <summary>Whether <paramref name="c"/> is a double quote mark. Single quotes (‘ ’ ') never delimit a quote.</summary>
    public static bool IsMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    /// <summary>The index of the first double quote mark (<see cref="IsMark"/>) in <c>text[start..end)</c>, or -1: a
    /// vectorised search on .NET, for the few marks in a body of prose.</summary>
    public static int IndexOfMark(string text, int start, int end) => start < end ? text.IndexOfAny(Marks, start, end - start) : -1;

    private static readonly char[] Marks = ['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB'];

    /// <summary>Marks that are typographically opening: “ „ «.</summary>
    public static bool IsTypographicOpening(char c) => c is '\u201C' or '\u201E' or '\u00AB';

    /// <summary>Marks that are typographically closing: ” ».</summary>
    public static bool IsTypographicClosing(char c) => c is '\u201D' or '\u00BB';

    /// <summary>
    /// A mark in opening position: preceded by the paragraph start, whitespace or opening punctuation,
    /// and followed by something other than whitespace or closing punctuation (, ; : . ! ? and closing brackets).
    /// </summary>
    public static bool InOpeningPosition(string body, int paragraphStart, int paragraphEnd, int mark, int markLength)
    {
        char previous = mark > paragraphStart ? body[mark - 1] : ' ';
        int after = mark + markLength;
        if (after >= paragraphEnd || char.IsWhiteSpace(body[after]))
        {
            return false;
        }

        // "… I'm a drummer' ", he recalled": a mark followed by punctuation that never starts a quote closes one
        // (an ellipsis "..." may start a quote, a single full stop may not).
        char next = body[after];
        if (next is ',' or ';' or ':' or ')' or ']' or '}' or '!' or '?'
            || (next == '.' && !(after + 1 < paragraphEnd && body[after + 1] == '.')))
        {
            return false;
        }

        return IsOpeningContext(previous) || previous is '\u2018' or '\'';
    }

    /// <summary>White space or punctuation after which a quote may open: ( [ { &lt; dashes / : ; ,.</summary>
    public static bool IsOpeningContext(char previous)
        => char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '<' or '\u2014' or '\u2013' or '-' or '/' or ':' or ';' or ',';

    /// <summary>
    /// A straight mark set off by a space on both sides before a capital letter ("… attacks. " Though bin Laden is dead, …"):
    /// a detached opening mark, as careless or tokenised text writes one. It may open only where no quote is open.
    /// </summary>
    public static bool InDetachedOpeningPosition(string body, int paragraphStart, int paragraphEnd, int mark, int markLength)
    {
        int after = mark + markLength;
        return body[mark] == '"'
            && (mark == paragraphStart || char.IsWhiteSpace(body[mark - 1]))
            && after + 1 < paragraphEnd && body[after] == ' ' && char.IsUpper(body[after + 1]);
    }

    /// <summary>
    /// A straight mark glued to a full stop, "?" or "!" before it and to a capital letter after it ("… mail-in ballots."We
    /// made …"): an opening mark typed without its space. It may open only where no quote is open.
    /// </summary>
    public static bool InGluedOpeningPosition(string body, int paragraphStart, int paragraphEnd, int mark, int markLength)
        => body[mark] == '"' && mark > paragraphStart && body[mark - 1] is '.' or '?' or '!'
            && mark + markLength < paragraphEnd && char.IsUpper(body[mark + markLength]);

    /// <summary>A mark in closing position: it follows something other than whitespace.</summary>
    public static bool InClosingPosition(string body, int paragraphStart, int mark)
        => mark > paragraphStart && !char.IsWhiteSpace(body[mark - 1]);
}
