using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The tokenised body: tokens per paragraph, each tagged with the quote holding it, the quotes' mark tokens,
/// and the sentences. Built in linear time.
/// </summary>
internal sealed class BodyDocument
{
    private BodyDocument(
        string body,
        ImmutableArray<BodySpanInfo> paragraphs,
        ImmutableArray<RawQuote> quotes,
        List<Token> tokens,
        int[] paragraphTokenEnd,
        int[] openToken,
        int[] closeToken,
        List<SentenceInfo> sentences,
        int[] tokenSentence)
    {
        Body = body;
        Paragraphs = paragraphs;
        Quotes = quotes;
        Tokens = tokens;
        ParagraphTokenEnd = paragraphTokenEnd;
        OpenToken = openToken;
        CloseToken = closeToken;
        Sentences = sentences;
        TokenSentence = tokenSentence;
    }

    public string Body { get; }

    public ImmutableArray<BodySpanInfo> Paragraphs { get; }

    public ImmutableArray<RawQuote> Quotes { get; }

    public List<Token> Tokens { get; }

    /// <summary>Per paragraph, the index just past its last token.</summary>
    public int[] ParagraphTokenEnd { get; }

    /// <summary>Per quote, the token of its opening mark.</summary>
    public int[] OpenToken { get; }

    /// <summary>Per quote, the token of its closing mark, or -1.</summary>
    public int[] CloseToken { get; }

    public List<SentenceInfo> Sentences { get; }

    /// <summary>Per token, the index of its sentence.</summary>
    public int[] TokenSentence { get; }

    public static BodyDocument Build(string body, ImmutableArray<BodySpanInfo> paragraphs, ImmutableArray<RawQuote> quotes, CancellationToken cancellationToken)
    {
        var tokens = new List<Token>();
        var paragraphTokenStart = new int[paragraphs.Length];
        var paragraphTokenEnd = new int[paragraphs.Length];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphTokenStart[p] = tokens.Count;
            Tokenizer.Tokenize(body, paragraphs[p], tokens, cancellationToken);
            paragraphTokenEnd[p] = tokens.Count;
        }

        var openToken = new int[quotes.Length];
        var closeToken = new int[quotes.Length];
        for (int q = 0; q < quotes.Length; q++)
        {
            openToken[q] = -1;
            closeToken[q] = -1;
        }

        int current = 0;
        for (int t = 0; t < tokens.Count && current < quotes.Length; t++)
        {
            var token = tokens[t];
            while (current < quotes.Length && quotes[current].RegionEnd <= token.Start)
            {
                current++;
            }

            if (current < quotes.Length && quotes[current].OpenMark <= token.Start)
            {
                tokens[t] = token with { Quote = current };
                if (token.Start == quotes[current].OpenMark)
                {
                    openToken[current] = t;
                }
                else if (token.Start == quotes[current].CloseMark)
                {
                    closeToken[current] = t;
                }
            }
        }

        var sentences = new List<SentenceInfo>();
        var tokenSentence = new int[tokens.Count];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int before = sentences.Count;
            SentenceSplitter.Split(body, tokens, quotes, p, paragraphTokenStart[p], paragraphTokenEnd[p], sentences);
            for (int s = before; s < sentences.Count; s++)
            {
                for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
                {
                    tokenSentence[t] = s;
                }
            }
        }

        return new BodyDocument(body, paragraphs, quotes, tokens, paragraphTokenEnd, openToken, closeToken, sentences, tokenSentence);
    }

    /// <summary>The token's text.</summary>
    public string Text(int token) => Body.Substring(Tokens[token].Start, Tokens[token].Length);

    /// <summary>Whether the token is the punctuation character <paramref name="c"/>.</summary>
    public bool IsPunctuation(int token, char c) => Tokens[token].Kind == TokenKind.Punctuation && Body[Tokens[token].Start] == c;

    /// <summary>Whether the token is a word starting with a capital letter.</summary>
    public bool IsCapitalised(int token) => NameInterpreter.IsCapitalisedWord(Body, Tokens[token]);

    /// <summary>Whether the token is a word starting with a lower-case letter.</summary>
    public bool IsLowerWord(int token) => Tokens[token].Kind == TokenKind.Word && char.IsLower(Body[Tokens[token].Start]);

    /// <summary>The paragraph holding a token.</summary>
    public int ParagraphOf(int token) => Sentences[TokenSentence[token]].Paragraph;
}
