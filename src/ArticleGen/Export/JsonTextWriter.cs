using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen.Export;

/// <summary>A minimal, indented JSON writer: the runtime library takes no dependency for its export.</summary>
internal sealed class JsonTextWriter
{
    private readonly StringBuilder _out = new();
    private readonly Stack<bool> _hasItems = new();
    private bool _afterName;

    public void StartObject() => Open('{');

    public void EndObject() => Close('}');

    public void StartArray() => Open('[');

    public void EndArray() => Close(']');

    public void Name(string name)
    {
        BeforeValue();
        WriteString(name);
        _out.Append(": ");
        _afterName = true;
    }

    public void String(string? value)
    {
        BeforeValue();
        if (value is null)
        {
            _out.Append("null");
        }
        else
        {
            WriteString(value);
        }
    }

    public void Number(int value)
    {
        BeforeValue();
        _out.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Property(string name, string? value)
    {
        Name(name);
        String(value);
    }

    public void Property(string name, int value)
    {
        Name(name);
        Number(value);
    }

    public void Property(string name, IReadOnlyList<string> values)
    {
        Name(name);
        StartArray();
        foreach (string value in values)
        {
            String(value);
        }

        EndArray();
    }

    public override string ToString() => _out.ToString();

    private void Open(char bracket)
    {
        BeforeValue();
        _out.Append(bracket);
        _hasItems.Push(false);
    }

    private void Close(char bracket)
    {
        bool hadItems = _hasItems.Pop();
        if (hadItems)
        {
            NewLine();
        }

        _out.Append(bracket);
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_hasItems.Count == 0)
        {
            return;
        }

        if (_hasItems.Pop())
        {
            _out.Append(',');
        }

        _hasItems.Push(true);
        NewLine();
    }

    private void NewLine()
    {
        _out.Append('\n');
        _out.Append(' ', 2 * _hasItems.Count);
    }

    private void WriteString(string value)
    {
        _out.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                default:
                    // Control characters, the JavaScript line separators and lone surrogates are escaped,
                    // so the output is valid UTF-8 JSON that any parser reads back to the same string.
                    bool loneSurrogate = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || loneSurrogate)
                    {
                        _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _out.Append(c);
                    }

                    break;
            }
        }

        _out.Append('"');
    }
}
