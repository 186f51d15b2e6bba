using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// The texts of one generated file (bodies, ids, titles, names, tags), kept as UTF-8 constants that their expressions
/// decode on use, each distinct text once. String literals would each be an object built into a Native AOT image and
/// copied into place at every start-up, and would count against the assembly's 16 MB string-literal heap (CS8103);
/// a constant per text would be a data field per text, and the runtime loads no type with more than 65,535 fields.
/// </summary>
internal sealed class TextTable
{
    private readonly Dictionary<string, string> _expressions = new(StringComparer.Ordinal);

    // Texts a verbatim literal holds as they are go to one constant, whose lines then read as the texts; the others to
    // a second, escaped one, so that one tab in one body does not make the file's whole constant one escaped line.
    private readonly Constant _verbatim = new("Utf8", "Text", verbatim: true);
    private readonly Constant _escaped = new("EscapedUtf8", "EscapedText", verbatim: false);
    private readonly string _namespace;
    private readonly string _typeName;
    private readonly string _reference;
    private readonly bool _utf8;

    /// <param name="typesNamespace">The namespace of the generated class.</param>
    /// <param name="typeName">The generated class's name.</param>
    /// <param name="utf8Literals">Whether the language version has <c>"..."u8</c>; without it texts stay string literals.</param>
    /// <param name="usedInNamespace">
    /// Whether the expressions are used in code of <paramref name="typesNamespace"/>, which finds the class by its simple
    /// name first: a text is then a short call, which matters to the compiler at tens of thousands of texts.
    /// </param>
    public TextTable(string typesNamespace, string typeName, bool utf8Literals, bool usedInNamespace)
    {
        _namespace = typesNamespace;
        _typeName = typeName;
        _reference = usedInNamespace ? typeName : Names.Global(typesNamespace, typeName);
        _utf8 = utf8Literals;
    }

    public bool IsEmpty => _verbatim.IsEmpty && _escaped.IsEmpty;

    /// <summary>
    /// Whether <paramref name="value"/> goes into the table: not when it is empty, when the language version has no
    /// UTF-8 literals, or when it is not well-formed UTF-16 (a lone surrogate has no UTF-8 form).
    /// </summary>
    public bool Holds(string value) => value.Length > 0 && _utf8 && CSharpLiteral.IsWellFormed(value);

    /// <summary>The C# expression for <paramref name="value"/>: <c>null</c>, a call into the table, or a string literal.</summary>
    public string Expression(string? value)
    {
        if (value is null || !Holds(value))
        {
            return CSharpLiteral.String(value);
        }

        if (!_expressions.TryGetValue(value, out string? expression))
        {
            Constant constant = CSharpLiteral.FitsVerbatim(value) ? _verbatim : _escaped;
            expression = _reference + "." + constant.Method + "(" + constant.Add(value) + ")";
            _expressions.Add(value, expression);
        }

        return expression;
    }

    /// <summary>The C# expression for a string array of <paramref name="values"/>.</summary>
    public string Array(IEnumerable<string> values)
    {
        var items = new StringBuilder();
        foreach (string value in values)
        {
            items.Append(items.Length == 0 ? string.Empty : ", ").Append(Expression(value));
        }

        return items.Length == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + items + " }";
    }

    /// <summary>Writes the class, in its own namespace block.</summary>
    public void Write(CodeWriter writer)
    {
        writer.Open("namespace " + _namespace);
        writer.Summary("The texts of this file's objects as UTF-8, one to a line, decoded when an object is built.");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"ArticleGen\", \"" + ThisAssembly.Version + "\")]");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open("internal static class " + _typeName);
        _verbatim.Write(writer, first: true);
        _escaped.Write(writer, first: _verbatim.IsEmpty);
        writer.Close();
        writer.Close();
    }

    /// <summary>One UTF-8 constant of the table, and the method that decodes a text of it.</summary>
    private sealed class Constant
    {
        private readonly StringBuilder _text = new();
        private readonly string _property;
        private readonly bool _verbatim;
        private int _bytes;

        public Constant(string property, string method, bool verbatim)
        {
            _property = property;
            Method = method;
            _verbatim = verbatim;
        }

        public string Method { get; }

        public bool IsEmpty => _text.Length == 0;

        /// <summary>Appends a text on a line of its own and returns its arguments: "start, length" in bytes.</summary>
        public string Add(string value)
        {
            // The line feeds between texts are not part of any text.
            if (_text.Length > 0)
            {
                _text.Append('\n');
                _bytes++;
            }

            int length = Encoding.UTF8.GetByteCount(value);
            string arguments = _bytes.ToString(CultureInfo.InvariantCulture) + ", " + length.ToString(CultureInfo.InvariantCulture);
            _text.Append(value);
            _bytes += length;
            return arguments;
        }

        public void Write(CodeWriter writer, bool first)
        {
            if (IsEmpty)
            {
                return;
            }

            if (!first)
            {
                writer.Line();
            }

            string text = _text.ToString();
            writer.Line("private static global::System.ReadOnlySpan<byte> " + _property + " =>");
            writer.Indent();
            if (_verbatim)
            {
                writer.VerbatimLiteral(text, "u8;");
            }
            else
            {
                writer.LiteralLine(text, 0, text.Length, "u8;");
            }

            writer.Outdent();
            writer.Line();
            writer.Summary("The text of <paramref name=\"length\"/> bytes from byte <paramref name=\"start\"/> on.");
            writer.Line("internal static string " + Method + "(int start, int length) => " + Names.Runtime + "Utf8Text.Decode(" + _property + ".Slice(start, length));");
        }
    }
}
