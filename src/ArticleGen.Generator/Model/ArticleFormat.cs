namespace ArticleGen.Generator.Model;

/// <summary>How an article file is written (contract sections 1 and 2).</summary>
internal enum ArticleFormat
{
    /// <summary>YAML front matter, then the body (<c>*.md</c>).</summary>
    Annotated,

    /// <summary>A title line, the body, an optional <c>Source:</c> line (<c>*.txt</c>).</summary>
    PlainText,
}
