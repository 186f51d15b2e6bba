using System.Collections.Immutable;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing.Yaml;

namespace ArticleGen.Generator.Parsing;

/// <summary>Reads an <c>entities:</c> map (contract section 1), shared by articles and catalogs.</summary>
internal static class EntityMapReader
{
    private static readonly string[] Fields = { "name", "kind", "aliases", "role", "wikidata" };

    private static readonly string[] Kinds = { "person", "organization", "organisation", "place", "other" };

    /// <summary>The entries of the map, and where each entry's id stands, in the same order.</summary>
    public static (EquatableArray<EntityDeclaration> Entities, EquatableArray<SourceLocation> Locations) Read(YamlSource yaml, YamlNode node)
    {
        if (YamlSource.IsEmpty(node))
        {
            return (EquatableArray<EntityDeclaration>.Empty, EquatableArray<SourceLocation>.Empty);
        }

        if (node is not YamlMap map)
        {
            yaml.Report(DiagnosticDescriptors.WrongFieldType, yaml.Locate(node), "entities", "a map from entity id to definition");
            return (EquatableArray<EntityDeclaration>.Empty, EquatableArray<SourceLocation>.Empty);
        }

        ImmutableArray<EntityDeclaration>.Builder entities = ImmutableArray.CreateBuilder<EntityDeclaration>(map.Pairs.Count);
        ImmutableArray<SourceLocation>.Builder locations = ImmutableArray.CreateBuilder<SourceLocation>(map.Pairs.Count);
        foreach ((string id, YamlScalar idNode, YamlNode value) in yaml.Pairs(map))
        {
            if (id.Trim().Length == 0)
            {
                yaml.Report(DiagnosticDescriptors.InvalidId, yaml.Locate(idNode), id, "an entity id needs at least one visible character");
                continue;
            }

            EntityDeclaration? entity = ReadEntity(yaml, id, idNode, value);
            if (entity is not null)
            {
                entities.Add(entity);
                locations.Add(yaml.Locate(idNode));
            }
        }

        return (entities.ToImmutable().ToEquatableArray(), locations.ToImmutable().ToEquatableArray());
    }

    private static EntityDeclaration? ReadEntity(YamlSource yaml, string id, YamlScalar idNode, YamlNode value)
    {
        SourceLocation location = yaml.Locate(idNode);
        if (YamlSource.IsEmpty(value))
        {
            return new EntityDeclaration(id, null, null, EquatableArray<string>.Empty, null, null);
        }

        if (value is not YamlMap fields)
        {
            yaml.Report(DiagnosticDescriptors.WrongFieldType, yaml.Locate(value), id, "a map with name, kind, aliases, role and wikidata");
            return null;
        }

        string? name = null;
        string? kindText = null;
        YamlNode? kindNode = null;
        EquatableArray<string> aliases = EquatableArray<string>.Empty;
        string? role = null;
        string? wikidata = null;
        foreach ((string key, YamlScalar keyNode, YamlNode field) in yaml.Pairs(fields))
        {
            switch (key)
            {
                case "name": name = yaml.ReadString(field, "name"); break;
                case "kind": kindText = yaml.ReadString(field, "kind"); kindNode = field; break;
                case "aliases": aliases = yaml.ReadStringList(field, "aliases"); break;
                case "role": role = yaml.ReadString(field, "role"); break;
                case "wikidata": wikidata = yaml.ReadString(field, "wikidata"); break;
                default:
                    yaml.ReportUnknownField(keyNode, key, Fields);
                    break;
            }
        }

        EntityKind? kind = null;
        if (kindText is not null)
        {
            kind = ParseKind(kindText);
            if (kind is null)
            {
                yaml.Report(DiagnosticDescriptors.UnknownEntityKind, yaml.Locate(kindNode!), id, kindText, Suggestions.DidYouMean(Suggestions.Closest(kindText.Trim(), Kinds)));
                kind = EntityKind.Other;
            }
        }

        if ((name is null) != (kind is null) || (name is not null && name.Trim().Length == 0))
        {
            yaml.Report(DiagnosticDescriptors.IncompleteEntity, location, id);
            return null;
        }

        return new EntityDeclaration(id, name, kind, aliases, role, wikidata);
    }

    private static EntityKind? ParseKind(string text) => text.Trim() switch
    {
        "person" => EntityKind.Person,
        "organization" or "organisation" => EntityKind.Organization,
        "place" => EntityKind.Place,
        "other" => EntityKind.Other,
        _ => null,
    };
}
