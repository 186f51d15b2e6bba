using System;
using System.IO;
using Mono.Cecil;

namespace ArticleGen.PrivateDependency;

/// <summary>
/// Writes a copy of an assembly under a private name: <c>input output name</c>. The copy's assembly and module are
/// renamed and it loses its strong name (a renamed assembly could not keep its signature); its code is unchanged.
/// The output depends on the input alone (its module id is derived from its content), so builds stay deterministic.
/// </summary>
public static class Program
{
    /// <summary>Renames one assembly.</summary>
    /// <param name="args">The input path, the output path and the new assembly name.</param>
    /// <returns>0 on success, 2 for a wrong command line.</returns>
    public static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: ArticleGen.PrivateDependency INPUT.dll OUTPUT.dll NEW-ASSEMBLY-NAME");
            return 2;
        }

        (string input, string output, string name) = (args[0], args[1], args[2]);
        using (AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(input))
        {
            assembly.Name.Name = name;
            assembly.Name.PublicKey = [];
            assembly.Name.HasPublicKey = false;
            assembly.MainModule.Name = name + ".dll";
            assembly.MainModule.Attributes &= ~ModuleAttributes.StrongNameSigned;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            assembly.Write(output, new WriterParameters { DeterministicMvid = true });
        }

        return 0;
    }
}
