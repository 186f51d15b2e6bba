using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Generator.Naming;

/// <summary>Makes the namespace setting a valid C# namespace, part by part.</summary>
internal static class NamespaceNames
{
    public static string Sanitize(string? value)
    {
        if (value is null || value.Trim().Length == 0)
        {
            return string.Empty;
        }

        return string.Join(".", value.Split('.').Select(part =>
        {
            string trimmed = part.Trim();
            return SyntaxFacts.IsValidIdentifier(trimmed) && SyntaxFacts.GetKeywordKind(trimmed) == SyntaxKind.None
                ? trimmed
                : IdentifierNames.ToPascalCase(trimmed, "_");
        }));
    }
}
