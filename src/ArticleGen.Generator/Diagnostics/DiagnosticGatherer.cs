using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// Gathers every diagnostic of the compilation for its own pipeline output, apart from the generated sources: the
/// tables' problems, each article's parse problems, and what its analysis found, placed where the article's parts
/// stand now. So an edit that only moves a problem (a line added above it) reports it at its new place without
/// analysing the article or writing any source again. Runs on every edit over every file: one pass of a few field
/// reads per file, and real work only for the files that have something to report.
/// </summary>
internal static class DiagnosticGatherer
{
    /// <param name="index">Each file's index entry, in the pipeline's file order.</param>
    /// <param name="results">Each file's analysis, in the same order (both come from one stream of files).</param>
    /// <param name="entityTable">The entity table's problems, catalogs' parse problems among them.</param>
    /// <param name="nameTable">The article name table's problems.</param>
    public static EquatableArray<DiagnosticInfo> Gather(
        ImmutableArray<FileIndexEntry> index,
        ImmutableArray<ArticleResult?> results,
        EquatableArray<DiagnosticInfo> entityTable,
        EquatableArray<DiagnosticInfo> nameTable)
    {
        ImmutableArray<DiagnosticInfo>.Builder all = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        all.AddRange(entityTable.AsImmutableArray());
        all.AddRange(nameTable.AsImmutableArray());
        HashSet<string>? reported = null;
        for (int i = 0; i < index.Length; i++)
        {
            ArticleReport? report = index[i].Report;
            EquatableArray<Finding> findings = i < results.Length && results[i] is { } result ? result.Findings : EquatableArray<Finding>.Empty;
            if (report is null || (report.Diagnostics.IsEmpty && findings.IsEmpty))
            {
                continue;
            }

            // A file the driver hands over twice is reported once (DistinctFiles).
            reported ??= new HashSet<string>(StringComparer.Ordinal);
            if (!reported.Add(report.Places.FilePath))
            {
                continue;
            }

            all.AddRange(report.Diagnostics.AsImmutableArray());
            foreach (Finding finding in findings)
            {
                all.Add(new DiagnosticInfo(finding.DescriptorId, Place(finding, report.Places), finding.Arguments));
            }
        }

        return all.ToImmutable().ToEquatableArray();
    }

    private static SourceLocation Place(Finding finding, ArticlePlaces places) => finding.Place switch
    {
        FindingPlace.Body => places.Locate(finding.Range),
        FindingPlace.Entity => At(places.Entities, finding.Index, places),
        FindingPlace.QuoteText => At(places.QuoteTexts, finding.Index, places),
        FindingPlace.QuoteSpeaker => At(places.QuoteSpeakers, finding.Index, places),
        _ => SourceLocation.FileStart(places.FilePath),
    };

    private static SourceLocation At(EquatableArray<SourceLocation> locations, int index, ArticlePlaces places) =>
        (uint)index < (uint)locations.Count ? locations[index] : SourceLocation.FileStart(places.FilePath);
}
