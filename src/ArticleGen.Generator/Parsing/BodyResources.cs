using System;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Parsing;

/// <summary>
/// Decides whether an article's body can be read at run time from its file embedded as a resource, and where in it.
/// Byte counts are only right if the file's bytes are exactly the UTF-8 of the text the compiler read, with or without
/// a byte order mark: the file's checksum (the compiler's hash of its bytes) is checked against both, so a file in
/// another encoding, or a text that is not the file (an editor's unsaved buffer), keeps its body in the generated code.
/// </summary>
internal static class BodyResources
{
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    public static BodyResource? Locate(SourceText source, string text, string? name, ArticleContent content, ArticlePlaces places)
    {
        int start = places.BodyOffset;
        int end = start + content.Body.Length + content.RemovedCarriageReturns.Count;
        if (string.IsNullOrEmpty(name) || content.Body.Length == 0 || start < 0 || end > text.Length || !IsFileText(source, text))
        {
            return null;
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        return new BodyResource(name!, utf8.GetByteCount(text.ToCharArray(start, end - start)), utf8.GetByteCount(text.ToCharArray(end, text.Length - end)));
    }

    private static bool IsFileText(SourceText source, string text)
    {
        ImmutableArray<byte> checksum = source.GetChecksum();
        using HashAlgorithm? hash = source.ChecksumAlgorithm switch
        {
            SourceHashAlgorithm.Sha256 => SHA256.Create(),
#pragma warning disable CA5350 // Not security: it recomputes the checksum the compiler chose (SHA-1 where a project asks for it).
            SourceHashAlgorithm.Sha1 => SHA1.Create(),
#pragma warning restore CA5350
            _ => null,
        };
        if (hash is null || checksum.IsDefaultOrEmpty)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return false; // lone surrogates: no UTF-8 file reads as this text
        }

        if (hash.ComputeHash(bytes).SequenceEqual(checksum))
        {
            return true;
        }

        hash.Initialize();
        hash.TransformBlock(ByteOrderMark, 0, ByteOrderMark.Length, null, 0);
        hash.TransformFinalBlock(bytes, 0, bytes.Length);
        return hash.Hash.SequenceEqual(checksum);
    }
}
