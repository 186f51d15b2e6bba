using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>metadata-sizes DLL</c>: the heap sizes of a built assembly and the largest field count of one type. The
/// user-string heap (#US) has a hard limit the compiler checks (16 MB, error CS8103); a type's fields have one only
/// the runtime checks, when it loads the type (65,535: TypeLoadException "too many fields"). The compiler puts the
/// data of every constant array and UTF-8 literal into fields of one type, <c>&lt;PrivateImplementationDetails&gt;</c>.
/// </summary>
public static class MetadataSizes
{
    private const int UserStringLimit = 0xFFFFFF;
    private const int FieldLimit = 0xFFFF;

    public static void Run(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        MetadataReader metadata = pe.GetMetadataReader();
        int userStrings = metadata.GetHeapSize(HeapIndex.UserString);
        (string Name, int Count) widest = (string.Empty, 0);
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            int fields = type.GetFields().Count;
            if (fields > widest.Count)
            {
                widest = (metadata.GetString(type.Name), fields);
            }
        }

        Console.WriteLine($"{path}: {new FileInfo(path).Length:N0} bytes; #US {userStrings:N0} bytes ({100.0 * userStrings / UserStringLimit:F1} % of the 16 MB limit), #Strings {metadata.GetHeapSize(HeapIndex.String):N0}, #Blob {metadata.GetHeapSize(HeapIndex.Blob):N0}; {metadata.TypeDefinitions.Count:N0} types, {metadata.MethodDefinitions.Count:N0} methods; most fields in one type: {widest.Count:N0} in {widest.Name} ({100.0 * widest.Count / FieldLimit:F1} % of the runtime's 65,535)");
    }
}
