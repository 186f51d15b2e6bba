using System.Collections.Generic;
using System.Globalization;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// The span numbers (paragraphs, mentions, quotes) of every article in one generated file, packed into one string
/// constant (<see cref="PackedNumbers"/>) whose ranges the articles' <c>Build</c> methods pass on. A string, not a
/// constant array: the compiler keeps a constant array's data in a field of <c>&lt;PrivateImplementationDetails&gt;</c>,
/// which reference assemblies keep, named by a hash of the data, so every body edit that moved a span changed the
/// project's reference assembly and recompiled every project over it; a string literal lives in the code, which
/// reference assemblies leave out. One string per file, not one per article: Native AOT builds each string literal
/// into its image as an object.
/// </summary>
internal sealed class SpanTable
{
    private readonly List<Run> _runs = new();
    private readonly string _namespace;
    private readonly string _typeName;
    private readonly string _qualifiedTypeName;
    private int _count;

    /// <param name="typesNamespace">The namespace of the article types, which the generated class joins.</param>
    /// <param name="group">The generated file's index, which names the class.</param>
    public SpanTable(string typesNamespace, int group)
    {
        _namespace = typesNamespace;
        _typeName = "ArticleSpans" + group.ToString("D3", CultureInfo.InvariantCulture);
        _qualifiedTypeName = Names.Global(typesNamespace, _typeName);
    }

    public bool IsEmpty => _runs.Count == 0;

    /// <summary>
    /// Appends a run of numbers, read as tuples of <paramref name="tupleSize"/>, under a comment naming it
    /// (<paramref name="label"/>), and returns the C# expression for its range of chars.
    /// </summary>
    public string Add(string label, List<int> numbers, int tupleSize)
    {
        int start = _count;
        string packed = PackedNumbers.Pack(numbers, tupleSize);
        _runs.Add(new Run(label, packed));
        _count += packed.Length;
        return _qualifiedTypeName + ".Range(" + start.ToString(CultureInfo.InvariantCulture) + ", "
            + packed.Length.ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>Writes the class, in its own namespace block.</summary>
    public void Write(CodeWriter writer)
    {
        writer.Open("namespace " + _namespace);
        writer.Summary("The paragraphs, mentions and quotes of this file's articles, packed, as the ranges their <c>Build</c> methods pass on.");
        writer.Line("/// <remarks>A string, not a constant array, so that the reference assembly holds none of it and a body edit leaves it as it was.</remarks>");
        writer.GeneratedCodeAttribute();
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open("internal static class " + _typeName);
        // One literal: the compiler folds the '+' of constant strings into one, and the runs read one to a line.
        writer.Line("private static global::System.ReadOnlySpan<char> Numbers => global::System.MemoryExtensions.AsSpan(");
        writer.Indent();
        int start = 0;
        for (int i = 0; i < _runs.Count; i++)
        {
            writer.Line("// " + _runs[i].Label + ", from " + start.ToString(CultureInfo.InvariantCulture) + ".");
            writer.AsciiLiteralLine(_runs[i].Packed, i < _runs.Count - 1 ? " +" : ");");
            start += _runs[i].Packed.Length;
        }

        writer.Outdent();
        writer.Line();
        writer.Summary("The <paramref name=\"length\"/> chars from <paramref name=\"start\"/> on.");
        writer.Line("internal static global::System.ReadOnlySpan<char> Range(int start, int length) => Numbers.Slice(start, length);");
        writer.Close();
        writer.Close();
    }

    private sealed record Run(string Label, string Packed);
}
