using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// Gathers every diagnostic of the compilation for its own pipeline output, apart from the generated sources: the
/// tables' problems, each article's parse problems, and what its analysis found, placed where the article's parts
/// stand now. So an edit that only moves a problem (a line added above it) reports it at its new place without
/// analysing the article or writing any source again. Runs on every edit; the work beyond one pass over the files is
/// done only for articles that have findings.
/// </summary>
internal static class DiagnosticGatherer
{
    public static EquatableArray<DiagnosticInfo> Gather(
        ImmutableArray<ParsedFile> files,
        ImmutableArray<ArticleResult?> results,
        EquatableArray<DiagnosticInfo> entityTable,
        EquatableArray<DiagnosticInfo> nameTable)
    {
        Dictionary<string, EquatableArray<Finding>>? findings = null;
        foreach (ArticleResult? result in results)
        {
            if (result is { Findings.IsEmpty: false })
            {
                findings ??= new Dictionary<string, EquatableArray<Finding>>(StringComparer.Ordinal);
                findings[result.FilePath] = result.Findings;
            }
        }

        ImmutableArray<DiagnosticInfo>.Builder all = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        all.AddRange(entityTable);
        all.AddRange(nameTable);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ParsedFile file in files)
        {
            // A file the driver hands over twice is reported once (DistinctFiles).
            if (file.Article is not { } article || (article.Diagnostics.IsEmpty && findings is null) || !seen.Add(article.FilePath))
            {
                continue;
            }

            all.AddRange(article.Diagnostics);
            if (findings is not null && findings.TryGetValue(article.FilePath, out EquatableArray<Finding> found))
            {
                BodyLocator? locator = null;
                foreach (Finding finding in found)
                {
                    all.Add(new DiagnosticInfo(finding.DescriptorId, Place(finding, article, ref locator), finding.Arguments));
                }
            }
        }

        return all.ToImmutable().ToEquatableArray();
    }

    private static SourceLocation Place(Finding finding, ParsedArticle article, ref BodyLocator? locator)
    {
        ArticlePlaces places = article.Places;
        return finding.Place switch
        {
            FindingPlace.Body => (locator ??= new BodyLocator(article.Content.Body, places)).Locate(finding.Index, finding.Length),
            FindingPlace.Entity => At(places.Entities, finding.Index, places),
            FindingPlace.QuoteText => At(places.QuoteTexts, finding.Index, places),
            FindingPlace.QuoteSpeaker => At(places.QuoteSpeakers, finding.Index, places),
            _ => SourceLocation.FileStart(places.FilePath),
        };
    }

    private static SourceLocation At(EquatableArray<SourceLocation> locations, int index, ArticlePlaces places) =>
        (uint)index < (uint)locations.Count ? locations[index] : SourceLocation.FileStart(places.FilePath);
}
