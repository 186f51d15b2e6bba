using System.Collections.Generic;
using YamlDotNet.Core;

namespace ArticleGen.Generator.Parsing.Yaml;

/// <summary>A YAML sequence: its items in order.</summary>
internal sealed class YamlList : YamlNode
{
    private readonly List<YamlNode> _items = new();

    public YamlList(Mark start, Mark end)
        : base(start, end)
    {
    }

    public IReadOnlyList<YamlNode> Items => _items;

    public void Add(YamlNode item)
    {
        _items.Add(item);
        Count(item);
    }
}
