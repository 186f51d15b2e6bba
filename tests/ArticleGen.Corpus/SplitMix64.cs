namespace ArticleGen.Corpus;

/// <summary>
/// A tiny seeded PRNG (SplitMix64) whose sequence is fixed by this code alone, so a corpus is the same on every
/// runtime and machine (System.Random promises no such thing across versions).
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="count"/>).</summary>
    public int Below(int count) => (int)(Next() % (ulong)count);
}
