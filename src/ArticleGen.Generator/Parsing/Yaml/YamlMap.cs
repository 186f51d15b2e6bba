using System.Collections.Generic;
using YamlDotNet.Core;

namespace ArticleGen.Generator.Parsing.Yaml;

/// <summary>
/// A YAML mapping: its pairs in document order. Keys are kept as written, lists and maps included, and are never
/// hashed or compared as collections (a self-referencing key made YamlDotNet's representation model recurse without
/// end); the readers report a key that is not plain text.
/// </summary>
internal sealed class YamlMap : YamlNode
{
    private readonly List<KeyValuePair<YamlNode, YamlNode>> _pairs = new();

    public YamlMap(Mark start, Mark end)
        : base(start, end)
    {
    }

    public IReadOnlyList<KeyValuePair<YamlNode, YamlNode>> Pairs => _pairs;

    public void Add(YamlNode key, YamlNode value)
    {
        _pairs.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));
        Count(key);
        Count(value);
    }
}
