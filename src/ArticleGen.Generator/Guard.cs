using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing;
using ArticleGen.Generator.Resolution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator;

/// <summary>
/// The generator never throws: an unexpected exception while handling one file becomes one AG0001 diagnostic on
/// that file, and the other articles still generate. Cancellation is the one exception let through.
/// </summary>
internal static class Guard
{
    public static ParsedFile ParseFile(AdditionalText file, FileRole role, string? bodyResource, CancellationToken cancellationToken) => role switch
    {
        FileRole.Article => new ParsedFile(Parse(file, cancellationToken, bodyResource), null),
        FileRole.Catalog => new ParsedFile(null, ParseCatalog(file, cancellationToken)),
        _ => ParsedFile.Other,
    };

    public static ParsedArticle Parse(AdditionalText file, CancellationToken cancellationToken, string? bodyResource = null)
    {
        try
        {
            SourceText? source = file.GetText(cancellationToken);
            string text = source?.ToString() ?? string.Empty;
            ParsedArticle parsed = ArticleParser.Parse(file.Path, text, cancellationToken);
            return source is null || bodyResource is null
                ? parsed
                : parsed with { Content = parsed.Content with { BodyResource = BodyResources.Locate(source, text, bodyResource, parsed.Content, parsed.Places) } };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var content = new ArticleContent(
                file.Path, ArticleFormat.Annotated, Path.GetFileNameWithoutExtension(file.Path), null, null, null, null, EquatableArray<string>.Empty,
                "en", EquatableArray<string>.Empty, EquatableArray<EntityDeclaration>.Empty, EquatableArray<QuoteAttribution>.Empty, string.Empty, EquatableArray<int>.Empty);
            return new ParsedArticle(content, ArticlePlaces.OfFile(file.Path), new[] { InternalError(file.Path, e) }.ToEquatableArray());
        }
    }

    public static ParsedCatalog ParseCatalog(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            string text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            return CatalogParser.Parse(file.Path, text, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParsedCatalog(
                file.Path, EquatableArray<EntityDeclaration>.Empty, EquatableArray<SourceLocation>.Empty, new[] { InternalError(file.Path, e) }.ToEquatableArray());
        }
    }

    /// <summary>
    /// The entities of referenced assemblies; none when their metadata cannot be read, so that the articles that use them
    /// get the located "defined nowhere" diagnostic rather than a compiler crash.
    /// </summary>
    public static EquatableArray<ReferencedEntity> ReadReferencedEntities(Compilation compilation, CancellationToken cancellationToken)
    {
        try
        {
            return ReferencedEntityReader.Read(compilation, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return EquatableArray<ReferencedEntity>.Empty;
        }
    }

    /// <summary>The article partitions among the references; none when their metadata cannot be read, so that <c>Articles.All</c> holds this project's own.</summary>
    public static EquatableArray<ReferencedPartition> ReadReferencedPartitions(Compilation compilation, CancellationToken cancellationToken)
    {
        try
        {
            return ReferencedPartitionReader.Read(compilation, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return EquatableArray<ReferencedPartition>.Empty;
        }
    }

    public static Reported<EntityTable> BuildEntityTable(
        ImmutableArray<DeclarationSet> sets, EquatableArray<ReferencedEntity> referenced, string projectDirectory, CancellationToken cancellationToken)
    {
        try
        {
            return EntityTableBuilder.Build(sets, referenced, projectDirectory, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            string path = sets.IsEmpty ? string.Empty : sets[0].FilePath;
            return new Reported<EntityTable>(
                new EntityTable(EquatableArray<EntityModel>.Empty, EquatableArray<string>.Empty), new[] { InternalError(path, e) }.ToEquatableArray());
        }
    }

    public static ArticleResult Resolve(AnalysisInput input, CancellationToken cancellationToken)
    {
        try
        {
            return ArticleResolver.Resolve(input, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var error = Finding.At(DiagnosticDescriptors.InternalError, FindingPlace.File, 0, e.GetType().Name, OneLine(e.Message));
            return new ArticleResult(input.Article.FilePath, null, new[] { error }.ToEquatableArray());
        }
    }

    private static DiagnosticInfo InternalError(string filePath, Exception e) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceLocation.FileStart(filePath), e.GetType().Name, OneLine(e.Message));

    private static string OneLine(string message) => message.Replace('\n', ' ').Replace('\r', ' ');
}
