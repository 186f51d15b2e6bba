using System.Collections.Immutable;
using System.Threading;

namespace ArticleGen.Generator.Analysis;

/// <summary>Splits a body into paragraphs: runs of non-blank lines separated by blank (whitespace-only) lines.</summary>
internal static class ParagraphSplitter
{
    public static ImmutableArray<BodySpanInfo> Split(string body, CancellationToken cancellationToken)
    {
        var result = ImmutableArray.CreateBuilder<BodySpanInfo>();
        int paragraphStart = -1;
        int paragraphEnd = -1;
        int lineStart = 0;
        while (lineStart <= body.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int newline = body.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? body.Length : newline;
            if (IsBlank(body, lineStart, lineEnd))
            {
                if (paragraphStart >= 0)
                {
                    result.Add(new BodySpanInfo(paragraphStart, paragraphEnd - paragraphStart));
                    paragraphStart = -1;
                }
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }

                paragraphEnd = lineEnd;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        if (paragraphStart >= 0)
        {
            result.Add(new BodySpanInfo(paragraphStart, paragraphEnd - paragraphStart));
        }

        return result.ToImmutable();
    }

    private static bool IsBlank(string body, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(body[i]))
            {
                return false;
            }
        }

        return true;
    }
}
