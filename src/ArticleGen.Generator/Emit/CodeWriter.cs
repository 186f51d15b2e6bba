using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>A plain indented writer for generated C#; lines end with '\n' whatever the platform.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public CodeWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>Opens a namespace block, unless the namespace is the global one.</summary>
    public CodeWriter OpenNamespace(string ns) => ns.Length > 0 ? Open("namespace " + ns) : this;

    public CodeWriter CloseNamespace(string ns) => ns.Length > 0 ? Close() : this;

    public CodeWriter Summary(string text) => Line("/// <summary>" + text + "</summary>");

    public override string ToString() => _text.ToString();
}
