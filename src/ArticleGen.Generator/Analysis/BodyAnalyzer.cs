using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Generator.Analysis.Attribution;
using ArticleGen.Generator.Analysis.Attribution.Ranking;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The body-analysis engine: paragraphs, entity mentions, quotes and their speakers. Pure (no I/O, no Roslyn),
/// deterministic and culture-invariant; linear in the body length apart from sorting; it accepts any input
/// and only throws <see cref="OperationCanceledException"/> when cancelled.
/// </summary>
internal static class BodyAnalyzer
{
    public static BodyAnalysis Analyze(string body, IReadOnlyList<EntitySurface> entities, CancellationToken cancellationToken)
        => AnalyzeWith(body, entities, RankerModel.Shipped, cancellationToken);

    /// <summary>Analyses with the given speaker ranker, or with the sieve alone when <paramref name="ranker"/> is null.</summary>
    public static BodyAnalysis AnalyzeWith(string body, IReadOnlyList<EntitySurface> entities, RankerModel? ranker, CancellationToken cancellationToken)
    {
        var (context, mentions, unbalanced) = Prepare(ref body, ref entities, cancellationToken);
        var quotes = new SpeakerAttributor(context, ranker).Attribute(cancellationToken);
        return new BodyAnalysis(context.Document.Paragraphs, mentions, quotes, unbalanced.ToImmutableArray());
    }

    /// <summary>The speaker candidates of every speech quote after the sieve, for the ranker's training tool
    /// (<see cref="SpeakerAttributor.VisitCandidates"/>).</summary>
    public static void VisitCandidates(string body, IReadOnlyList<EntitySurface> entities, Func<RawQuote, Speaker?, ICandidateSink?> sinkFor, CancellationToken cancellationToken)
    {
        var (context, _, _) = Prepare(ref body, ref entities, cancellationToken);
        new SpeakerAttributor(context, null).VisitCandidates(sinkFor, cancellationToken);
    }

    private static (AttributionContext Context, ImmutableArray<FoundMention> Mentions, List<int> Unbalanced) Prepare(
        ref string body, ref IReadOnlyList<EntitySurface> entities, CancellationToken cancellationToken)
    {
        body ??= string.Empty;
        entities ??= Array.Empty<EntitySurface>();

        var paragraphs = ParagraphSplitter.Split(body, cancellationToken);
        var mentions = MentionFinder.Find(body, entities, cancellationToken);
        var unbalanced = new List<int>();
        var rawQuotes = QuoteScanner.Scan(body, paragraphs, unbalanced, cancellationToken);
        var document = BodyDocument.Build(body, paragraphs, rawQuotes, cancellationToken);
        var registry = new PersonRegistry();
        var occurrences = NameFinder.Find(document, mentions, entities, registry, cancellationToken);
        return (new AttributionContext(document, mentions, entities, registry, occurrences), mentions, unbalanced);
    }
}
