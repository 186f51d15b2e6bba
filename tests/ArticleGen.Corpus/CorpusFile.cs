namespace ArticleGen.Corpus;

/// <summary>One file of a corpus: its path relative to the corpus folder, and its text.</summary>
public sealed record CorpusFile(string RelativePath, string Text);
