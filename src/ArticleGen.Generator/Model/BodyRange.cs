namespace ArticleGen.Generator.Model;

/// <summary>
/// A range of an article's body as written in its file, measured from where the body starts: offset and length count
/// the carriage returns the body's text dropped, lines and columns are the file's, less the body's first line. Adding
/// a line above the body leaves it equal; <see cref="ArticlePlaces"/> adds where the body starts.
/// </summary>
internal readonly record struct BodyRange(int Offset, int Length, int Line, int Column, int EndLine, int EndColumn);
