namespace ArticleGen.Generator.Analysis;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind
{
    /// <summary>Letters and digits, with inner apostrophes, hyphens, dots and ampersands, and an abbreviation's final dot.</summary>
    Word,

    /// <summary>Any other single non-whitespace character.</summary>
    Punctuation,

    /// <summary>A double quote mark (a run of straight marks is one token).</summary>
    Mark,
}

/// <summary>A token of the body.</summary>
/// <param name="Start">Body offset.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Kind">Word, punctuation or quote mark.</param>
/// <param name="Quote">Index of the quote whose text or marks hold the token, or -1.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, int Quote = -1)
{
    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;
}
