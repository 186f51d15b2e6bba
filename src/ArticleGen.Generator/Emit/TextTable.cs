using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// The short texts of one generated file (ids, titles, names, tags), kept as one UTF-8 constant that their
/// expressions decode on use, each distinct text once. String literals would each be an object built into a Native AOT
/// image and copied into place at every start-up, and would count against the assembly's 16 MB string-literal heap
/// (CS8103); one constant per file also keeps the compiler's data fields, of which a type may hold 65,535, few.
/// </summary>
internal sealed class TextTable
{
    private readonly Dictionary<string, string> _expressions = new(StringComparer.Ordinal);
    private readonly StringBuilder _text = new();
    private readonly string _namespace;
    private readonly string _typeName;
    private readonly string _reference;
    private readonly bool _utf8;
    private int _bytes;

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

    public bool IsEmpty => _text.Length == 0;

    /// <summary>The C# expression for <paramref name="value"/>: <c>null</c>, a call into the table, or a string literal.</summary>
    public string Expression(string? value)
    {
        // A lone surrogate has no UTF-8 form, and an empty text needs no data.
        if (value is null || value.Length == 0 || !_utf8 || !CSharpLiteral.IsWellFormed(value))
        {
            return CSharpLiteral.String(value);
        }

        if (!_expressions.TryGetValue(value, out string? expression))
        {
            // One text to a line, so that the constant reads as a list; the line feeds are not part of any text.
            if (_text.Length > 0)
            {
                _text.Append('\n');
                _bytes++;
            }

            int length = Encoding.UTF8.GetByteCount(value);
            expression = _reference + ".Text(" + _bytes.ToString(CultureInfo.InvariantCulture) + ", "
                + length.ToString(CultureInfo.InvariantCulture) + ")";
            _expressions.Add(value, expression);
            _text.Append(value);
            _bytes += length;
        }

        return expression;
    }

    /// <summary>
    /// A <c>//</c> comment showing the text an expression of this table stands for (an offset and a length say nothing to
    /// a reader), or nothing when the expression is the text itself (a string literal) or <c>null</c>.
    /// </summary>
    public string Note(string? value) =>
        value is null || Expression(value).StartsWith("\"", StringComparison.Ordinal) || value.Length == 0 ? string.Empty : " // " + CommentText.Plain(value);

    /// <summary>The comment for an array: its texts, comma-separated (<see cref="Note(string)"/>).</summary>
    public string Note(IReadOnlyList<string> values) =>
        values.Count == 0 || !_utf8 ? string.Empty : " // " + CommentText.Plain(string.Join(", ", values));

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
        writer.GeneratedCodeAttribute();
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open("internal static class " + _typeName);
        writer.Line("private static global::System.ReadOnlySpan<byte> Utf8 =>");
        writer.Indent();
        writer.Utf8Literal(_text.ToString(), ";");
        writer.Outdent();
        writer.Line();
        writer.Summary("The text of <paramref name=\"length\"/> bytes from byte <paramref name=\"start\"/> on.");
        writer.Line("internal static string Text(int start, int length) => " + Names.Infrastructure + "Utf8Text.Decode(Utf8.Slice(start, length));");
        writer.Close();
        writer.Close();
    }
}
