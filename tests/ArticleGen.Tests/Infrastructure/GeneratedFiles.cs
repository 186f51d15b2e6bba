using ArticleGen.Generator.Emit;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>Hint names of the generated files, as tests look them up.</summary>
internal static class GeneratedFiles
{
    /// <summary>The file holding the article whose class is <paramref name="className"/>.</summary>
    public static string Article(string className) => ArticleGroups.HintName(ArticleGroups.Of(className));
}
