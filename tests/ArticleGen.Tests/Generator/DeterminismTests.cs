using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>The same articles give byte-identical output whatever their order, the culture or the line endings.</summary>
public sealed class DeterminismTests
{
    private static readonly (string Path, string Text)[] Articles =
    {
        ("articles/istanbul.md", "---\ntitle: İstanbul'da TİCARET görüşmesi\nid: istanbul-ticaret\npublished: 2024-04-26T09:30:00+03:00\ntags: [Türkiye, ısı, İİ]\nentities:\n  recep-erdogan:\n    name: Recep Tayyip Erdoğan\n    kind: person\n    aliases: [Erdoğan, ERDOĞAN]\n  iIıİ:\n    name: iIıİ\n    kind: place\n---\n\"Ticaret ilişkileri güçlü,\" Erdoğan said in İstanbul.\n\nDIŞİŞLERİ said 3,5 and 1.000,25 things.\n"),
        ("articles/berlin.md", "---\ntitle: Straße in Köln\nid: straße-köln\npublished: 2024-01-02\n---\n\"Größe zählt,\" sagte er.\n"),
        ("articles/cairo.txt", "لقاء في القاهرة\n\n\"نحن هنا،\" قال الوزير.\nسطر ثان ٣٫٥\n\nSource: الأهرام\n"),
        ("catalog/world.entities.yml", "entities:\n  ankara:\n    name: Ankara\n    kind: place\n"),
    };

    [Fact]
    public void Output_does_not_depend_on_the_order_of_the_files()
    {
        Dictionary<string, string> expected = Generate(Articles.Concat(TestFiles.Seeds()));
        Assert.Equal(expected, Generate(Articles.Concat(TestFiles.Seeds()).Reverse()));
        Assert.Equal(expected, Generate(Articles.Concat(TestFiles.Seeds()).OrderBy(f => f.Text.Length)));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        Dictionary<string, string> expected = Generate(Articles.Concat(TestFiles.Seeds()));
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Generate(Articles.Concat(TestFiles.Seeds())));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\n", true)]
    [InlineData("\r", false)]
    public void Output_does_not_depend_on_line_endings_or_a_byte_order_mark(string lineEnding, bool bom)
    {
        IEnumerable<(string Path, string Text)> files = Articles.Concat(TestFiles.Seeds()).Select(f => (f.Path, f.Text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Dictionary<string, string> expected = Generate(files);
        Assert.Equal(expected, Generate(files.Select(f => (f.Path, (bom ? "\uFEFF" : string.Empty) + f.Text.Replace("\n", lineEnding, StringComparison.Ordinal)))));
    }

    /// <summary>Every generated source as its UTF-8 bytes (compared as hex, so a diff shows where), by hint name.</summary>
    private static Dictionary<string, string> Generate(IEnumerable<(string Path, string Text)> files)
    {
        GeneratorRun run = GeneratorHarness.Run(files, string.Empty);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationDiagnostics);
        return run.Sources.ToDictionary(s => s.HintName, s => Convert.ToHexString(Encoding.UTF8.GetBytes(s.SourceText.ToString())));
    }
}
