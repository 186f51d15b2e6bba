using System.Linq;
using ArticleGen.Corpus;
using ArticleGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ArticleGen.Tests.Scale;

/// <summary>
/// A Native AOT image holds every string literal and every preinitialised static of its code as objects that the
/// runtime copies into place at each start-up, whether the app uses them or not; at 10,000 articles that was most of a
/// 60 ms start-up (docs/performance.md, "(c) Start-up"). From C# 11 on the generated code has one string literal per
/// file, its packed span numbers (kept out of the reference assembly, docs/scale-out.md), and no other: texts are
/// constant data read when an article is built, and an article's type has no statics.
/// </summary>
public sealed class ImageDataTests
{
    [Fact]
    public void Generated_code_keeps_its_texts_as_constant_data_its_span_numbers_in_one_literal_per_file_and_article_types_without_statics()
    {
        GeneratorRun run = GeneratorHarness.Run(CorpusMaker.Make(40).Select(f => (f.RelativePath, f.Text)), string.Empty, ns: "Corpus");
        Assert.Empty(run.CompilationDiagnostics);
        int articleTypes = 0;

        foreach (GeneratedSourceResult source in run.Sources)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(source.SourceText, GeneratorHarness.ParseOptions()).GetRoot();

            // Attribute arguments are metadata, not code; the runs of a file's span numbers fold into one literal.
            Assert.Empty(root.DescendantNodes().OfType<LiteralExpressionSyntax>()
                .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && l.FirstAncestorOrSelf<AttributeSyntax>() is null && !IsSpanNumbers(l))
                .Select(l => source.HintName + ": " + l));
            int spanTables = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Count(c => c.Identifier.Text.StartsWith("ArticleSpans", System.StringComparison.Ordinal));
            int typesBefore = articleTypes;
            Assert.Empty(root.DescendantNodes().OfType<FieldDeclarationSyntax>()
                .Where(f => f.Modifiers.Any(SyntaxKind.StaticKeyword) && f.Declaration.Variables.Any(v => v.Initializer is not null))
                .Select(f => source.HintName + ": " + f));
            foreach (ClassDeclarationSyntax type in root.DescendantNodes().OfType<ClassDeclarationSyntax>()
                .Where(c => c.BaseList?.Types.Any(t => t.ToString() == "global::ArticleGen.Article") == true))
            {
                Assert.DoesNotContain(type.Members, m => m.Modifiers.Any(SyntaxKind.StaticKeyword));
                articleTypes++;
            }

            // One span table in each file of articles (every corpus article has paragraphs), none elsewhere.
            Assert.Equal(articleTypes > typesBefore ? 1 : 0, spanTables);
        }

        Assert.Equal(40, articleTypes);
    }

    /// <summary>Whether a literal is a run of the one constant a file's <c>ArticleSpansNNN.Numbers</c> folds its runs into.</summary>
    private static bool IsSpanNumbers(LiteralExpressionSyntax literal) =>
        literal.FirstAncestorOrSelf<PropertyDeclarationSyntax>() is { Identifier.Text: "Numbers" } property
        && property.FirstAncestorOrSelf<ClassDeclarationSyntax>()!.Identifier.Text.StartsWith("ArticleSpans", System.StringComparison.Ordinal)
        && literal.Parent is BinaryExpressionSyntax or ArgumentSyntax;
}
