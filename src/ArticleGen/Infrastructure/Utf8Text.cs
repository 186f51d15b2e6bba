using System;
using System.ComponentModel;
using System.Text;

namespace ArticleGen.Infrastructure;

/// <summary>
/// Decodes text that generated code keeps as UTF-8 data. Bodies are compiled as <c>"..."u8</c> data rather than
/// string literals: string literals share one 16 MB heap per assembly (error CS8103), UTF-8 data does not.
/// For generated code only.
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
}
