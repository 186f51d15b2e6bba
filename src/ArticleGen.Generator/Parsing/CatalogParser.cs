using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing.Yaml;

namespace ArticleGen.Generator.Parsing;

/// <summary>Reads an entity catalog (contract section 3): a YAML file holding only an <c>entities:</c> map.</summary>
internal static class CatalogParser
{
    private static readonly string[] CatalogFields = { "entities" };

    public static ParsedCatalog Parse(string filePath, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var yaml = new YamlSource(filePath, start, 0, diagnostics);
        EquatableArray<EntityDeclaration> entities = EquatableArray<EntityDeclaration>.Empty;
        EquatableArray<SourceLocation> locations = EquatableArray<SourceLocation>.Empty;
        YamlNode? root = yaml.Load(text.Substring(start), cancellationToken);
        if (root is YamlMap map)
        {
            foreach ((string key, YamlScalar keyNode, YamlNode value) in yaml.Pairs(map))
            {
                if (key == "entities")
                {
                    (entities, locations) = EntityMapReader.Read(yaml, value);
                }
                else
                {
                    yaml.ReportUnknownField(keyNode, key, CatalogFields);
                }
            }
        }
        else if (root is not null && !YamlSource.IsEmpty(root))
        {
            yaml.Report(DiagnosticDescriptors.WrongFieldType, yaml.Locate(root), "catalog", "a map with one field, 'entities'");
        }

        return new ParsedCatalog(filePath, entities, locations, diagnostics.ToImmutable().ToEquatableArray());
    }
}
