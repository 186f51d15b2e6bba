using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Naming;

namespace ArticleGen.Generator.Resolution;

/// <summary>
/// Turns an article with its resolved entities into the model the emitter writes: finds mentions and quotes in
/// the body, infers speakers, then lets the front matter's <c>quotes:</c> confirm or override them.
/// </summary>
internal static class ArticleResolver
{
    /// <summary>Enough to show where the quote marks go wrong; more would bury the other diagnostics.</summary>
    private const int MaxUnbalancedQuoteWarnings = 20;

    public static ArticleResult Resolve(AnalysisInput input, CancellationToken cancellationToken)
    {
        ArticleContent article = input.Article;
        ImmutableArray<Finding>.Builder findings = ImmutableArray.CreateBuilder<Finding>();
        if (article.Title is null || input.Excluded)
        {
            return new ArticleResult(article.FilePath, null, EquatableArray<Finding>.Empty);
        }

        List<EntityModel> entities = ResolveEntities(input, findings);
        var surfaces = entities.Select(EntitySurface.Of).ToList();
        string body = article.Body;
        BodyLocator? locator = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            locator = new BodyLocator(body, article.RemovedCarriageReturns);
            findings.Add(Finding.InBody(DiagnosticDescriptors.EmptyArticle, locator.Locate(0, 0)));
        }

        BodyAnalysis analysis = BodyAnalyzer.Analyze(body, surfaces, cancellationToken);
        foreach (int mark in analysis.UnbalancedMarks.Take(MaxUnbalancedQuoteWarnings))
        {
            locator ??= new BodyLocator(body, article.RemovedCarriageReturns);
            findings.Add(Finding.InBody(DiagnosticDescriptors.UnbalancedQuote, locator.Locate(mark, 1)));
        }

        // Every quoted span is a candidate for the front matter's attributions, which win; what is left of the spans that
        // are no speech (titles, terms, scare quotes) is not a quote.
        List<QuoteModel> quotes = analysis.Quotes
            .Select(q => new QuoteModel(q.Start, q.Length, q.SentenceStart, q.SentenceLength, q.Speaker, q.SpeakerName))
            .ToList();
        bool[] attributed = ApplyAttributions(article, body, entities, quotes, findings);
        quotes = quotes.Where((_, i) => analysis.Quotes[i].IsSpeech || attributed[i]).ToList();

        string memberName = ArticleNames.MemberName(article.Id);
        var model = new ArticleModel(
            article.Id,
            memberName,
            article.Title,
            article.Source,
            article.Published,
            article.Url,
            article.Authors,
            article.Language,
            article.Tags,
            body,
            article.BodyResource,
            analysis.Paragraphs.Select(p => new SpanModel(p.Start, p.Length)).ToEquatableArray(),
            entities.Select(e => new EntityMemberModel(e, e.Identifier)).ToEquatableArray(),
            analysis.Mentions.Select(m => new MentionModel(m.Entity, m.Start, m.Length)).ToEquatableArray(),
            quotes.ToEquatableArray(),
            input.Options);
        return new ArticleResult(article.FilePath, model, findings.ToImmutable().ToEquatableArray());
    }

    private static List<EntityModel> ResolveEntities(AnalysisInput input, ImmutableArray<Finding>.Builder findings)
    {
        var entities = new List<EntityModel>(input.Entities.Count);
        for (int i = 0; i < input.Entities.Count; i++)
        {
            ResolvedEntity resolved = input.Entities[i];
            if (resolved.Entity is not null)
            {
                entities.Add(resolved.Entity);
            }
            else if (!resolved.Declaration.IsDefinition)
            {
                string advice = resolved.Suggestion is null
                    ? "give it a name and kind, or define it in a *.entities.yml catalog"
                    : "did you mean '" + resolved.Suggestion + "'? Otherwise give it a name and kind, or define it in a *.entities.yml catalog";
                findings.Add(Finding.At(DiagnosticDescriptors.UndefinedEntity, FindingPlace.Entity, i, resolved.Declaration.Id, advice));
            }

            // A definition that is not in the table lost its C# name to another id: that is already reported.
        }

        return entities;
    }

    /// <summary>Applies the front matter's <c>quotes:</c>; returns which quotes they named.</summary>
    private static bool[] ApplyAttributions(
        ArticleContent article, string body, List<EntityModel> entities, List<QuoteModel> quotes, ImmutableArray<Finding>.Builder findings)
    {
        bool[] attributed = new bool[quotes.Count];
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            QuoteAttribution attribution = article.Quotes[i];
            List<int> matches = FindQuotes(attribution, body, quotes);
            if (matches.Count == 0)
            {
                findings.Add(Finding.At(DiagnosticDescriptors.QuoteNotFound, FindingPlace.QuoteText, i, Shorten(attribution.Text)));
                continue;
            }

            if (matches.Count > 1)
            {
                findings.Add(Finding.At(DiagnosticDescriptors.AmbiguousQuote, FindingPlace.QuoteText, i, Shorten(attribution.Text), matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            int speaker = -1;
            if (attribution.SpeakerId is not null)
            {
                speaker = entities.FindIndex(e => e.Id == attribution.SpeakerId);
                if (speaker < 0)
                {
                    findings.Add(Finding.At(DiagnosticDescriptors.UnknownSpeaker, FindingPlace.QuoteSpeaker, i, attribution.SpeakerId, SpeakerAdvice(article, attribution.SpeakerId)));
                    continue;
                }
            }

            QuoteModel quote = quotes[matches[0]];
            quotes[matches[0]] = quote with { Speaker = speaker, SpeakerName = speaker < 0 ? null : entities[speaker].Name };
            attributed[matches[0]] = true;
        }

        return attributed;
    }

    /// <summary>A typo first: the closest id the article declares, if one is close; else how to declare the speaker.</summary>
    private static string SpeakerAdvice(ArticleContent article, string speakerId)
    {
        string? closest = Suggestions.Closest(speakerId, article.Entities.Select(e => e.Id));
        return closest is null
            ? "check its spelling against the ids under 'entities:', or declare it there ('" + speakerId + ": {}' uses an entity of a catalog)"
            : "did you mean '" + closest + "'? Fix the id; declare a new entity under 'entities:' only for someone the article does not declare yet";
    }

    /// <summary>The quotes whose comparable text is the attribution's, or starts with its prefix.</summary>
    private static List<int> FindQuotes(QuoteAttribution attribution, string body, List<QuoteModel> quotes)
    {
        string wanted = ComparableQuoteText.Of(attribution.IsPrefix ? attribution.Prefix : attribution.Text);
        var matches = new List<int>();
        for (int i = 0; i < quotes.Count; i++)
        {
            if (ComparableQuoteText.Matches(body, quotes[i].Start, quotes[i].Length, wanted, attribution.IsPrefix))
            {
                matches.Add(i);
            }
        }

        return matches;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
