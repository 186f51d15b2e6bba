using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleGen.Corpus;

/// <summary>A real news article the corpus recombines: its title, date, address and paragraphs.</summary>
public sealed record SourceArticle(string Title, string Date, string Url, IReadOnlyList<string> Paragraphs);

/// <summary>The real text a corpus is made of: the Wikinews 2019 articles and the seed article, read from this assembly.</summary>
public static partial class RealText
{
    private static readonly Lazy<IReadOnlyList<SourceArticle>> Wikinews = new(() => ReadWikinews(Resource("wikinews_2019.csv")));

    private static readonly Lazy<IReadOnlyList<string>> Seed = new(() => Paragraphs(Resource("seed.txt")).Skip(1).ToList());

    /// <summary>The Wikinews articles that have at least two paragraphs.</summary>
    public static IReadOnlyList<SourceArticle> WikinewsArticles => Wikinews.Value;

    /// <summary>The seed article's paragraphs (its title line left out).</summary>
    public static IReadOnlyList<string> SeedParagraphs => Seed.Value;

    private static string Resource(string name)
    {
        using Stream stream = typeof(RealText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("Missing resource " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static List<SourceArticle> ReadWikinews(string csv)
    {
        var articles = new List<SourceArticle>();
        foreach (List<string> row in Csv(csv).Skip(1))
        {
            if (row.Count < 4)
            {
                continue;
            }

            // The first paragraph is the dateline ("Friday, January 4, 2019"); quote marks that do not pair up
            // inside a paragraph would make one recombined article's quotes run into the next paragraph.
            List<string> paragraphs = Paragraphs(row[3]).Skip(1).Where(p => p.Length >= 80 && Balanced(p)).ToList();
            if (paragraphs.Count >= 2)
            {
                articles.Add(new SourceArticle(row[2].Trim(), row[1].Trim(), row[0].Trim(), paragraphs));
            }
        }

        return articles;
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        BlankLines().Split(text).Select(p => WhiteSpaceRuns().Replace(p.Trim(), " ")).Where(p => p.Length > 0);

    private static bool Balanced(string paragraph) =>
        paragraph.Count(c => c == '"') % 2 == 0 && paragraph.Count(c => c == '\u201C') == paragraph.Count(c => c == '\u201D');

    /// <summary>RFC 4180: quoted fields may hold commas, line breaks and "" for a quote.</summary>
    private static IEnumerable<List<string>> Csv(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',' || c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                if (c == '\n')
                {
                    yield return row;
                    row = new List<string>();
                }
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[ \t\n]+")]
    private static partial Regex WhiteSpaceRuns();
}
