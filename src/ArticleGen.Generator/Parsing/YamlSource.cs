using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing.Yaml;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// A YAML document inside an article or catalog file: reads typed values from its nodes, and records
/// diagnostics located at the node's own line and column in the file.
/// </summary>
internal sealed class YamlSource
{
    private readonly string _filePath;
    private readonly int _fileOffset;
    private readonly int _firstLine;
    private readonly ImmutableArray<DiagnosticInfo>.Builder _diagnostics;

    public YamlSource(string filePath, int fileOffset, int firstLine, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        _filePath = filePath;
        _fileOffset = fileOffset;
        _firstLine = firstLine;
        _diagnostics = diagnostics;
    }

    public SourceLocation Locate(YamlNode node) => Locate(node.Start, node.End);

    public SourceLocation Locate(Mark start, Mark end) =>
        new(
            _filePath,
            _fileOffset + (int)start.Index,
            (int)(end.Index - start.Index),
            _firstLine + (int)start.Line - 1,
            (int)start.Column - 1,
            _firstLine + (int)end.Line - 1,
            (int)end.Column - 1);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>Reports a key that is none of <paramref name="fields"/>, offering the closest one.</summary>
    public void ReportUnknownField(YamlScalar keyNode, string key, IReadOnlyCollection<string> fields) =>
        Report(DiagnosticDescriptors.UnknownField, Locate(keyNode), key, Suggestions.DidYouMean(Suggestions.Closest(key, fields)), Names(fields));

    /// <summary>Loads the first document of <paramref name="yaml"/>; null (and a diagnostic) if it cannot be read, null for an empty text.</summary>
    public YamlNode? Load(string yaml, CancellationToken cancellationToken)
    {
        YamlNode? root = YamlReader.Read(yaml, cancellationToken, out YamlError? error);
        if (error is not null)
        {
            Report(DiagnosticDescriptors.MalformedYaml, Locate(error.Start, error.End), error.Message);
        }

        return root;
    }

    /// <summary>A scalar as text; null for a YAML null. Reports a wrong type.</summary>
    public string? ReadString(YamlNode node, string field)
    {
        if (node is YamlScalar scalar)
        {
            return scalar.IsNull ? null : scalar.Value;
        }

        Report(DiagnosticDescriptors.WrongFieldType, Locate(node), field, "a text");
        return null;
    }

    /// <summary>A string or a list of strings. Reports items of other types.</summary>
    public EquatableArray<string> ReadStringList(YamlNode node, string field)
    {
        if (node is YamlScalar scalar)
        {
            return scalar.IsNull ? EquatableArray<string>.Empty : new[] { scalar.Value }.ToEquatableArray();
        }

        if (node is YamlList list)
        {
            var items = new List<string>(list.Items.Count);
            foreach (YamlNode item in list.Items)
            {
                if (item is YamlScalar itemScalar && !itemScalar.IsNull)
                {
                    items.Add(itemScalar.Value);
                }
                else
                {
                    Report(DiagnosticDescriptors.WrongFieldType, Locate(item), field, "a text or a list of texts");
                }
            }

            return items.ToEquatableArray();
        }

        Report(DiagnosticDescriptors.WrongFieldType, Locate(node), field, "a text or a list of texts");
        return EquatableArray<string>.Empty;
    }

    /// <summary>The pairs of a mapping whose keys are scalars; reports other keys.</summary>
    public IEnumerable<(string Key, YamlScalar KeyNode, YamlNode Value)> Pairs(YamlMap map)
    {
        foreach (KeyValuePair<YamlNode, YamlNode> pair in map.Pairs)
        {
            if (pair.Key is YamlScalar key)
            {
                yield return (key.Value, key, pair.Value);
            }
            else
            {
                Report(DiagnosticDescriptors.WrongFieldType, Locate(pair.Key), "key", "a plain text");
            }
        }
    }

    public static bool IsEmpty(YamlNode node) =>
        (node is YamlScalar scalar && scalar.IsNull) || (node is YamlMap map && map.Pairs.Count == 0);

    public static string Names(IEnumerable<string> names) => string.Join(", ", names.OrderBy(n => n, System.StringComparer.Ordinal));
}
