namespace ArticleGen.Generator.Analysis;

/// <summary>A sentence as a range of tokens of one paragraph.</summary>
/// <param name="Paragraph">Index of the paragraph.</param>
/// <param name="FirstToken">Index of the sentence's first token.</param>
/// <param name="EndToken">Index just past the sentence's last token.</param>
internal readonly record struct SentenceInfo(int Paragraph, int FirstToken, int EndToken);
