using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ArticleGen.Tests.Corpus;

/// <summary>One Wikinews article of the test corpus.</summary>
public sealed record WikinewsArticle(string Url, string Date, string Title, string Text);

/// <summary>Reads the Wikinews corpus (RFC 4180 CSV: url,date,title,text; "" escapes; CRLF normalised to LF).</summary>
public static class WikinewsCorpus
{
    /// <summary>The 2019 corpus file, the one most tests read.</summary>
    public const string Default = "wikinews_2019";

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<WikinewsArticle>>> Cached = new(StringComparer.Ordinal);

    /// <summary>All articles of the 2019 corpus file (read once).</summary>
    public static IReadOnlyList<WikinewsArticle> Articles => Named(Default);

    /// <summary>All articles of one corpus file, <c>wikinews_2019</c>, <c>wikinews_2020</c>, <c>wikinews_gum</c> or <c>wikinews_amalgum</c> (each read once).</summary>
    public static IReadOnlyList<WikinewsArticle> Named(string corpus) =>
        Cached.GetOrAdd(corpus, name => new Lazy<IReadOnlyList<WikinewsArticle>>(() => Load(PathOf(name)))).Value;

    /// <summary>A corpus file as copied to the test output directory.</summary>
    public static string PathOf(string corpus) => Path.Combine(AppContext.BaseDirectory, "Corpus", "wikinews", corpus + ".csv");

    public static IReadOnlyList<WikinewsArticle> Load(string path)
    {
        var rows = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        var articles = new List<WikinewsArticle>();
        for (int r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Count >= 4)
            {
                articles.Add(new WikinewsArticle(row[0], row[1], row[2], row[3]));
            }
        }

        return articles;
    }

    /// <summary>Parses RFC 4180 CSV: quoted fields may hold commas, newlines and "" for a quote.</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        bool fieldStarted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                rows.Add(row);
                row = new List<string>();
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (fieldStarted || field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
