using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Writes <c>global using global::MyNews;</c> for the namespace of the generated types, so that <c>Articles</c>,
/// <c>People</c> and the others are visible where the project's own namespace is not: in top-level statements (the
/// global namespace), as in the README's first program. Only from C# 10 (global usings), only for a namespace other
/// than the global one, and not when the project sets <c>ArticleGenGlobalUsing</c> to <c>false</c>.
/// </summary>
internal static class GlobalUsingEmitter
{
    public const string HintName = "GlobalUsing.g.cs";

    public static SourceText Emit(string @namespace)
    {
        CodeWriter writer = FileHeader.Start();
        writer.Line("global using global::" + @namespace + ";");
        return writer.ToSourceText();
    }
}
