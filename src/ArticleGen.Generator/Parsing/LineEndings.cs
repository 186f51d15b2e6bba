using System.Collections.Immutable;
using System.Text;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>Normalises CRLF and lone CR to LF, remembering where characters were dropped.</summary>
internal static class LineEndings
{
    public static (string Text, EquatableArray<int> RemovedCarriageReturns) Normalize(string text)
    {
        if (text.IndexOf('\r') < 0)
        {
            return (text, EquatableArray<int>.Empty);
        }

        var result = new StringBuilder(text.Length);
        ImmutableArray<int>.Builder removed = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\r')
            {
                result.Append(c);
            }
            else if (i + 1 < text.Length && text[i + 1] == '\n')
            {
                removed.Add(result.Length);
            }
            else
            {
                result.Append('\n');
            }
        }

        return (result.ToString(), removed.ToImmutable().ToEquatableArray());
    }
}
