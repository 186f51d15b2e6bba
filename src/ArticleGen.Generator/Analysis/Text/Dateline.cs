using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The dateline that opens a wire story's paragraph: "UNITED NATIONS (AP) —", "NUKU'ALOFA, Tonga (Reuters) -",
/// "PARIS, March 3 (Reuters) -", "NEW DELHI, India —". It is no part of the sentence after it, so the sentence starts
/// after its dash and its capitals never become the sentence's subject.
/// </summary>
internal static class Dateline
{
    /// <summary>At most this many tokens before the dash: a place, a region, a date and an agency.</summary>
    private const int MaxTokens = 14;

    /// <summary>
    /// The token just after the dash of a dateline that opens the tokens <paramref name="first"/> to <paramref name="end"/>,
    /// or -1: a run of words in capitals, then optionally a comma and capitalised words or a date, then optionally an
    /// agency in brackets, then a dash, or a colon when the tokens open the body (<paramref name="opensBody"/>), where a
    /// lead-in of two words or more in capitals before a capitalised word ends at that word too. A run of capitals alone
    /// before the dash ("NATO — the alliance — said") needs two words or a comma after it.
    /// </summary>
    public static int End(string body, Token[] tokens, int first, int end, bool opensBody)
    {
        int t = first;
        int capitals = 0;
        while (t < end && t - first < MaxTokens && IsAllCapitals(body, tokens[t]))
        {
            capitals++;
            t++;
        }

        if (capitals == 0)
        {
            return -1;
        }

        // "MINISTER FOR HOUSING James Browne says": a news site's lead-in set in capitals before a name opens the body; the
        // sentence starts at the name, which the capitals would otherwise swallow.
        if (opensBody && capitals >= 2 && t < end && NameInterpreter.IsCapitalisedWord(body, tokens[t]) && !IsAllCapitals(body, tokens[t]))
        {
            return t;
        }

        bool qualified = capitals >= 2;
        if (t < end && IsChar(body, tokens[t], ','))
        {
            qualified = true;
            t++;
            while (t < end && t - first < MaxTokens && tokens[t].Kind == TokenKind.Word
                && (CodePoints.IsUpper(body, tokens[t].Start) || char.IsDigit(body[tokens[t].Start])))
            {
                t++;
            }
        }

        if (t < end && IsChar(body, tokens[t], '('))
        {
            int close = t + 1;
            while (close < end && close - t <= 4 && tokens[close].Kind == TokenKind.Word)
            {
                close++;
            }

            if (close >= end || close == t + 1 || !IsChar(body, tokens[close], ')'))
            {
                return -1;
            }

            qualified = true;
            t = close + 1;
        }

        // "SINGAPORE: Law Minister Jo Lee said", "NEW DELHI, Dec 7 (PTI):": Asian outlets close the body's dateline with a colon,
        // right after its last word, before a capitalised word.
        if (opensBody && t + 1 < end && t - first < MaxTokens && IsChar(body, tokens[t], ':') && tokens[t].Start == tokens[t - 1].End
            && tokens[t + 1].Start > tokens[t].End && NameInterpreter.IsCapitalisedWord(body, tokens[t + 1]))
        {
            return t + 1;
        }

        return qualified && t + 1 < end && t - first < MaxTokens && BodyDocument.IsDash(body, tokens[t]) && tokens[t + 1].Start > tokens[t].End ? t + 1 : -1;
    }

    /// <summary>A word of two letters or more, all of them capitals: "UNITED", "NUKU'ALOFA", "AL-MUKALLA".</summary>
    private static bool IsAllCapitals(string body, Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        int letters = 0;
        for (int i = token.Start; i < token.End; i++)
        {
            char c = body[i];
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static bool IsChar(string body, Token token, char c) => token.Kind == TokenKind.Punctuation && body[token.Start] == c;
}
