using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Tests.Infrastructure;

namespace ArticleGen.Tests.Analysis;

// The generator\'s kind, not the runtime\'s ArticleGen.EntityKind that the enclosing namespace would find first.
using EntityKind = ArticleGen.Generator.Model.EntityKind;

/// <summary>Shared helpers for the body-analysis tests.</summary>
internal static class AnalysisTestHelpers
{
    public static BodyAnalysis Analyze(string body, params EntitySurface[] entities)
        => BodyAnalyzer.Analyze(body, entities, CancellationToken.None);

    public static EntitySurface Entity(string id, EntityKind kind, string name, params string[] aliases)
        => new(id, kind, name, aliases.ToImmutableArray());

    public static string QuoteText(string body, FoundQuote quote) => body.Substring(quote.Start, quote.Length);

    public static string SentenceText(string body, FoundQuote quote) => body.Substring(quote.SentenceStart, quote.SentenceLength);

    /// <summary>The seed's body, read from the user's plain-text seed the way the generator reads it.</summary>
    public static string SeedBody()
    {
        const string path = "original/000_f280014935800b08.txt";
        return ArticleParser.Parse(path, TestFiles.SeedText(path), CancellationToken.None).Content.Body;
    }

    /// <summary>The entities of the seed article, as its front matter would declare them.</summary>
    public static EntitySurface[] SeedEntities() =>
    [
        Entity("antony-blinken", EntityKind.Person, "Antony Blinken", "Blinken"),
        Entity("wang-yi", EntityKind.Person, "Wang Yi", "Wang"),
        Entity("china-daily", EntityKind.Organization, "China Daily"),
        Entity("xi-jinping", EntityKind.Person, "Xi Jinping"),
        Entity("joe-biden", EntityKind.Person, "Joe Biden", "Biden"),
        Entity("janet-yellen", EntityKind.Person, "Janet Yellen", "Yellen"),
        Entity("wang-xiaohong", EntityKind.Person, "Wang Xiaohong"),
        Entity("nancy-pelosi", EntityKind.Person, "Nancy Pelosi"),
        Entity("china", EntityKind.Place, "China"),
        Entity("united-states", EntityKind.Place, "United States", "U.S."),
        Entity("beijing", EntityKind.Place, "Beijing"),
        Entity("washington", EntityKind.Place, "Washington"),
        Entity("taiwan", EntityKind.Place, "Taiwan"),
        Entity("ukraine", EntityKind.Place, "Ukraine"),
        Entity("russia", EntityKind.Place, "Russia"),
        Entity("south-china-sea", EntityKind.Place, "South China Sea"),
        Entity("reuters", EntityKind.Organization, "Reuters"),
        Entity("san-francisco", EntityKind.Place, "San Francisco"),
        Entity("shanghai", EntityKind.Place, "Shanghai"),
        Entity("diaoyutai", EntityKind.Place, "Diaoyutai State Guesthouse"),
        Entity("state-department", EntityKind.Organization, "U.S. State Department", "State Department"),
    ];

    public static string Describe(string body, BodyAnalysis analysis)
        => string.Join("\n", analysis.Quotes.Select(q => $"[{q.Start},{q.Length}] {q.Rule} {q.Speaker} {q.SpeakerName ?? "-"} | {Shorten(QuoteText(body, q))}"));

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
