using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Generator.Analysis.Attribution;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The body-analysis engine: paragraphs, entity mentions, quotes and their speakers. Pure (no I/O, no Roslyn),
/// deterministic and culture-invariant; linear in the body length apart from sorting; it accepts any input
/// and only throws <see cref="OperationCanceledException"/> when cancelled.
/// </summary>
internal static class BodyAnalyzer
{
    public static BodyAnalysis Analyze(string body, IReadOnlyList<EntitySurface> entities, CancellationToken cancellationToken)
    {
        body ??= string.Empty;
        entities ??= Array.Empty<EntitySurface>();

        var paragraphs = ParagraphSplitter.Split(body, cancellationToken);
        var mentions = MentionFinder.Find(body, entities, cancellationToken);
        var unbalanced = new List<int>();

        // Mentions are found in the body as written; quotes and speakers in the body read in double marks.
        string marked = SingleMarkStyle.AsDoubleMarks(TwoCharacterMarks.AsDoubleMarks(body), paragraphs, cancellationToken);
        var rawQuotes = QuoteScanner.Scan(marked, paragraphs, unbalanced, cancellationToken);
        var document = BodyDocument.Build(marked, paragraphs, rawQuotes, cancellationToken);
        var registry = new PersonRegistry();
        var occurrences = NameFinder.Find(document, mentions, entities, registry, cancellationToken);
        var context = new AttributionContext(document, mentions, entities, registry, occurrences);
        var quotes = new SpeakerAttributor(context).Attribute(cancellationToken);

        return new BodyAnalysis(paragraphs, mentions, quotes, unbalanced.ToImmutableArray());
    }
}
