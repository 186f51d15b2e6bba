using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Generator.Naming;

/// <summary>
/// Turns ids (<c>blinken-meets-wang-yi</c>, <c>北京会谈</c>, <c>2024 election</c>) into readable, valid C#
/// identifiers. The result depends on the id alone, so an article's output never depends on other articles;
/// two ids that meet on one identifier are reported instead of renamed.
/// </summary>
internal static class IdentifierNames
{
    /// <summary>
    /// Longer names are cut and given a hash of the whole id: C# refuses identifiers over 512 characters (CS0645),
    /// and generated file names, which hold the name, must stay well under path limits.
    /// </summary>
    public const int MaxLength = 100;

    /// <summary>What every generated type inherits from <c>object</c> and C# code can name (not <c>Finalize</c>).</summary>
    public static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

    /// <summary>
    /// PascalCase of the id's words; a leading digit gets an underscore; an id with no usable character gets
    /// <paramref name="fallback"/>. An underscore of the id only separates words, so a name has none inside, except
    /// before the hash of a cut name: generated members named with one (<c>s_all</c>, <c>ArticleAt_0</c>) meet no id.
    /// </summary>
    public static string ToPascalCase(string id, string fallback)
    {
        var result = new StringBuilder(id.Length);
        bool startOfWord = true;
        foreach (char c in id)
        {
            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                startOfWord = true;
                continue;
            }

            if (result.Length == 0 && !SyntaxFacts.IsIdentifierStartCharacter(c))
            {
                result.Append('_');
            }

            result.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (result.Length == 0)
        {
            return fallback;
        }

        return result.Length <= MaxLength ? result.ToString() : result.ToString(0, MaxLength - 9) + "_" + Hash(id);
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.</summary>
    private static string Hash(string id)
    {
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>A member name that does not clash with the names a generated type already has.</summary>
    public static string AvoidReserved(string name, string suffix, params string[] reserved)
    {
        foreach (string taken in reserved)
        {
            if (name == taken)
            {
                return name + suffix;
            }
        }

        return name;
    }
}
