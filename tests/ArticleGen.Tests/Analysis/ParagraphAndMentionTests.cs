using System.Linq;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Model;
using Xunit;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis;

// The generator\'s kind, not the runtime\'s ArticleGen.EntityKind that the enclosing namespace would find first.
using EntityKind = ArticleGen.Generator.Model.EntityKind;

public sealed class ParagraphAndMentionTests
{
    [Fact]
    public void Paragraphs_are_separated_by_blank_and_whitespace_only_lines()
    {
        const string body = "\n\nFirst line\nsecond line\n\n \t\n\nThird\n\n";
        var analysis = Analyze(body);

        Assert.Equal(
            [new BodySpanInfo(2, "First line\nsecond line".Length), new BodySpanInfo(body.IndexOf("Third", System.StringComparison.Ordinal), 5)],
            analysis.Paragraphs.ToArray());
    }

    [Fact]
    public void Empty_and_blank_bodies_have_no_paragraphs()
    {
        Assert.Empty(Analyze(string.Empty).Paragraphs);
        Assert.Empty(Analyze(" \n \n\t").Paragraphs);
    }

    [Fact]
    public void Longest_form_wins_across_entities()
    {
        const string body = "Wang Xiaohong met Wang in the South China Sea, far from China.";
        var analysis = Analyze(
            body,
            Entity("wang-yi", EntityKind.Person, "Wang Yi", "Wang"),
            Entity("wang-xiaohong", EntityKind.Person, "Wang Xiaohong"),
            Entity("china", EntityKind.Place, "China"),
            Entity("scs", EntityKind.Place, "South China Sea"));

        Assert.Equal(
            [
                new FoundMention(1, 0, 13),
                new FoundMention(0, 18, 4),
                new FoundMention(3, body.IndexOf("South", System.StringComparison.Ordinal), 15),
                new FoundMention(2, body.LastIndexOf("China", System.StringComparison.Ordinal), 5),
            ],
            analysis.Mentions.ToArray());
    }

    [Fact]
    public void Mentions_are_whole_words_case_sensitive_and_possessives_count()
    {
        const string body = "China’s and China's plans; Chinatown, china and IndoChina are not; (China) is.";
        var analysis = Analyze(body, Entity("china", EntityKind.Place, "China"));

        Assert.Equal([0, 12, body.IndexOf("(China)", System.StringComparison.Ordinal) + 1], analysis.Mentions.Select(m => m.Start).ToArray());
        Assert.All(analysis.Mentions, m => Assert.Equal(5, m.Length));
    }

    [Fact]
    public void Forms_with_dots_and_aliases_shared_by_two_entities_go_to_the_first()
    {
        const string body = "The U.S. side and the U.S. State Department.";
        var analysis = Analyze(
            body,
            Entity("us", EntityKind.Place, "United States", "U.S."),
            Entity("dept", EntityKind.Organization, "U.S. State Department"),
            Entity("dup", EntityKind.Other, "U.S."));

        Assert.Equal([new FoundMention(0, 4, 4), new FoundMention(1, 22, 21)], analysis.Mentions.ToArray());
    }
}
