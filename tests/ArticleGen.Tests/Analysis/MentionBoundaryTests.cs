using System.Linq;
using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis;

// The generator\'s kind, not the runtime\'s ArticleGen.EntityKind that the enclosing namespace would find first.
using EntityKind = ArticleGen.Generator.Model.EntityKind;

/// <summary>Word boundaries are code points: a name is found wherever it stands as a whole, whatever its first character.</summary>
public sealed class MentionBoundaryTests
{
    private static readonly EntitySurface[] Astral =
    [
        Entity("yoshinoya", EntityKind.Organization, "𠮷野家"),
        Entity("alpha", EntityKind.Organization, "𝔄𝔩𝔭𝔥𝔞 Group"),
    ];

    private static readonly EntitySurface[] Punctuated =
    [
        Entity("dotnet", EntityKind.Organization, ".NET Foundation"),
        Entity("ndrangheta", EntityKind.Organization, "’Ndrangheta"),
        Entity("club", EntityKind.Organization, "👩‍👩‍👧 Club"),
    ];

    [Fact]
    public void Names_that_start_with_an_astral_letter_are_mentioned()
    {
        const string body = "Lunch at 𠮷野家 today; 𠮷野家’s menu grew, as did 𝔄𝔩𝔭𝔥𝔞 Group.";

        Assert.Equal(
            [new FoundMention(0, 9, 4), new FoundMention(0, 21, 4), new FoundMention(1, body.IndexOf("𝔄", System.StringComparison.Ordinal), 16)],
            Analyze(body, Astral).Mentions.ToArray());
    }

    [Fact]
    public void An_astral_letter_beside_a_name_makes_it_part_of_a_longer_word()
    {
        // Each half of a surrogate pair is no letter: the pair is.
        Assert.Empty(Analyze("X𠮷野家 and 𠮷野家𝔅 and 𝔅𝔄𝔩𝔭𝔥𝔞 Group and 𝔄𝔩𝔭𝔥𝔞 Group𝔅.", Astral).Mentions);
    }

    [Fact]
    public void Names_that_start_with_punctuation_or_a_symbol_are_mentioned_where_they_stand_as_a_whole()
    {
        const string body = "The .NET Foundation, the ’Ndrangheta and the 👩‍👩‍👧 Club (👩‍👩‍👧 Club). Not ASP.NET Foundation, nor l’’Ndranghetas.";

        Assert.Equal(
            [
                new FoundMention(0, 4, 15),
                new FoundMention(1, body.IndexOf("’Ndrangheta", System.StringComparison.Ordinal), 11),
                new FoundMention(2, body.IndexOf("👩", System.StringComparison.Ordinal), 13),
                new FoundMention(2, body.IndexOf("(👩", System.StringComparison.Ordinal) + 1, 13),
            ],
            Analyze(body, Punctuated).Mentions.ToArray());
    }

    [Fact]
    public void A_catalog_whose_names_start_with_a_hundred_letters_finds_the_same_whole_names()
    {
        // More characters start a key than are searched for at once ("Ālbert", "ālbert", "Ăĺbert", ...): the body is read
        // character by character, with the same rules.
        EntitySurface[] many = Enumerable.Range(0, 100)
            .Select(k => Entity("e" + k, EntityKind.Person, (char)(0x100 + k) + "lbert"))
            .ToArray();
        const string body = "Ālbert met ālbert and Ąlbert; not XĀlbert nor Ālberts.";

        Assert.Equal(
            [new FoundMention(0, 0, 6), new FoundMention(1, 11, 6), new FoundMention(4, 22, 6)],
            Analyze(body, many).Mentions.ToArray());
    }

    [Fact]
    public void The_quote_after_an_astral_name_is_not_said_by_its_last_word()
    {
        const string body = "“We are growing,” 𝔄𝔩𝔭𝔥𝔞 Group said.";

        FoundQuote quote = Assert.Single(Analyze(body, Astral).Quotes);
        Assert.Equal((1, "𝔄𝔩𝔭𝔥𝔞 Group"), (quote.Speaker, quote.SpeakerName));
    }
}
