using System.Collections.Immutable;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Reads a plain-text article (contract section 2): the first non-empty line is the title, a last line
/// <c>Source: NAME</c> sets the source, and what lies between (without the blank lines around it) is the body.
/// </summary>
internal static class PlainTextReader
{
    private const string SourcePrefix = "Source:";

    public static ParsedArticle Read(string filePath, string defaultId, string text)
    {
        ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var fields = new ArticleFields(defaultId, SourceLocation.FileStart(filePath));

        int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (FrontMatter.Locate(text) is { Found: true, Closed: true })
        {
            // Read as the format says, but not silently: the file was most likely meant to be a .md article.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PlainTextWithFrontMatter, new SourceLocation(filePath, position, 3, 0, position, 0, position + 3)));
        }

        int line = 0;
        int bodyStart = text.Length;
        int bodyLine = line;
        while (position < text.Length)
        {
            (int end, int next) = TextLines.LineAt(text, position);
            if (!TextLines.IsBlank(text, position, end))
            {
                fields.Title = TextLines.TrimmedLine(text, position, end);
                (bodyStart, bodyLine) = SkipBlankLines(text, next, line + 1);
                break;
            }

            position = next;
            line++;
        }

        if (fields.Title is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTitle, SourceLocation.FileStart(filePath)));
        }

        int bodyEnd = TrimTrailingBlankLines(text, bodyStart);
        int lastLineStart = LastLineStart(text, bodyStart, bodyEnd);
        string lastLine = text.Substring(lastLineStart, bodyEnd - lastLineStart).Trim();
        if (lastLine.StartsWith(SourcePrefix, System.StringComparison.Ordinal))
        {
            fields.Source = lastLine.Substring(SourcePrefix.Length).Trim();
            bodyEnd = TrimTrailingBlankLines(text, bodyStart, lastLineStart);
        }

        (string body, EquatableArray<int> removed) = LineEndings.Normalize(text.Substring(bodyStart, bodyEnd - bodyStart));
        return fields.ToParsedArticle(filePath, ArticleFormat.PlainText, body, bodyStart, bodyLine, removed, diagnostics);
    }

    private static (int Start, int Line) SkipBlankLines(string text, int position, int line)
    {
        while (position < text.Length)
        {
            (int end, int next) = TextLines.LineAt(text, position);
            if (!TextLines.IsBlank(text, position, end))
            {
                break;
            }

            position = next;
            line++;
        }

        return (position, line);
    }

    // The body ends after its last non-blank character's line, without the line break.
    private static int TrimTrailingBlankLines(string text, int start, int end = -1)
    {
        end = end < 0 ? text.Length : end;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int LastLineStart(string text, int start, int end)
    {
        int i = end;
        while (i > start && text[i - 1] != '\n' && text[i - 1] != '\r')
        {
            i--;
        }

        return i;
    }
}
