using System.Collections.Immutable;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>The fields of an article as they are read, before they are frozen into a <see cref="ParsedArticle"/>.</summary>
internal sealed class ArticleFields
{
    public ArticleFields(string id, SourceLocation idLocation)
    {
        Id = id;
        IdLocation = idLocation;
        TitleLocation = idLocation;
    }

    public string Id { get; set; }

    public SourceLocation IdLocation { get; set; }

    public string? Title { get; set; }

    public SourceLocation TitleLocation { get; set; }

    public string? Source { get; set; }

    public ArticleDateModel? Published { get; set; }

    public string? Url { get; set; }

    public EquatableArray<string> Authors { get; set; } = EquatableArray<string>.Empty;

    public string Language { get; set; } = "en";

    public EquatableArray<string> Tags { get; set; } = EquatableArray<string>.Empty;

    public EquatableArray<EntityDeclaration> Entities { get; set; } = EquatableArray<EntityDeclaration>.Empty;

    public EquatableArray<SourceLocation> EntityLocations { get; set; } = EquatableArray<SourceLocation>.Empty;

    public EquatableArray<QuoteAttribution> Quotes { get; set; } = EquatableArray<QuoteAttribution>.Empty;

    public EquatableArray<SourceLocation> QuoteTextLocations { get; set; } = EquatableArray<SourceLocation>.Empty;

    public EquatableArray<SourceLocation> QuoteSpeakerLocations { get; set; } = EquatableArray<SourceLocation>.Empty;

    /// <summary>Freezes the fields, with the body and where it starts in the file.</summary>
    public ParsedArticle ToParsedArticle(
        string filePath, ArticleFormat format, string body, int bodyOffset, int bodyLine, EquatableArray<int> removedCarriageReturns, ImmutableArray<DiagnosticInfo>.Builder diagnostics) =>
        new(
            new ArticleContent(filePath, format, Id, Title, Source, Published, Url, Authors, Language, Tags, Entities, Quotes, body, removedCarriageReturns),
            new ArticlePlaces(filePath, IdLocation, EntityLocations, QuoteTextLocations, QuoteSpeakerLocations, bodyOffset, bodyLine),
            diagnostics.ToImmutable().ToEquatableArray());
}
