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
    /// <summary>PascalCase of the id's words; a leading digit gets an underscore; an id with no usable character gets <paramref name="fallback"/>.</summary>
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

        return result.Length == 0 ? fallback : result.ToString();
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
