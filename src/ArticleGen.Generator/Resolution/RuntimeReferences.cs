using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Resolution;

/// <summary>The referenced assemblies that can carry ArticleGen's assembly attributes: those built against its runtime.</summary>
internal static class RuntimeReferences
{
    private const string RuntimeAssemblyName = "ArticleGen";

    /// <summary>
    /// Those assemblies in name order, so that what is read from them does not depend on the order of the references.
    /// The framework's attributes are not even decoded.
    /// </summary>
    public static IEnumerable<IAssemblySymbol> Of(Compilation compilation) =>
        compilation.SourceModule.ReferencedAssemblySymbols
            .Where(a => a.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == RuntimeAssemblyName)))
            .OrderBy(a => a.Identity.Name, System.StringComparer.Ordinal);
}
