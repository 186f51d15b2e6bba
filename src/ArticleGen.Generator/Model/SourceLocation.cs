using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Model;

/// <summary>
/// A place in an article file, kept as plain values (a Roslyn <see cref="Location"/> holds a syntax tree or a
/// text and would defeat caching).
/// </summary>
internal readonly record struct SourceLocation(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The whole first line of a file: for problems of the file as a whole.</summary>
    public static SourceLocation FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);

    /// <summary>No place in any file: for problems of the project as a whole.</summary>
    public static SourceLocation None { get; } = new(string.Empty, 0, 0, 0, 0, 0, 0);

    public Location ToLocation() =>
        FilePath.Length == 0 ? Location.None : Location.Create(
            FilePath,
            new TextSpan(Start, Length),
            new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}
