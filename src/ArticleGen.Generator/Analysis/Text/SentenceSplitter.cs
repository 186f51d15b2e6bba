using System.Collections.Generic;
using System.Collections.Immutable;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Splits a paragraph's tokens into sentences. A sentence ends at . ! ? (plus closing brackets and marks)
/// followed by whitespace and a capitalised word or an opening quote mark. Abbreviations ("U.S.", "Mr.",
/// initials) keep their dot inside the word token, so they never end a sentence. A full stop inside a quote
/// ends a sentence only when it is the quote's last character ("… I may do it." Trump also said), so a
/// quote of several sentences stays in the sentence that introduces it. A wire story's dateline is a sentence of its own.
/// </summary>
internal static class SentenceSplitter
{
    public static void Split(
        string body,
        Token[] tokens,
        ImmutableArray<RawQuote> quotes,
        int paragraph,
        int first,
        int end,
        List<SentenceInfo> sentences)
    {
        int sentenceStart = first;
        if (Dateline.End(body, tokens, first, end, opensBody: first == 0) is var afterDateline and > 0)
        {
            sentences.Add(new SentenceInfo(paragraph, first, afterDateline));
            sentenceStart = afterDateline;
        }

        for (int t = sentenceStart; t < end; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Punctuation || !IsTerminal(body[token.Start]))
            {
                continue;
            }

            int next = t + 1;
            bool closesQuote = false;
            while (next < end && IsClosing(body, tokens[next], quotes, ref closesQuote))
            {
                next++;
            }

            // The tokens up to "next" are all closing punctuation: none of them can end a sentence elsewhere.
            bool insideQuote = token.Quote >= 0 && !closesQuote;
            if (insideQuote || next >= end || tokens[next].Start == tokens[next - 1].End)
            {
                t = next - 1;
                continue;
            }

            var following = tokens[next];
            bool startsSentence = NameInterpreter.IsCapitalisedWord(body, following)
                || (following.Kind == TokenKind.Mark && following.Quote >= 0 && quotes[following.Quote].OpenMark == following.Start);
            if (startsSentence)
            {
                sentences.Add(new SentenceInfo(paragraph, sentenceStart, next));
                sentenceStart = next;
            }

            t = next - 1;
        }

        if (sentenceStart < end)
        {
            sentences.Add(new SentenceInfo(paragraph, sentenceStart, end));
        }
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsClosing(string body, Token token, ImmutableArray<RawQuote> quotes, ref bool closesQuote)
    {
        if (token.Kind == TokenKind.Mark)
        {
            if (token.Quote >= 0 && quotes[token.Quote].CloseMark == token.Start)
            {
                closesQuote = true;
                return true;
            }

            return false;
        }

        return token.Kind == TokenKind.Punctuation
            && (IsTerminal(body[token.Start]) || body[token.Start] is ')' or ']' or '\u2019' or '\'');
    }
}
