namespace ArticleGen.Generator.Model;

/// <summary>What the <c>Articles</c> catalog needs of one article: an edit of its body leaves this equal.</summary>
internal sealed record ArticleSummary(string Id, string ClassName, string Title, ArticleDateModel? Published);
