using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>metadata-sizes DLL</c>: the heap sizes of a built assembly. The user-string heap (#US) is the one with a hard
/// limit (16 MB, error CS8103), so it bounds how many articles one assembly can hold.
/// </summary>
public static class MetadataSizes
{
    private const int UserStringLimit = 0xFFFFFF;

    public static void Run(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        MetadataReader metadata = pe.GetMetadataReader();
        int userStrings = metadata.GetHeapSize(HeapIndex.UserString);
        Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes; #US {userStrings:N0} bytes ({100.0 * userStrings / UserStringLimit:F1} % of the 16 MB limit), #Strings {metadata.GetHeapSize(HeapIndex.String):N0}, #Blob {metadata.GetHeapSize(HeapIndex.Blob):N0}; {metadata.TypeDefinitions.Count:N0} types, {metadata.MethodDefinitions.Count:N0} methods");
    }
}
