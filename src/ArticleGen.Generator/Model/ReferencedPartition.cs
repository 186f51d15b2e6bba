namespace ArticleGen.Generator.Model;

/// <summary>
/// A referenced assembly that holds articles (a content partition): its name, the namespace of its <c>Articles</c> class
/// and the ids of the articles it holds itself, in its order, as its <c>ArticlePartition</c> attribute says.
/// </summary>
internal sealed record ReferencedPartition(string AssemblyName, string Namespace, EquatableArray<string> Ids);
