namespace ArticleGen.Generator.Analysis;

/// <summary>A proper name taken from the text: a run of capitalised words, titles stripped.</summary>
/// <param name="Start">Body offset of the name (after any stripped title).</param>
/// <param name="End">Body offset just past the name (a possessive 's excluded).</param>
/// <param name="Name">The name, its words joined by single spaces.</param>
/// <param name="Kind">Person, organisation or unknown.</param>
/// <param name="WordCount">How many words the name has.</param>
internal readonly record struct TextName(int Start, int End, string Name, NameKind Kind, int WordCount);
