using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleGen.Corpus;

/// <summary>
/// Writes N realistic annotated articles, deterministically: each body recombines Wikinews paragraphs (about
/// 3.5 KB) with a paragraph of the seed article and one attributed quote; its front matter uses the shared
/// catalog's entities it mentions and defines one person of its own. Every 25th article is plain text.
/// </summary>
public static partial class CorpusMaker
{
    /// <summary>The catalog file every corpus holds.</summary>
    public const string CatalogPath = "world.entities.yml";

    /// <summary>Body size each article aims at.</summary>
    public const int TargetBodyLength = 3500;

    private static readonly string[] FirstNames = ["Ana", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya"];
    private static readonly string[] LastNames = ["Abbott", "Bianchi", "Castro", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreno", "Novak", "Okafor", "Petrov"];
    private static readonly string[] Tags = ["politics", "world", "science", "economy", "health", "environment", "sport", "culture", "crime", "technology"];

    /// <summary>The corpus: <paramref name="count"/> articles (<c>articles/a00001.md</c>, ...) and the catalog.</summary>
    /// <param name="count">How many articles.</param>
    /// <param name="seed">The PRNG seed; the same seed gives the same corpus.</param>
    public static IReadOnlyList<CorpusFile> Make(int count, ulong seed = 6)
    {
        var files = new List<CorpusFile>(count + 1) { new(CatalogPath, Catalog()) };
        for (int i = 1; i <= count; i++)
        {
            files.Add(Article(i, seed));
        }

        return files;
    }

    /// <summary>Article number <paramref name="number"/> of the corpus with <paramref name="seed"/> (independent of the count).</summary>
    public static CorpusFile Article(int number, ulong seed = 6)
    {
        var random = new SplitMix64(seed * 1_000_003UL + (ulong)number);
        string id = Id(number);
        IReadOnlyList<SourceArticle> sources = RealText.WikinewsArticles;
        SourceArticle lead = sources[random.Below(sources.Count)];
        string person = FirstNames[random.Below(FirstNames.Length)] + " " + LastNames[random.Below(LastNames.Length)];
        string quote = QuoteText(sources[random.Below(sources.Count)], random);
        string body = Body(lead, random, person, quote);
        string title = lead.Title + " (report " + number.ToString(CultureInfo.InvariantCulture) + ")";
        return number % 25 == 0
            ? new CorpusFile("articles/" + id + ".txt", title + "\n\n" + body + "\nSource: Wikinews\n")
            : new CorpusFile("articles/" + id + ".md", FrontMatter(id, title, lead, random, body, person, quote) + body);
    }

    /// <summary>The id of article number <paramref name="number"/>.</summary>
    public static string Id(int number) => "a" + number.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Writes the corpus under <paramref name="directory"/>.</summary>
    public static void WriteTo(string directory, IEnumerable<CorpusFile> files)
    {
        foreach (CorpusFile file in files)
        {
            string path = Path.Combine(directory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, new UTF8Encoding(false));
        }
    }

    private static string Body(SourceArticle lead, SplitMix64 random, string person, string quote)
    {
        var paragraphs = new List<string>(lead.Paragraphs.Take(3));
        string seedParagraph = RealText.SeedParagraphs[random.Below(RealText.SeedParagraphs.Count)];
        string quoteParagraph = "\u201C" + quote + ",\u201D " + person + " said.";
        int length = paragraphs.Sum(p => p.Length + 2) + seedParagraph.Length + quoteParagraph.Length + 4;
        while (length < TargetBodyLength - 200)
        {
            SourceArticle other = RealText.WikinewsArticles[random.Below(RealText.WikinewsArticles.Count)];
            string paragraph = other.Paragraphs[random.Below(other.Paragraphs.Count)];
            paragraphs.Add(paragraph);
            length += paragraph.Length + 2;
        }

        paragraphs.Insert(random.Below(paragraphs.Count) + 1, seedParagraph);
        paragraphs.Insert(random.Below(paragraphs.Count) + 1, quoteParagraph);
        return string.Join("\n\n", paragraphs) + "\n";
    }

    /// <summary>A sentence of real text without quote marks or its final stop, to be quoted in the body.</summary>
    private static string QuoteText(SourceArticle source, SplitMix64 random)
    {
        string paragraph = source.Paragraphs[random.Below(source.Paragraphs.Count)];
        string sentence = Sentences().Split(paragraph).FirstOrDefault(s => s.Length >= 30) ?? paragraph;
        return new string(sentence.Where(c => c is not ('"' or '\u201C' or '\u201D' or '\\')).ToArray()).Trim().TrimEnd('.', '!', '?', ',', ';', ':');
    }

    private static string FrontMatter(string id, string title, SourceArticle lead, SplitMix64 random, string body, string person, string quote)
    {
        string personId = "reporter-" + id;
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Yaml(title)).Append('\n');
        text.Append("id: ").Append(id).Append('\n');
        text.Append("source: Wikinews\n");
        text.Append("published: ").Append(lead.Date).Append('\n');
        text.Append("url: ").Append(Yaml(lead.Url)).Append('\n');
        text.Append("authors: [Wikinews contributors]\n");
        text.Append("tags: [").Append(Tags[random.Below(Tags.Length)]).Append(", ").Append(Tags[random.Below(Tags.Length)]).Append("]\n");
        text.Append("entities:\n");
        foreach (CatalogEntity entity in CatalogEntity.World.Where(e => Mentions(body, e)))
        {
            text.Append("  ").Append(entity.Id).Append(": {}\n");
        }

        string last = person.Substring(person.IndexOf(' ', StringComparison.Ordinal) + 1);
        text.Append("  ").Append(personId).Append(":\n");
        text.Append("    name: ").Append(person).Append('\n');
        text.Append("    kind: person\n");
        text.Append("    aliases: [").Append(last).Append("]\n");
        text.Append("    role: Wikinews correspondent\n");
        text.Append("quotes:\n");
        text.Append("  - text: ").Append(Yaml(quote)).Append('\n');
        text.Append("    speaker: ").Append(personId).Append('\n');
        return text.Append("---\n").ToString();
    }

    private static bool Mentions(string body, CatalogEntity entity) =>
        entity.Aliases.Prepend(entity.Name).Any(name => Regex.IsMatch(body, @"(?<![\w])" + Regex.Escape(name) + @"(?![\w])", RegexOptions.CultureInvariant));

    private static string Catalog()
    {
        var text = new StringBuilder("# The entities every article of the corpus may use by id.\nentities:\n");
        foreach (CatalogEntity entity in CatalogEntity.World)
        {
            text.Append("  ").Append(entity.Id).Append(":\n");
            text.Append("    name: ").Append(Yaml(entity.Name)).Append('\n');
            text.Append("    kind: ").Append(entity.Kind).Append('\n');
            if (entity.Aliases.Count > 0)
            {
                text.Append("    aliases: [").Append(string.Join(", ", entity.Aliases.Select(Yaml))).Append("]\n");
            }

            if (entity.Role is not null)
            {
                text.Append("    role: ").Append(Yaml(entity.Role)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A YAML double-quoted scalar (the text holds no line breaks).</summary>
    private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex Sentences();
}
