namespace ArticleGen.Generator.Naming;

/// <summary>The C# names of an article, derived from its id alone.</summary>
internal static class ArticleNames
{
    /// <summary>Names that <c>Articles</c> already has.</summary>
    private static readonly string[] Reserved = { "All", "Articles", "CreateAll", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString" };

    /// <summary>The member of <c>Articles</c> (<c>BlinkenMeetsWangYi</c>).</summary>
    public static string MemberName(string id) =>
        IdentifierNames.AvoidReserved(IdentifierNames.ToPascalCase(id, "Untitled"), "Article", Reserved);

    /// <summary>The generated type (<c>BlinkenMeetsWangYiArticle</c>).</summary>
    public static string TypeName(string memberName) => memberName + "Article";
}
