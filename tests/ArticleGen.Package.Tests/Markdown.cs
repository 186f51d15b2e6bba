using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ArticleGen.Package.Tests;

/// <summary>Reads the fenced blocks of the repository's Markdown documents, as the documentation tests run them.</summary>
internal static partial class Markdown
{
    /// <summary>The text of a document from a heading to the next heading of the same level.</summary>
    public static string Section(string document, string heading)
    {
        string text = document.Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("No section '" + heading + "'.");
        }

        string level = heading.Substring(0, heading.IndexOf(' ', StringComparison.Ordinal) + 1);
        int end = text.IndexOf("\n" + level, start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? text.Substring(start) : text.Substring(start, end - start);
    }

    /// <summary>The contents of the fenced blocks of one language, in order.</summary>
    public static IReadOnlyList<string> Blocks(string text, string language)
    {
        var blocks = new List<string>();
        foreach (Match match in Fence().Matches(text.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            if (match.Groups["language"].Value == language)
            {
                blocks.Add(match.Groups["body"].Value);
            }
        }

        return blocks;
    }

    /// <summary>The blocks that follow a line "It prints:": what the code before them writes to the console.</summary>
    public static IReadOnlyList<string> Outputs(string text)
    {
        var outputs = new List<string>();
        foreach (Match match in Output().Matches(text.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            outputs.Add(match.Groups["body"].Value);
        }

        return outputs;
    }

    [GeneratedRegex(@"^```(?<language>\w*)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"It prints:\n\n```text\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Output();
}
