using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ArticleGen.Text;

namespace ArticleGen.Explorer.Commands;

/// <summary>Small text helpers for aligned, readable console output.</summary>
public static class Text
{
    /// <summary>The lower-case name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>person, organization, place or other.</returns>
    public static string KindName(EntityKind kind) => ArticleJson.KindName(kind);

    /// <summary>A paragraph's number as the explorer shows it, in text and in JSON alike: from 1.</summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <returns>Its <see cref="Paragraph.Index"/> plus one.</returns>
    public static int ParagraphNumber(Paragraph paragraph) => paragraph.Index + 1;

    /// <summary>The last word of a name: <c>Gude</c> for <c>Ken Gude</c>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Its last word.</returns>
    public static string Surname(string name)
    {
        string trimmed = name.Trim();
        return trimmed.Substring(trimmed.LastIndexOf(' ') + 1);
    }

    /// <summary>Whether two names are the same, ignoring case, accents and the apostrophe's shape (<c>lopez</c> is
    /// <c>López</c>, <c>O'Brien</c> is <c>O’Brien</c>): the runtime's folding, compiled in from <c>src/Shared</c>.</summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    /// <returns><see langword="true"/> if they are.</returns>
    public static bool SameName(string a, string b) => string.Equals(TextFolding.Fold(a.Trim()), TextFolding.Fold(b.Trim()), StringComparison.Ordinal);

    /// <summary>"1 mention", "3 mentions".</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The singular noun.</param>
    /// <returns>The phrase.</returns>
    public static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>Writes rows as left-aligned columns.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="rows">The rows, each with the same number of cells.</param>
    /// <param name="indent">What each line starts with.</param>
    public static void Table(TextWriter output, IReadOnlyList<string[]> rows, string indent)
    {
        if (rows.Count == 0)
        {
            return;
        }

        int[] widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (string[] row in rows)
        {
            string line = string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c])));
            output.WriteLine(indent + line.TrimEnd());
        }
    }

    /// <summary>A span of the body with some text either side, on one line.</summary>
    /// <param name="body">The body.</param>
    /// <param name="span">The span.</param>
    /// <param name="context">How many characters either side.</param>
    /// <returns>The span in context, marked with brackets.</returns>
    public static string InContext(string body, BodySpan span, int context)
    {
        int start = Math.Max(0, span.Start - context);
        int end = Math.Min(body.Length, span.End + context);
        string text = (start > 0 ? "\u2026" : string.Empty)
            + body.Substring(start, span.Start - start)
            + "[" + span.Of(body) + "]"
            + body.Substring(span.End, end - span.End)
            + (end < body.Length ? "\u2026" : string.Empty);
        return text.Replace('\n', ' ');
    }
}
