using System.ComponentModel;
using System.Threading;

namespace ArticleGen.Infrastructure;

/// <summary>
/// Publishes lazily created objects for generated code: when two threads race, both get the object that won,
/// so there is only ever one object per entity, per article and per article list. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Singleton
{
    /// <summary>Stores <paramref name="value"/> in <paramref name="field"/> unless another thread stored one first.</summary>
    /// <typeparam name="T">The object's type.</typeparam>
    /// <param name="field">The field holding the object, or null.</param>
    /// <param name="value">The freshly created object.</param>
    /// <returns>The object now in the field.</returns>
    public static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
