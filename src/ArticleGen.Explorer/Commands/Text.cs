using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Small text helpers for aligned, readable console output.</summary>
public static class Text
{
    /// <summary>The lower-case name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>person, organization, place or other.</returns>
    public static string KindName(EntityKind kind) => ArticleJson.KindName(kind);

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
