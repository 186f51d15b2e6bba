using System.Reflection;

namespace ArticleGen.Generator.Emit;

/// <summary>The generator's version, for <c>[GeneratedCode]</c>: the same for every build of one release.</summary>
internal static class ThisAssembly
{
    public static readonly string Version = typeof(ThisAssembly).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
