using YamlDotNet.Core;

namespace ArticleGen.Generator.Parsing.Yaml;

/// <summary>A YAML scalar: its text, and whether it was written plain (unquoted), which decides what is null.</summary>
internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool plain, Mark start, Mark end)
        : base(start, end)
    {
        Value = value;
        Plain = plain;
    }

    public string Value { get; }

    public bool Plain { get; }

    /// <summary>A YAML null: nothing, <c>~</c> or <c>null</c> written plain (a quoted "null" is text).</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}
