using System.IO;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks;

/// <summary>
/// The reference point for a generator shaped like ArticleGen: one tiny source per additional file, hint names of the
/// same form as ArticleGen's. The driver re-adds every cached output on every run, so this is what any generator
/// with one output per article pays per edit, whatever its own work.
/// </summary>
public sealed class OutputPerFileGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<string> names = context.AdditionalTextsProvider.Select(static (file, _) => Path.GetFileNameWithoutExtension(file.Path));
        context.RegisterSourceOutput(names, static (spc, name) => spc.AddSource("Articles." + name + ".g.cs", "// " + name));
    }
}
