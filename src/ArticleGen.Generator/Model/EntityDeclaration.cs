namespace ArticleGen.Generator.Model;

/// <summary>
/// One entry of an <c>entities:</c> map, in an article or a catalog. An empty entry (<c>xi-jinping: {}</c>) only
/// uses an entity defined elsewhere; <see cref="IsDefinition"/> tells the two apart. Where it stands in its file is
/// kept apart (<see cref="ArticlePlaces"/>, <see cref="DeclarationSet"/>), so that moving it changes nothing that
/// depends on what it says.
/// </summary>
internal sealed record EntityDeclaration(
    string Id,
    string? Name,
    EntityKind? Kind,
    EquatableArray<string> Aliases,
    string? Role,
    string? Wikidata)
{
    public bool IsDefinition => Name is not null || Kind is not null;
}
