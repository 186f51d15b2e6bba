using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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
    public void ReportUnknownField(YamlScalarNode keyNode, string key, IReadOnlyCollection<string> fields) =>
        Report(DiagnosticDescriptors.UnknownField, Locate(keyNode), key, Suggestions.DidYouMean(Suggestions.Closest(key, fields)), Names(fields));

    /// <summary>Loads the single document of <paramref name="yaml"/>; null (and a diagnostic) if it is malformed.</summary>
    public YamlNode? Load(string yaml)
    {
        string? tooDeep = YamlDepthGuard.Check(yaml);
        if (tooDeep is not null)
        {
            Report(DiagnosticDescriptors.MalformedYaml, Locate(Mark.Empty, Mark.Empty), tooDeep);
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new System.IO.StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            Report(DiagnosticDescriptors.MalformedYaml, Locate(e.Start, e.End), OneLine(e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 16.3 throws these, not a YamlException, for some malformed documents ("[a [a]", a key ": x"
            // where a value is due). Found by fuzzing; they say the YAML cannot be read, not that ArticleGen failed.
            Report(DiagnosticDescriptors.MalformedYaml, Locate(Mark.Empty, Mark.Empty), OneLine(e.Message));
            return null;
        }
    }

    /// <summary>A scalar as text; null for a YAML null. Reports a wrong type.</summary>
    public string? ReadString(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value ?? string.Empty;
        }

        Report(DiagnosticDescriptors.WrongFieldType, Locate(node), field, "a text");
        return null;
    }

    /// <summary>A string or a list of strings. Reports items of other types.</summary>
    public EquatableArray<string> ReadStringList(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? EquatableArray<string>.Empty : new[] { scalar.Value ?? string.Empty }.ToEquatableArray();
        }

        if (node is YamlSequenceNode sequence)
        {
            var items = new List<string>(sequence.Children.Count);
            foreach (YamlNode item in sequence.Children)
            {
                if (item is YamlScalarNode itemScalar && !IsNull(itemScalar))
                {
                    items.Add(itemScalar.Value ?? string.Empty);
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
    public IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Pairs(YamlMappingNode mapping)
    {
        foreach (KeyValuePair<YamlNode, YamlNode> pair in mapping.Children)
        {
            if (pair.Key is YamlScalarNode key && key.Value is not null)
            {
                yield return (key.Value, key, pair.Value);
            }
            else
            {
                Report(DiagnosticDescriptors.WrongFieldType, Locate(pair.Key), "key", "a plain text");
            }
        }
    }

    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && (scalar.Value is null || scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value == "null" || scalar.Value == "Null" || scalar.Value == "NULL");

    public static bool IsEmpty(YamlNode node) =>
        (node is YamlScalarNode scalar && IsNull(scalar)) || (node is YamlMappingNode mapping && mapping.Children.Count == 0);

    public static string Names(IEnumerable<string> names) => string.Join(", ", names.OrderBy(n => n, System.StringComparer.Ordinal));

    private static string OneLine(string message) => message.Replace('\r', ' ').Replace('\n', ' ');
}
