using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ArticleGen;

/// <summary>Compares objects by reference: generated articles are singletons, so reference equality is their identity.</summary>
/// <typeparam name="T">The type compared.</typeparam>
internal sealed class IdentityComparer<T> : IEqualityComparer<T>
    where T : class
{
    /// <summary>The one instance.</summary>
    public static readonly IdentityComparer<T> Instance = new();

    private IdentityComparer()
    {
    }

    /// <inheritdoc />
    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    /// <inheritdoc />
    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
