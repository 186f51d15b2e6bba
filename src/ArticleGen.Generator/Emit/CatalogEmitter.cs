using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emit;

/// <summary>Writes the <c>Articles</c> catalog: <c>Articles.All</c>, every article in a stable order (by id).</summary>
internal static class CatalogEmitter
{
    public const string HintName = "Articles.g.cs";

    public static string Emit(IReadOnlyList<ArticleSummary> articles, GeneratorOptions options)
    {
        List<ArticleSummary> ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        CodeWriter writer = FileHeader.Start();
        writer.OpenNamespace(options.Namespace);
        writer.Summary("The articles of this project, compiled into typed objects by ArticleGen: one member per article, and <see cref=\"All\"/>.");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"ArticleGen\", \"" + ThisAssembly.Version + "\")]");
        writer.Open("public static partial class Articles");
        writer.Line("private static global::System.Collections.Generic.IReadOnlyList<" + Names.Runtime + "Article>? s_all;");
        writer.Line();
        writer.Summary("Every article of the project, ordered by id. Listing them does not load their bodies.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Names.Runtime + "Article> All =>");
        writer.Indent();
        writer.Line("s_all ?? " + Names.Runtime + "Singleton.Publish(ref s_all, CreateAll());");
        writer.Outdent();
        writer.Line();
        writer.Open("private static global::System.Collections.Generic.IReadOnlyList<" + Names.Runtime + "Article> CreateAll()");
        writer.Line("var all = new " + Names.Runtime + "Article[" + ordered.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "];");
        for (int i = 0; i < ordered.Count; i++)
        {
            writer.Line("all[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] = " + ordered[i].ClassName + ";");
        }

        writer.Line("return global::System.Array.AsReadOnly(all);");
        writer.Close();
        writer.Close();
        writer.CloseNamespace(options.Namespace);
        return writer.ToString();
    }
}
