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
    /// Articles per method: one method for 10,000 articles is slow to JIT and compile, so larger catalogs reach an
    /// article of <c>All</c> through one small method per chunk, and only the chunks touched are compiled.
    /// </summary>
    internal const int ChunkSize = 500;

    /// <summary>The method behind <c>Articles.All</c>'s indexer; a reserved article name (<see cref="Naming.ArticleNames"/>).</summary>
    internal const string ArticleAt = "ArticleAt";

    /// <summary>What the catalog needs of one group's articles; an edit of a body leaves it equal.</summary>
    public static EquatableArray<ArticleSummary> Summaries(ArticleGroup group) =>
        group.Articles.Select(m => m.Summary).ToEquatableArray();

    /// <summary>
    /// All groups' summaries ordered by id, so that the value does not depend on the order the driver lists the files in.
    /// A file handed over twice is already once in its group (<see cref="ArticleGroups"/>).
    /// </summary>
    public static EquatableArray<ArticleSummary> Merge(ImmutableArray<EquatableArray<ArticleSummary>> groups) =>
        groups.SelectMany(g => g).OrderBy(s => s.Id, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>
    /// The catalog of <paramref name="ordered"/>, articles ordered by id (<see cref="Merge"/>), composed with the
    /// <paramref name="partitions"/> this project references, in that order, and then its own.
    /// </summary>
    public static SourceText Emit(IReadOnlyList<ArticleSummary> ordered, IReadOnlyList<ReferencedPartition> partitions, GeneratorOptions options)
    {
        CodeWriter writer = FileHeader.Start();
        if (ordered.Count > 0)
        {
            // What a project that references this one reads to compose its catalog (ReferencedPartitionReader).
            writer.Line("[assembly: " + Names.Infrastructure + "ArticlePartition(" + CSharpLiteral.String(options.Namespace) + ", new string[]");
            writer.Line("{");
            writer.Indent();
            foreach (ArticleSummary article in ordered)
            {
                writer.Line(CSharpLiteral.String(article.Id) + ",");
            }

            writer.Outdent();
            writer.Line("})]");
            writer.Line();
        }

        writer.OpenNamespace(options.Namespace);
        writer.Summary("The articles of this project, compiled into typed objects by ArticleGen: one member per article, and <see cref=\"All\"/>.");
        writer.GeneratedCodeAttribute();
        writer.Open("public static partial class Articles");
        writer.Line("private static " + ListType + "? s_all;");
        writer.Line();
        writer.Summary(partitions.Count == 0
            ? "Every article of the project, ordered by id. Each article is created when the list first reaches it; listing them does not load their bodies."
            : "Every article of the partitions this project references, in the order of their assembly names, then of this project (<see cref=\"Local\"/>), each ordered by id. "
                + "Each article is created when the list first reaches it, and a partition's assembly is loaded when the list first reaches one of its articles.");
        writer.Line("public static " + ListType + " All =>");
        writer.Indent();
        writer.Line("s_all ?? " + Names.Infrastructure + "Singleton.Publish(ref s_all, CreateAll());");
        writer.Outdent();
        writer.Line();
        if (partitions.Count == 0)
        {
            WriteUnpartitioned(writer, ordered.Count);
        }
        else
        {
            WritePartitioned(writer, ordered.Count, partitions);
        }

        writer.Line();
        if (ordered.Count <= ChunkSize)
        {
            WriteSwitch(writer, ArticleAt, ordered, 0, ordered.Count);
        }
        else
        {
            writer.Open("private static " + Names.Runtime + "Article " + ArticleAt + "(int index)");
            writer.Open("switch (index / " + Number(ChunkSize) + ")");
            for (int chunk = 0; chunk * ChunkSize < ordered.Count; chunk++)
            {
                writer.Line("case " + Number(chunk) + ": return " + ChunkMethodName(chunk) + "(index);");
            }

            writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            writer.Close();
            writer.Close();
            for (int chunk = 0; chunk * ChunkSize < ordered.Count; chunk++)
            {
                writer.Line();
                WriteSwitch(writer, ChunkMethodName(chunk), ordered, chunk * ChunkSize, Math.Min(ordered.Count, (chunk + 1) * ChunkSize));
            }
        }

        writer.Close();
        writer.CloseNamespace(options.Namespace);
        return writer.ToSourceText();
    }

    private static string ListType => "global::System.Collections.Generic.IReadOnlyList<" + Names.Runtime + "Article>";

    private static void WriteUnpartitioned(CodeWriter writer, int count)
    {
        writer.Summary("The articles of this project alone; it references no other project's articles, so the same list as <see cref=\"All\"/>.");
        writer.Line("public static " + ListType + " Local => All;");
        writer.Line();
        writer.Line("private static " + ListType + " CreateAll() =>");
        writer.Indent();
        writer.Line("new " + Names.Infrastructure + "ArticleCatalog(" + Number(count) + ", " + ArticleAt + ");");
        writer.Outdent();
    }

    /// <summary>
    /// <c>All</c> over the referenced partitions and this project's own articles. Each partition's list is reached through
    /// a lambda, a method of its own, so that its assembly is loaded when the lambda first runs, not when <c>CreateAll</c> is compiled.
    /// </summary>
    private static void WritePartitioned(CodeWriter writer, int count, IReadOnlyList<ReferencedPartition> partitions)
    {
        writer.Line("private static " + ListType + "? s_local;");
        writer.Line();
        writer.Summary("The articles of this project alone, ordered by id, without those of the partitions it references.");
        writer.Line("public static " + ListType + " Local =>");
        writer.Indent();
        writer.Line("s_local ?? " + Names.Infrastructure + "Singleton.Publish(ref s_local, new " + Names.Infrastructure + "ArticleCatalog(" + Number(count) + ", " + ArticleAt + "));");
        writer.Outdent();
        writer.Line();
        var counts = partitions.Select(p => Number(p.Ids.Count)).ToList();
        var lists = partitions.Select(p => "() => global::" + (p.Namespace.Length > 0 ? p.Namespace + "." : string.Empty) + "Articles.Local").ToList();
        if (count > 0)
        {
            counts.Add(Number(count));
            lists.Add("() => Local");
        }

        writer.Open("private static " + ListType + " CreateAll()");
        writer.Line("var partitions = new " + Names.Infrastructure + "PartitionedArticles(");
        writer.Indent();
        writer.Line("new int[] { " + string.Join(", ", counts) + " },");
        writer.Line("new global::System.Func<" + ListType + ">[]");
        writer.Line("{");
        writer.Indent();
        foreach (string list in lists)
        {
            writer.Line(list + ",");
        }

        writer.Outdent();
        writer.Line("});");
        writer.Outdent();
        writer.Line("return new " + Names.Infrastructure + "ArticleCatalog(partitions.Count, partitions.ArticleAt);");
        writer.Close();
    }

    /// <summary>
    /// The method that returns the articles of chunk <paramref name="chunk"/> of <c>All</c>: <c>ArticleAt_0</c>,
    /// <c>ArticleAt_1</c>... The inner underscore is what no article's name can have
    /// (<see cref="Naming.IdentifierNames.ToPascalCase"/>), so no id takes one of these names however many chunks
    /// there are (<c>article-at-0</c> makes <c>ArticleAt0</c>).
    /// </summary>
    internal static string ChunkMethodName(int chunk) => ArticleAt + "_" + Number(chunk);

    /// <summary>
    /// A method that returns the article at an index of <c>All</c> from its member, so that only the articles a caller
    /// reaches are created, and a switch, so that the runtime compiles no code per article for the catalog.
    /// </summary>
    private static void WriteSwitch(CodeWriter writer, string name, IReadOnlyList<ArticleSummary> ordered, int start, int end)
    {
        writer.Open("private static " + Names.Runtime + "Article " + name + "(int index)");
        writer.Open("switch (index)");
        for (int i = start; i < end; i++)
        {
            writer.Line("case " + Number(i) + ": return " + ordered[i].ClassName + ";");
        }

        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
        writer.Close();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
