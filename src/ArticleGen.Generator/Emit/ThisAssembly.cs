using System.Linq;
using System.Reflection;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Facts about this build of the generator: its version, for <c>[GeneratedCode]</c> (the same for every build of one
/// release), and the repository's address (MSBuild's <c>RepositoryUrl</c>, which the SDK writes into the assembly), for
/// the diagnostics' help links.
/// </summary>
internal static class ThisAssembly
{
    public static readonly string Version = typeof(ThisAssembly).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static readonly string RepositoryUrl = typeof(ThisAssembly).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value?.TrimEnd('/') ?? string.Empty;
}
