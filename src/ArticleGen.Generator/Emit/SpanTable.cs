using System.Collections.Generic;
using System.Globalization;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// The span numbers (paragraphs, mentions, quotes) of every article in one generated file, gathered into one constant
/// array whose ranges the articles' <c>Build</c> methods pass on. One array per file, not one per article: the
/// compiler stores every constant array's data as a field of one type, <c>&lt;PrivateImplementationDetails&gt;</c>,
/// and the runtime refuses to load a type with more than 65,535 fields ("too many fields"), which one array per
/// article reached at about 16,000 articles.
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
    /// Appends a run of numbers, written <paramref name="tuplesPerLine"/> tuples of <paramref name="tupleSize"/> to a
    /// line under a comment naming it (<paramref name="label"/>), and returns the C# expression for its range.
    /// </summary>
    public string Add(string label, List<int> numbers, int tupleSize, int tuplesPerLine)
    {
        int start = _count;
        _runs.Add(new Run(label, numbers, tupleSize, tuplesPerLine));
        _count += numbers.Count;
        return _qualifiedTypeName + ".Range(" + start.ToString(CultureInfo.InvariantCulture) + ", "
            + numbers.Count.ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>Writes the class, in its own namespace block.</summary>
    public void Write(CodeWriter writer)
    {
        writer.Open("namespace " + _namespace);
        writer.Summary("The paragraphs, mentions and quotes of this file's articles, as the ranges their <c>Build</c> methods pass on.");
        writer.Line("/// <remarks>One constant array per file, not one per article: the compiler stores each as a field of one type, and the runtime loads no type with more than 65,535 fields.</remarks>");
        writer.GeneratedCodeAttribute();
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open("internal static class " + _typeName);
        // A span over constant data, not a static array: the compiler keeps the numbers as data of the assembly, where
        // Native AOT would otherwise build each array into the image and copy it into place at every start-up.
        writer.Line("private static global::System.ReadOnlySpan<int> Numbers => new int[]");
        writer.Line("{");
        writer.Indent();
        int start = 0;
        foreach (Run run in _runs)
        {
            writer.Line("// " + run.Label + ", from " + start.ToString(CultureInfo.InvariantCulture) + ".");
            writer.Numbers(run.Numbers, run.TupleSize, run.TuplesPerLine);
            start += run.Numbers.Count;
        }

        writer.Close(";");
        writer.Line();
        writer.Summary("The <paramref name=\"length\"/> numbers from <paramref name=\"start\"/> on.");
        writer.Line("internal static global::System.ReadOnlySpan<int> Range(int start, int length) => Numbers.Slice(start, length);");
        writer.Close();
        writer.Close();
    }

    private sealed record Run(string Label, List<int> Numbers, int TupleSize, int TuplesPerLine);
}
