using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace ArticleGen.Infrastructure;

/// <summary>
/// Says that an assembly holds articles (a content partition): the namespace of its <c>Articles</c> class and the ids of
/// the articles <c>Articles.Local</c> lists, in its order. The generator in a project that references it reads it from
/// metadata only and composes <c>Articles.All</c> over every partition, so that the app knows every count at compile
/// time and loads a partition's assembly only when one of its articles is reached, and reports an id that two
/// assemblies use. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ArticlePartitionAttribute : Attribute
{
    /// <summary>Describes the assembly's articles.</summary>
    /// <param name="catalogNamespace">The namespace of the assembly's <c>Articles</c> class (empty: the global namespace).</param>
    /// <param name="ids">The ids of the articles the assembly itself holds, in the order of its <c>Articles.Local</c>.</param>
    public ArticlePartitionAttribute(string catalogNamespace, string[] ids)
    {
        CatalogNamespace = catalogNamespace;
        Ids = ids ?? Array.Empty<string>();
    }

    /// <summary>Gets the namespace of the assembly's <c>Articles</c> class.</summary>
    public string CatalogNamespace { get; }

    /// <summary>Gets the ids of the articles the assembly itself holds.</summary>
    public IReadOnlyList<string> Ids { get; }
}
