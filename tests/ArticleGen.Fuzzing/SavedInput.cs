using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace ArticleGen.Fuzzing;

/// <summary>
/// A batch of article files on disk: exactly (<c>batch.utf16</c>: raw UTF-16, lone surrogates included, for
/// <c>replay</c>) and readably (<c>batch.txt</c>: UTF-8, each file under a <c>=== path</c> line).
/// </summary>
internal static class SavedInput
{
    public const string ExactFile = "batch.utf16";
    public const string ReadableFile = "batch.txt";

    public static void Write(string folder, IReadOnlyList<(string Path, string Text)> files)
    {
        Directory.CreateDirectory(folder);
        using (var exact = new BinaryWriter(File.Create(Path.Combine(folder, ExactFile))))
        {
            exact.Write(files.Count);
            foreach ((string path, string text) in files)
            {
                WriteChars(exact, path);
                WriteChars(exact, text);
            }
        }

        var readable = new StringBuilder();
        foreach ((string path, string text) in files)
        {
            readable.Append("=== ").Append(path).Append('\n').Append(text).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, ReadableFile), readable.ToString(), new UTF8Encoding(false));
    }

    public static List<(string Path, string Text)> Read(string exactFile)
    {
        using var exact = new BinaryReader(File.OpenRead(exactFile));
        int count = exact.ReadInt32();
        var files = new List<(string, string)>(count);
        for (int i = 0; i < count; i++)
        {
            files.Add((ReadChars(exact), ReadChars(exact)));
        }

        return files;
    }

    private static void WriteChars(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static string ReadChars(BinaryReader reader)
    {
        int length = reader.ReadInt32();
        return new string(MemoryMarshal.Cast<byte, char>(reader.ReadBytes(length * 2)));
    }
}
