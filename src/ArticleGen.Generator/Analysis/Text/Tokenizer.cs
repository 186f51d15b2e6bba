using System.Collections.Generic;
using System.Threading;
using ArticleGen.Text;

namespace ArticleGen.Generator.Analysis;

/// <summary>Splits a paragraph into words, punctuation and quote marks, in one linear pass.</summary>
internal static class Tokenizer
{
    public static void Tokenize(string body, BodySpanInfo paragraph, List<Token> tokens, CancellationToken cancellationToken)
    {
        int end = paragraph.End;
        int i = paragraph.Start;
        while (i < end)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            char c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (CodePoints.IsLetterOrDigit(body, i))
            {
                // Letters are code points: '𝔄𝔩𝔭𝔥𝔞' is a word, not ten surrogates.
                int j = i + CodePoints.Width(body, i);
                while (j < end)
                {
                    // The letters of English prose, in a loop of their own: the tokenizer reads every character of the body.
                    while (j < end && WordCharacters.IsAsciiLetterOrDigit(body[j]))
                    {
                        j++;
                    }

                    if (j == end)
                    {
                        break;
                    }

                    if (CodePoints.IsLetterOrDigit(body, j))
                    {
                        j += CodePoints.Width(body, j);
                    }
                    else if (IsWordJoiner(body[j]) && j + 1 < end && CodePoints.IsLetterOrDigit(body, j + 1))
                    {
                        j++;
                    }
                    else if (IsLetterSlashLetter(body, i, j, end))
                    {
                        // "Rajendran s/o Muthusamy", "Kumar a/l Raman": "son of" written as one word.
                        j += 2;
                    }
                    else if (body[j] is ',' or '+' && j + 1 < end && char.IsDigit(body[j - 1]) && char.IsDigit(body[j + 1]))
                    {
                        // "12,000" is one number: its comma sets off no appositive or clause; "the 4+1 committee" is one word.
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                // An abbreviation keeps its final dot, so that dot never ends a sentence; an initial may be dotted with a
                // one dot leader ("Sergey M․"), which ends no sentence either.
                if (j < end && ((body[j] == '.' && Lexicon.IsAbbreviation(body, i, j)) || (body[j] == '\u2024' && j - i == 1 && char.IsUpper(body[i]))))
                {
                    j++;
                }
                else if (IsApostropheInName(body, i, j, end))
                {
                    j++;
                }

                tokens.Add(new Token(i, j - i, TokenKind.Word));
                i = j;
            }
            else if (QuoteMarks.IsMark(c))
            {
                int j = i + 1;
                while (c == '"' && j < end && body[j] == '"')
                {
                    j++;
                }

                tokens.Add(new Token(i, j - i, TokenKind.Mark));
                i = j;
            }
            else
            {
                tokens.Add(new Token(i, 1, TokenKind.Punctuation));
                i++;
            }
        }
    }

    /// <summary>"Transport Workers' Federation", "Property Investors’ Federation", "Jared Ochieng' Opiyo": a capitalised
    /// plural's apostrophe, or the one that ends a Luo name in "ng'", before a capitalised word belongs to the word, so that
    /// the name's run goes on over it.</summary>
    private static bool IsApostropheInName(string body, int start, int end, int limit)
        => end + 2 < limit && body[end] is '\'' or '\u2019' && end - start > 2
            && (body[end - 1] == 's' || (body[end - 1] == 'g' && body[end - 2] == 'n'))
            && char.IsUpper(body[start]) && body[end + 1] == ' ' && char.IsUpper(body[end + 2]);

    /// <summary>Whether the word from <paramref name="start"/> is one lower-case letter, a slash at <paramref name="slash"/> and
    /// one lower-case letter that ends the word ("s/o", "d/o", "a/l", "a/p").</summary>
    private static bool IsLetterSlashLetter(string body, int start, int slash, int end)
        => slash == start + 1 && body[slash] == '/' && slash + 1 < end && char.IsLower(body[start]) && char.IsLower(body[slash + 1])
            && (slash + 2 == end || !char.IsLetterOrDigit(body[slash + 2]));

    private static bool IsWordJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2011' or '.' or '&';
}
