using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>Writes the <c>Articles</c> catalog: <c>Articles.All</c>, every article in a stable order (by id).</summary>
internal static class CatalogEmitter
{
    public const string HintName = "Articles.g.cs";

    /// <summary>
    /// Articles assigned per method: one method for 10,000 articles is slow to JIT and compile, so larger
    /// catalogs fill <c>All</c> from several small methods.
    /// </summary>
    internal const int ChunkSize = 500;

    /// <summary>What the catalog needs of one group's articles; an edit of a body leaves it equal.</summary>
    public static EquatableArray<ArticleSummary> Summaries(ArticleGroup group) =>
        group.Articles.Select(m => m.Summary).ToEquatableArray();

    /// <summary>
    /// All groups' summaries ordered by id, so that the value does not depend on the order the driver lists the files in.
    /// A file handed over twice is already once in its group (<see cref="ArticleGroups"/>).
    /// </summary>
    public static EquatableArray<ArticleSummary> Merge(ImmutableArray<EquatableArray<ArticleSummary>> groups) =>
        groups.SelectMany(g => g).OrderBy(s => s.Id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>The catalog of <paramref name="ordered"/>, articles ordered by id (<see cref="Merge"/>).</summary>
    public static SourceText Emit(IReadOnlyList<ArticleSummary> ordered, GeneratorOptions options)
    {
        CodeWriter writer = FileHeader.Start();
        writer.OpenNamespace(options.Namespace);
        writer.Summary("The articles of this project, compiled into typed objects by ArticleGen: one member per article, and <see cref=\"All\"/>.");
        writer.GeneratedCodeAttribute();
        writer.Open("public static partial class Articles");
        writer.Line("private static global::System.Collections.Generic.IReadOnlyList<" + Names.Runtime + "Article>? s_all;");
        writer.Line();
        writer.Summary("Every article of the project, ordered by id. Listing them does not load their bodies.");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Names.Runtime + "Article> All =>");
        writer.Indent();
        writer.Line("s_all ?? " + Names.Infrastructure + "Singleton.Publish(ref s_all, CreateAll());");
        writer.Outdent();
        writer.Line();
        writer.Open("private static global::System.Collections.Generic.IReadOnlyList<" + Names.Runtime + "Article> CreateAll()");
        writer.Line("var all = new " + Names.Runtime + "Article[" + Number(ordered.Count) + "];");
        if (ordered.Count <= ChunkSize)
        {
            WriteAssignments(writer, ordered, 0, ordered.Count);
        }
        else
        {
            for (int chunk = 0; chunk * ChunkSize < ordered.Count; chunk++)
            {
                writer.Line(ChunkMethodName(chunk) + "(all);");
            }
        }

        writer.Line("return global::System.Array.AsReadOnly(all);");
        writer.Close();
        for (int chunk = 0; ordered.Count > ChunkSize && chunk * ChunkSize < ordered.Count; chunk++)
        {
            writer.Line();
            writer.Open("private static void " + ChunkMethodName(chunk) + "(" + Names.Runtime + "Article[] all)");
            WriteAssignments(writer, ordered, chunk * ChunkSize, Math.Min(ordered.Count, (chunk + 1) * ChunkSize));
            writer.Close();
        }

        writer.Close();
        writer.CloseNamespace(options.Namespace);
        return writer.ToSourceText();
    }

    /// <summary>
    /// The method that fills chunk <paramref name="chunk"/> of <c>All</c>: <c>Fill_0</c>, <c>Fill_1</c>... The inner
    /// underscore is what no article's name can have (<see cref="Naming.IdentifierNames.ToPascalCase"/>), so no id
    /// takes one of these names however many chunks there are (<c>fill-0</c> made <c>Fill0</c>, once a chunk's too).
    /// </summary>
    internal static string ChunkMethodName(int chunk) => "Fill_" + Number(chunk);

    private static void WriteAssignments(CodeWriter writer, IReadOnlyList<ArticleSummary> ordered, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            writer.Line("all[" + Number(i) + "] = " + ordered[i].ClassName + ";");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
