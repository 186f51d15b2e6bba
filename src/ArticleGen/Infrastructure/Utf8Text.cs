using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;

namespace ArticleGen.Infrastructure;

/// <summary>
/// Decodes text that generated code keeps as UTF-8 data: short texts as <c>"..."u8</c> data (string literals share one
/// 16 MB heap per assembly, error CS8103; UTF-8 data does not), and bodies from the article files themselves, which
/// the package embeds in the assembly as resources (the compiler pays about 185 bytes of allocation per byte of a
/// <c>"..."u8</c> literal; see docs/performance.md). For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Utf8Text
{
    /// <summary>Decodes UTF-8 bytes into a string.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <returns>The text.</returns>
    public static unsafe string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        fixed (byte* bytes = utf8)
        {
            return Encoding.UTF8.GetString(bytes, utf8.Length);
        }
    }

    /// <summary>
    /// The body of an article file embedded as a resource: the <paramref name="length"/> bytes that end
    /// <paramref name="tail"/> bytes before the end of the file, decoded, with CRLF and lone CR made LF as the
    /// generator made them.
    /// </summary>
    /// <param name="assembly">The assembly that holds the resource.</param>
    /// <param name="name">The resource's name.</param>
    /// <param name="length">The body's length in bytes.</param>
    /// <param name="tail">How many bytes of the file follow the body.</param>
    /// <returns>The body.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing or shorter than the generator saw it.</exception>
    public static string FromResource(Assembly assembly, string name, int length, int tail)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        using Stream stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The article resource '{name}' is missing from {assembly.GetName().Name}.");
        long start = stream.Length - tail - length;
        if (length < 0 || tail < 0 || start < 0)
        {
            throw new InvalidOperationException($"The article resource '{name}' is shorter than when it was compiled.");
        }

        var bytes = new byte[length];
        stream.Position = start;
        for (int read = 0, n; read < length; read += n)
        {
            n = stream.Read(bytes, read, length - read);
            if (n == 0)
            {
                throw new InvalidOperationException($"The article resource '{name}' is shorter than when it was compiled.");
            }
        }

        string text = Encoding.UTF8.GetString(bytes);
        return text.IndexOf('\r') < 0 ? text : NormalizeLineEndings(text);
    }

    /// <summary>The generator's line endings: CRLF and a lone CR each become one LF.</summary>
    private static string NormalizeLineEndings(string text)
    {
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\r')
            {
                result.Append(text[i]);
            }
            else if (i + 1 == text.Length || text[i + 1] != '\n')
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }
}
