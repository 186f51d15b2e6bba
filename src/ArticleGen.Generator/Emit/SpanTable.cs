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
    private int _count;

    public SpanTable(string typeName) => TypeName = typeName;

    /// <summary>The generated class holding the array.</summary>
    public string TypeName { get; }

    public bool IsEmpty => _runs.Count == 0;

    /// <summary>
    /// Appends a run of numbers, written <paramref name="tuplesPerLine"/> tuples of <paramref name="tupleSize"/> to a
    /// line under a comment naming it (<paramref name="label"/>), and returns where it starts.
    /// </summary>
    public int Add(string label, List<int> numbers, int tupleSize, int tuplesPerLine)
    {
        int start = _count;
        _runs.Add(new Run(label, numbers, tupleSize, tuplesPerLine));
        _count += numbers.Count;
        return start;
    }

    public void Write(CodeWriter writer)
    {
        writer.Summary("The paragraphs, mentions and quotes of this file's articles, as the ranges their <c>Build</c> methods pass on.");
        writer.Line("/// <remarks>One constant array per file, not one per article: the compiler stores each as a field of one type, and the runtime loads no type with more than 65,535 fields.</remarks>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"ArticleGen\", \"" + ThisAssembly.Version + "\")]");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open("internal static class " + TypeName);
        writer.Line("private static readonly int[] Numbers = new int[]");
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
        writer.Line("internal static global::System.ReadOnlySpan<int> Range(int start, int length) => new global::System.ReadOnlySpan<int>(Numbers, start, length);");
        writer.Close();
    }

    private sealed record Run(string Label, List<int> Numbers, int TupleSize, int TuplesPerLine);
}
