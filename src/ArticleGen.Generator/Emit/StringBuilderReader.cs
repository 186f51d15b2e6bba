using System;
using System.IO;
using System.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Reads a <see cref="StringBuilder"/> in place, so that Roslyn can copy a generated file into its own chunked text
/// without the whole file first becoming one string (a large-object-heap allocation per file at scale).
/// </summary>
internal sealed class StringBuilderReader : TextReader
{
    private readonly StringBuilder _text;
    private int _position;

    public StringBuilderReader(StringBuilder text) => _text = text;

    public override int Peek() => _position < _text.Length ? _text[_position] : -1;

    public override int Read() => _position < _text.Length ? _text[_position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        int read = Math.Min(count, _text.Length - _position);
        _text.CopyTo(_position, buffer, index, read);
        _position += read;
        return read;
    }
}
