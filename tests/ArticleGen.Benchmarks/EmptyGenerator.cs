using Microsoft.CodeAnalysis;

namespace ArticleGen.Benchmarks;

/// <summary>The reference point for driver overhead: reads the additional files' options and nothing else.</summary>
public sealed class EmptyGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<string> paths = context.AdditionalTextsProvider.Select(static (file, _) => file.Path);
        context.RegisterSourceOutput(paths.Collect(), static (_, _) => { });
    }
}
