using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>
/// In a build on the package, an article's body is read at run time from the article file, embedded as a resource by
/// ArticleGen.targets, instead of being compiled as a literal: the same body, quotes and mentions either way.
/// </summary>
public sealed class EmbeddedBodyTests
{
    private const string Catalog = "people:\n  - id: jo-lee\n    name: Jo Lee\n";

    private static readonly (string Path, string Text)[] Articles =
    {
        ("articles/plain.md", "---\ntitle: Plain\nentities: [jo-lee]\n---\nJo Lee spoke. \"We will build it,\" Lee said.\n\nA second paragraph, with é and 中文.\n"),
        ("articles/windows.md", "---\r\ntitle: Windows\r\n---\r\n\"Lines end in CRLF,\" Jo Lee said.\r\n\r\nAnd a lone CR\rhere.\r\n"),
        ("articles/storm.txt", "Storm warning\n\nThe storm came. \"Stay inside,\" Jo Lee said.\n\nSource: The Daily\n\n"),
    };

    [Fact]
    public void Bodies_read_from_the_embedded_files_equal_the_bodies_compiled_as_literals()
    {
        var embedded = Articles.Select((a, i) => new EmbeddedArticleFile(a.Path, Bytes(a.Text, byteOrderMark: i == 1))).ToList();
        GeneratorRun fromFiles = Run(embedded.Cast<AdditionalText>());
        GeneratorRun fromLiterals = Run(Articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)));

        string generated = string.Concat(fromFiles.Sources.Select(s => s.SourceText.ToString()));
        Assert.Equal(3, Occurrences(generated, "Utf8Text.FromResource("));
        Assert.DoesNotContain("We will build it", generated);
        Assert.Empty(fromFiles.CompilationDiagnostics);

        IReadOnlyList<Article> read = GeneratedArticles.Load(fromFiles, resources: embedded.Select(e => e.Resource));
        IReadOnlyList<Article> compiled = GeneratedArticles.Load(fromLiterals);
        Assert.Equal(3, read.Count);
        for (int i = 0; i < read.Count; i++)
        {
            Assert.Equal(compiled[i].Body, read[i].Body);
            Assert.Equal(compiled[i].Quotes.Select(q => (q.Text, q.SpeakerName)), read[i].Quotes.Select(q => (q.Text, q.SpeakerName)));
            Assert.Equal(compiled[i].Mentions.Select(m => m.Text), read[i].Mentions.Select(m => m.Text));
        }

        Assert.Equal("\"Lines end in CRLF,\" Jo Lee said.\n\nAnd a lone CR\nhere.\n", read.Single(a => a.Title == "Windows").Body);
    }

    [Fact]
    public void A_file_that_is_not_utf8_keeps_its_body_in_the_generated_code()
    {
        // "café" in Latin-1: the compiler reads such a file in a fallback encoding, so its bytes are not the UTF-8 of
        // its text and no byte count would be right.
        byte[] latin1 = Encoding.Latin1.GetBytes("---\ntitle: Cafe\n---\nThe caf\u00e9 opened.\n");
        GeneratorRun run = Run(new AdditionalText[] { new EmbeddedArticleFile("articles/cafe.md", latin1) });

        string generated = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        Assert.DoesNotContain("FromResource(", generated);
        Assert.Contains("opened.", generated);
    }

    [Fact]
    public void A_front_matter_edit_that_moves_the_body_changes_no_generated_code()
    {
        const string Before = "---\ntitle: Moved\n---\n\"Still here,\" Jo Lee said.\n";
        const string After = "---\n# a comment line that moves the body down\ntitle: Moved\n---\n\"Still here,\" Jo Lee said.\n";
        GeneratorRun before = Run(new AdditionalText[] { new EmbeddedArticleFile("articles/moved.md", Bytes(Before, false)) });
        GeneratorRun after = Run(new AdditionalText[] { new EmbeddedArticleFile("articles/moved.md", Bytes(After, false)) });

        Assert.Contains("FromResource(", string.Concat(before.Sources.Select(s => s.SourceText.ToString())));
        Assert.Equal(before.Sources.Select(s => (s.HintName, s.SourceText.ToString())), after.Sources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    private static GeneratorRun Run(IEnumerable<AdditionalText> articles) =>
        GeneratorHarness.Run(articles.Append(new InMemoryAdditionalText("world.entities.yml", Catalog)), GeneratorHarness.Compilation());

    private static byte[] Bytes(string text, bool byteOrderMark) =>
        (byteOrderMark ? new byte[] { 0xEF, 0xBB, 0xBF } : System.Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, string.Empty, System.StringComparison.Ordinal).Length) / value.Length;
}
