namespace ArticleGen.Generator.Model;

/// <summary>An article's file and id: what the check for duplicate names needs of it.</summary>
internal sealed record ArticleIdentity(string FilePath, string Id, SourceLocation IdLocation);
