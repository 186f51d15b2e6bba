namespace ArticleGen.Generator.Model;

/// <summary>
/// Where the generated code finds an article's body at run time: in the article file itself, embedded as the resource
/// <paramref name="Name"/> (ArticleGen.targets), as the <paramref name="Length"/> bytes that end <paramref name="Tail"/>
/// bytes before the file's end. Counted from the end, so that a front-matter edit that moves the body changes nothing.
/// </summary>
internal sealed record BodyResource(string Name, int Length, int Tail);
