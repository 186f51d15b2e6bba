using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Analysis;
using Xunit;

namespace ArticleGen.Tests.Queries;

/// <summary>
/// Mentions (the generator) and search (the runtime) share one definition of a word: every word the search tokenizer
/// finds, declared as an entity's name, is mentioned exactly where the tokenizer found it, and nowhere inside another
/// word: combining marks continue a word, a letter outside the Basic Multilingual Plane is a letter.
/// </summary>
public sealed class WordRuleTests
{
    [Theory]
    [InlineData("Zu\u0308rich and Zurich met in Zu.")]
    [InlineData("\U0001D504\U0001D529\U0001D52D\U0001D525\U0001D51E Group and the \U00020BB7\u91CE\u5BB6 chain")]
    [InlineData("Cafe\u0301 owners in Sa\u0303o Paulo, and cafe owners too")]
    [InlineData("Talks in \u5317\u4EAC; 3.5 per cent; x2 and 2x.")]
    public void Every_word_of_search_is_a_whole_word_for_mentions(string body)
    {
        foreach ((int start, int length) in SearchWords(body).Distinct())
        {
            string word = body.Substring(start, length);
            int[] expected = SearchWords(body).Where(w => body.Substring(w.Start, w.Length) == word).Select(w => w.Start).ToArray();

            ImmutableArray<FoundMention> mentions = MentionFinder.Find(
                body, [new EntitySurface("e", ArticleGen.Generator.Model.EntityKind.Other, word, ImmutableArray<string>.Empty)], CancellationToken.None);

            Assert.Equal(expected, mentions.Select(m => m.Start).ToArray());
            Assert.All(mentions, m => Assert.Equal(length, m.Length));
        }
    }

    [Fact]
    public void A_base_letter_before_a_combining_mark_is_no_word_of_its_own()
    {
        const string body = "Zu\u0308rich";

        Assert.Empty(MentionFinder.Find(body, [new EntitySurface("zu", ArticleGen.Generator.Model.EntityKind.Place, "Zu", ImmutableArray<string>.Empty)], CancellationToken.None));
        Assert.Equal([(0, body.Length)], SearchWords(body));
    }

    private static List<(int Start, int Length)> SearchWords(string text)
    {
        var words = new List<(int, int)>();
        var tokenizer = new Tokenizer(text);
        while (tokenizer.Next(out int start, out int length))
        {
            words.Add((start, length));
        }

        return words;
    }
}
