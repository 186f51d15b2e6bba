using System;
using System.ComponentModel;

namespace ArticleGen.Infrastructure;

/// <summary>
/// Says that an assembly holds articles (a content partition): the namespace of its <c>Articles</c> class and how many
/// articles <c>Articles.Local</c> lists. The generator in a project that references it reads it from metadata only
/// and composes <c>Articles.All</c> over every partition, so that the app knows every count at compile time and loads a
/// partition's assembly only when one of its articles is reached. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ArticlePartitionAttribute : Attribute
{
    /// <summary>Describes the assembly's articles.</summary>
    /// <param name="catalogNamespace">The namespace of the assembly's <c>Articles</c> class (empty: the global namespace).</param>
    /// <param name="count">How many articles the assembly itself holds.</param>
    public ArticlePartitionAttribute(string catalogNamespace, int count)
    {
        CatalogNamespace = catalogNamespace;
        Count = count;
    }

    /// <summary>Gets the namespace of the assembly's <c>Articles</c> class.</summary>
    public string CatalogNamespace { get; }

    /// <summary>Gets how many articles the assembly itself holds.</summary>
    public int Count { get; }
}
