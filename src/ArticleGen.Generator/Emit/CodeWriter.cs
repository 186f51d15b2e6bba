using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>A plain indented writer for generated C#; lines end with '\n' whatever the platform.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text;
    private int _indent;

    // No capacity up front: StringBuilder grows by chaining chunks of at most 8,000 characters, without copying, and a
    // large initial chunk would be a large-object-heap allocation per generated file.
    public CodeWriter() => _text = new StringBuilder();

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

    /// <summary>Writes a line holding a string literal in printable ASCII (<see cref="CSharpLiteral.AppendAscii"/>), straight into the output.</summary>
    public CodeWriter AsciiLiteralLine(string value, string suffix)
    {
        _text.Append(' ', _indent * 4);
        CSharpLiteral.AppendAscii(_text, value);
        _text.Append(suffix).Append('\n');
        return this;
    }

    /// <summary>Writes a line holding part of a text as an escaped string literal, straight into the output.</summary>
    public CodeWriter LiteralLine(string value, int start, int length, string suffix)
    {
        _text.Append(' ', _indent * 4);
        CSharpLiteral.AppendQuoted(_text, value, start, length);
        _text.Append(suffix).Append('\n');
        return this;
    }

    /// <summary>
    /// Writes a text as one UTF-8 literal (<c>"..."u8</c>) followed by <paramref name="suffix"/>: verbatim when it
    /// <see cref="CSharpLiteral.FitsVerbatim"/>, so that the text's lines are the literal's lines (those after the first
    /// at the margin), else escaped on one line.
    /// </summary>
    public CodeWriter Utf8Literal(string value, string suffix)
    {
        _text.Append(' ', _indent * 4);
        if (CSharpLiteral.FitsVerbatim(value))
        {
            CSharpLiteral.AppendVerbatim(_text, value);
        }
        else
        {
            CSharpLiteral.AppendQuoted(_text, value, 0, value.Length);
        }

        _text.Append("u8").Append(suffix).Append('\n');
        return this;
    }

    /// <summary>Writes the attribute that marks a generated type, with the generator's version.</summary>
    public CodeWriter GeneratedCodeAttribute() =>
        Line("[global::System.CodeDom.Compiler.GeneratedCode(\"ArticleGen\", \"" + ThisAssembly.Version + "\")]");

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

    /// <summary>The text for Roslyn, copied from the writer in pieces (see <see cref="StringBuilderReader"/>).</summary>
    public SourceText ToSourceText() => SourceText.From(new StringBuilderReader(_text), _text.Length, Encoding.UTF8);
}
