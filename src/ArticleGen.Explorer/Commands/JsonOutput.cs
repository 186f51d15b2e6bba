using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleGen.Explorer.Commands;

/// <summary>Writes a command's result as indented JSON, readable in a terminal (no needless \u escapes).</summary>
public static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes what <paramref name="write"/> writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="write">Writes one JSON value.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes a quote: its article, text, span, speaker and paragraph (numbered from 1, as in the text output).</summary>
    /// <param name="json">The writer.</param>
    /// <param name="quote">The quote.</param>
    public static void WriteQuote(Utf8JsonWriter json, Quote quote)
    {
        json.WriteStartObject();
        json.WriteString("article", quote.Article.Id);
        json.WriteString("text", quote.Text);
        json.WriteNumber("start", quote.Span.Start);
        json.WriteNumber("length", quote.Span.Length);
        json.WriteString("speaker", quote.Speaker?.Id);
        json.WriteString("speakerName", quote.SpeakerName);
        json.WriteNumber("paragraph", Text.ParagraphNumber(quote.Paragraph));
        json.WriteEndObject();
    }
}
