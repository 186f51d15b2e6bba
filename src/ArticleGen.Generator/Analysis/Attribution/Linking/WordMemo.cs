using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// One question about the words of an article, each word's answer worked out on first ask and kept: the questions search
/// the whole body ("which fuller name does the text write for this body's name?"), and their answers depend on the word
/// alone.
/// </summary>
internal sealed class WordMemo
{
    private readonly Func<string, string?> _answer;
    private readonly Dictionary<string, string?> _answers = new(StringComparer.Ordinal);

    public WordMemo(Func<string, string?> answer) => _answer = answer;

    /// <summary>The answer for <paramref name="word"/>, worked out once.</summary>
    public string? For(string word)
    {
        if (!_answers.TryGetValue(word, out string? answer))
        {
            answer = _answer(word);
            _answers[word] = answer;
        }

        return answer;
    }
}
