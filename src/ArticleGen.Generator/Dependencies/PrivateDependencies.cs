using System;
using System.IO;
using System.Reflection;

namespace ArticleGen.Generator.Dependencies;

/// <summary>
/// Loads the generator's YamlDotNet from the copy embedded in this assembly. The build gives that copy a private name
/// (<see cref="YamlDotNetName"/>, without a strong name) and compiles the generator against it, so the runtime asks
/// for an assembly that no other analyzer ships: nothing else can answer, and whatever YamlDotNet other analyzers bring
/// stays theirs. The loader of the host (the compiler's per-directory load context on .NET, the AppDomain in Visual
/// Studio on .NET Framework) finds no such file beside the generator and raises <see cref="AppDomain.AssemblyResolve"/>,
/// which this class answers, for its own assembly only, with one copy loaded from the resource.
/// </summary>
internal static class PrivateDependencies
{
    public const string YamlDotNetName = "ArticleGen.Generator.YamlDotNet";

    private static readonly Lazy<Assembly> YamlDotNet = new(() => Load(YamlDotNetName + ".dll"));

    /// <summary>Runs before any code of this assembly, so before any YamlDotNet type is bound.</summary>
#pragma warning disable CA2255 // A module initializer is the one hook that runs before the generator's first use of YamlDotNet, whoever calls it.
    [System.Runtime.CompilerServices.ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

    private static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        Assembly self = typeof(PrivateDependencies).Assembly;
        bool ours = args.RequestingAssembly is null || args.RequestingAssembly == self;
        return ours && new AssemblyName(args.Name).Name == YamlDotNetName ? YamlDotNet.Value : null;
    }

    private static Assembly Load(string resource)
    {
        using Stream stream = typeof(PrivateDependencies).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("The generator lacks its embedded " + resource + ".");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);

        // RS1035 asks analyzers to leave loading to the host, which finds dependencies as files beside the analyzer. That
        // is how another analyzer's YamlDotNet could be bound for ours, or ours for theirs; this copy has a name no one
        // else uses and is loaded for this assembly alone.
#pragma warning disable RS1035
        return Assembly.Load(bytes.ToArray());
#pragma warning restore RS1035
    }
}
