using YamlDotNet.Core;

namespace ArticleGen.Generator.Parsing.Yaml;

/// <summary>
/// A value of a YAML document as ArticleGen reads it: a scalar, a list or a map, with where it lies. Built from the
/// parser's events by <see cref="YamlReader"/>, never by recursion, and never cyclic; an alias is the node it names.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(Mark start, Mark end)
    {
        Start = start;
        End = end;
    }

    public Mark Start { get; }

    /// <summary>Where the node's first token ends: a list or map is located at its start, as YamlDotNet's nodes were.</summary>
    public Mark End { get; }

    /// <summary>How many nodes the value holds with its aliases written out, itself included.</summary>
    public int Size { get; private set; } = 1;

    /// <summary>How many collections deep the value goes with its aliases written out: 0 for a scalar.</summary>
    public int Height { get; private set; }

    /// <summary>Counts a child in <see cref="Size"/> and <see cref="Height"/>.</summary>
    protected void Count(YamlNode child)
    {
        Size += child.Size;
        if (child.Height + 1 > Height)
        {
            Height = child.Height + 1;
        }
    }

    /// <summary>Closes a collection at its end event: an empty one is still one level deep.</summary>
    public void Close()
    {
        if (Height == 0)
        {
            Height = 1;
        }
    }
}
