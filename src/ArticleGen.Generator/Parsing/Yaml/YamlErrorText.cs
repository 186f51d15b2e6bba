using System;
using System.Globalization;
using YamlDotNet.Core;

namespace ArticleGen.Generator.Parsing.Yaml;

/// <summary>
/// Says why YamlDotNet could not read a text, in plain words and at the token at fault. Its own messages ("While
/// parsing a flow sequence, did not find expected ',' or ']'", or "Operation is not valid due to the current state of
/// the object" with no position at all) only pick the explanation here; they never reach the user.
/// </summary>
internal static class YamlErrorText
{
    /// <param name="e">What the parser threw.</param>
    /// <param name="scanned">How far the scanner had read: where the trouble is when the exception has no position.</param>
    /// <param name="yaml">The text being read.</param>
    /// <param name="openFlow">The innermost list or map in brackets that was still open, if any.</param>
    public static YamlError Describe(Exception e, Mark scanned, string yaml, YamlNode? openFlow)
    {
        bool located = e is YamlException y && !y.Start.Equals(Mark.Empty);
        Mark start = located ? ((YamlException)e).Start : scanned;
        Mark end = located ? ((YamlException)e).End : scanned;
        string said = e is YamlException ? e.Message : string.Empty;

        if (Says(said, "quoted scalar") && (Says(said, "end of stream") || Says(said, "document indicator") || Says(said, "wrong indentation")))
        {
            return new YamlError(start, OneCharacter(start), "This quoted text is never closed: add its closing quote mark");
        }

        if (Says(said, "escape") || Says(said, "hexadecimal") || Says(said, "unicode"))
        {
            return new YamlError(start, end, "This double-quoted text holds a '\\' escape that YAML does not know: write '\\\\' for a backslash, or use single quotes");
        }

        if (Says(said, "tab"))
        {
            Mark tab = TabFrom(yaml, scanned);
            return new YamlError(tab, OneCharacter(tab), "A tab indents this line: YAML indents with spaces only");
        }

        if (openFlow is not null)
        {
            return UnclosedOrBrokenFlow(openFlow, start, end, yaml);
        }

        if (Says(said, "expected key"))
        {
            return new YamlError(start, end, "This line is indented differently from the fields above it: the fields of one map start in the same column");
        }

        if (Says(said, "'-' indicator"))
        {
            return new YamlError(start, end, "This line is indented differently from the items above it: the items of one list start with '-' in the same column");
        }

        if (Says(said, "invalid mapping") || Says(said, "keys are not allowed") || Says(said, "values are not allowed"))
        {
            return new YamlError(start, end, "A 'key: value' cannot start here: indent it as a field under a key that ends with ':', or quote a text that holds ': '");
        }

        if (Says(said, "expected ':'"))
        {
            return new YamlError(start, end, "This key has no ':' after it on its line");
        }

        if (Says(said, "cannot start any token") && start.Index < yaml.Length)
        {
            return new YamlError(start, OneCharacter(start), "A text cannot start with '" + yaml[(int)start.Index] + "' unquoted: put it in quotes");
        }

        if (Says(said, "anchor") || Says(said, "alias"))
        {
            return new YamlError(start, end, "This anchor ('&name') or alias ('*name') is not allowed here: quote a text that starts with '&' or '*'");
        }

        if (Says(said, "tag"))
        {
            return new YamlError(start, end, "This tag ('!...') cannot be read: quote a text that starts with '!'");
        }

        if (Says(said, "block scalar"))
        {
            return new YamlError(start, end, "This block text ('|' or '>') is malformed: check the line that starts it and the indentation of its lines");
        }

        if (Says(said, "directive") || Says(said, "document"))
        {
            return new YamlError(start, end, "A YAML directive ('%...') or document marker cannot stand here: a front matter or catalog is one map of fields");
        }

        if (Says(said, "node content"))
        {
            return new YamlError(start, end, "A value is expected here: write one, or quote a text that starts with a character YAML reserves");
        }

        return new YamlError(start, end, "The YAML cannot be read from here on: check the indentation, quotes and brackets of this line");
    }

    /// <summary>
    /// A list or map in brackets that meets the end of the text, or a later line it cannot continue on, was never
    /// closed: that is said at its opening bracket. Anything else is a wrong item where the parser stopped.
    /// </summary>
    private static YamlError UnclosedOrBrokenFlow(YamlNode openFlow, Mark start, Mark end, string yaml)
    {
        bool list = openFlow is YamlList;
        if (start.Line > openFlow.Start.Line || start.Index >= yaml.TrimEnd().Length)
        {
            return new YamlError(openFlow.Start, OneCharacter(openFlow.Start), list
                ? "This list is never closed: add ']' after its last item"
                : "This map is never closed: add '}' after its last field");
        }

        string column = openFlow.Start.Column.ToString(CultureInfo.InvariantCulture);
        return new YamlError(start, end, list
            ? "A ',' or ']' is expected here, in the list opened at column " + column + ": separate items with ', ' and quote an item that holds '[', ']', '{', '}' or ','"
            : "A ',' or '}' is expected here, in the map opened at column " + column + ": separate fields with ', ' and quote a value that holds '[', ']', '{', '}' or ','");
    }

    private static bool Says(string message, string words) => message.IndexOf(words, StringComparison.OrdinalIgnoreCase) >= 0;

    private static Mark OneCharacter(Mark start) => new(start.Index + 1, start.Line, start.Column + 1);

    /// <summary>The first tab from where the scanner stopped on its line: the scanner stops at the start of the tabbed line.</summary>
    private static Mark TabFrom(string yaml, Mark scanned)
    {
        for (long i = scanned.Index; i < yaml.Length && yaml[(int)i] != '\n' && yaml[(int)i] != '\r'; i++)
        {
            if (yaml[(int)i] == '\t')
            {
                return new Mark(i, scanned.Line, scanned.Column + (i - scanned.Index));
            }
        }

        return scanned;
    }
}
