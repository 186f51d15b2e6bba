using System.Linq;

namespace ArticleGen.Generator.Naming;

/// <summary>The C# names of an article, derived from its id alone.</summary>
internal static class ArticleNames
{
    /// <summary>
    /// Names that <c>Articles</c> already has: its own, those written into it, those it inherits. Its other members
    /// (<c>s_all</c>, <c>ArticleAt_0</c>, ...) have an inner underscore, which no id's name has.
    /// </summary>
    private static readonly string[] Reserved = IdentifierNames.ObjectMembers.Concat(new[] { "All", "Local", "Articles", "CreateAll", Emit.CatalogEmitter.ArticleAt, Emit.HotReloadEmitter.HandlerName }).ToArray();

    /// <summary>The member of <c>Articles</c> (<c>BlinkenMeetsWangYi</c>).</summary>
    public static string MemberName(string id) =>
        IdentifierNames.AvoidReserved(IdentifierNames.ToPascalCase(id, "Untitled"), "Article", Reserved);

    /// <summary>The generated type (<c>BlinkenMeetsWangYiArticle</c>).</summary>
    public static string TypeName(string memberName) => memberName + "Article";
}
