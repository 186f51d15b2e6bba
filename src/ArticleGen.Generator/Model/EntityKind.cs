namespace ArticleGen.Generator.Model;

/// <summary>The kind of an entity, as the front matter names it.</summary>
internal enum EntityKind
{
    Person,
    Organization,
    Place,
    Other,
}
