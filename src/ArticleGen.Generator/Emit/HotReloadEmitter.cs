using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Writes, for Debug builds only, the handler that lets a Hot Reload edit reach a running program: when
/// <c>dotnet watch</c> applies an article edit, the runtime calls <c>ClearCache</c>, which forgets every article created
/// so far (each keeps the metadata and the body it was created with), so that the next use of <c>Articles.X</c> or
/// <c>Articles.All</c> creates it again from the updated code.
/// </summary>
internal static class HotReloadEmitter
{
    public const string HintName = "HotReload.g.cs";

    /// <summary>The handler's type, nested in <c>Articles</c> to reach its fields; a reserved article name.</summary>
    internal const string HandlerName = "HotReload";

    public static SourceText Emit(IReadOnlyList<Model.ArticleSummary> articles, Model.GeneratorOptions options)
    {
        string articlesType = options.Namespace.Length == 0 ? "global::Articles" : "global::" + options.Namespace + ".Articles";
        CodeWriter writer = FileHeader.Start();
        writer.Line("[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(" + articlesType + "." + HandlerName + "))]");
        writer.Line();
        writer.OpenNamespace(options.Namespace);
        writer.Open("public static partial class Articles");
        writer.Summary("Forgets the articles created so far when Hot Reload applies an edit; called by the runtime, in Debug builds only.");
        writer.GeneratedCodeAttribute();
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open("internal static class " + HandlerName);
        writer.Summary("Called by the runtime after it has applied an update to the program.");
        writer.Line("/// <param name=\"updatedTypes\">The types the update changed, if known.</param>");
        writer.Open("internal static void ClearCache(global::System.Type[]? updatedTypes)");
        writer.Line("s_all = null;");
        foreach (Model.ArticleSummary article in articles)
        {
            writer.Line("s_" + article.ClassName + " = null;");
        }

        writer.Close();
        writer.Close();
        writer.Close();
        writer.CloseNamespace(options.Namespace);
        return writer.ToSourceText();
    }
}
