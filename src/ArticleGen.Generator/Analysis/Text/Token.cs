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

/// <summary>
/// A token of the body: twelve bytes, its kind kept in the two low bits of its quote's index, since the analysis keeps one
/// per word of every article and reads them more than anything else.
/// </summary>
internal readonly struct Token
{
    private const int KindBits = 2;
    private const uint KindMask = (1u << KindBits) - 1;

    /// <summary>The quote's index plus one, shifted past the kind's bits, and the kind. Unsigned, so it cannot overflow: a
    /// quote takes at least its two marks of a body, a string at most 2^30 characters long, so its index plus one fits in
    /// 30 bits.</summary>
    private readonly uint _quoteAndKind;

    /// <param name="start">Body offset.</param>
    /// <param name="length">Length in UTF-16 code units.</param>
    /// <param name="kind">Word, punctuation or quote mark.</param>
    /// <param name="quote">Index of the quote whose text or marks hold the token, or -1.</param>
    public Token(int start, int length, TokenKind kind, int quote = -1)
    {
        Start = start;
        Length = length;
        _quoteAndKind = ((uint)(quote + 1) << KindBits) | (uint)kind;
    }

    /// <summary>Body offset.</summary>
    public int Start { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Word, punctuation or quote mark.</summary>
    public TokenKind Kind => (TokenKind)(_quoteAndKind & KindMask);

    /// <summary>Index of the quote whose text or marks hold the token, or -1.</summary>
    public int Quote
    {
        get => (int)(_quoteAndKind >> KindBits) - 1;
        init => _quoteAndKind = ((uint)(value + 1) << KindBits) | (_quoteAndKind & KindMask);
    }

    /// <summary>The offset just past the token.</summary>
    public int End => Start + Length;
}
