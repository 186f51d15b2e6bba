namespace ArticleGen.Generator.Model;

/// <summary>Everything the emitter needs to write one article's source file, and nothing else.</summary>
internal sealed record ArticleModel(
    string Id,
    string ClassName,
    string Title,
    string? Source,
    ArticleDateModel? Published,
    string? Url,
    EquatableArray<string> Authors,
    string Language,
    EquatableArray<string> Tags,
    string Body,
    BodyResource? BodyResource,
    EquatableArray<SpanModel> Paragraphs,
    EquatableArray<EntityMemberModel> Entities,
    EquatableArray<MentionModel> Mentions,
    EquatableArray<QuoteModel> Quotes,
    GeneratorOptions Options)
{
    /// <summary>What the catalog needs of the article; computed once, so an unchanged article hands the catalog step the same object.</summary>
    public ArticleSummary Summary { get; } = new(Id, ClassName, Title, Published);
}

/// <summary>A range of the body.</summary>
internal readonly record struct SpanModel(int Start, int Length);

/// <summary>An entity as a member of an article: the global entity, and the member name it gets in the article.</summary>
internal sealed record EntityMemberModel(EntityModel Entity, string MemberName);

/// <summary>A mention: the index of its entity in the article's entity list, and its span.</summary>
internal readonly record struct MentionModel(int Entity, int Start, int Length);

/// <summary>A quote: its span without marks, its sentence, and its speaker (entity index or -1, and name).</summary>
internal sealed record QuoteModel(int Start, int Length, int SentenceStart, int SentenceLength, int Speaker, string? SpeakerName);
