using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>Linking a speaker's name in the text to the fullest name the article gave before.</summary>
public sealed class SpeakerLinkerTests
{
    [Theory]
    [InlineData("The Syrian Democratic Forces (SDF) held the town.\n\n\"We agreed,\" SDF said.", "Syrian Democratic Forces")]
    [InlineData("The Rebel-led Northern Harbour Guards (NHG) held the town.\n\n\"We agreed,\" the NHG said.", "Northern Harbour Guards")]
    [InlineData("Ford Motor Company opened an inquiry.\n\n\"We cooperate,\" Ford said.", "Ford Motor Company")]
    [InlineData("Governor Ricardo Rosselló Nevares resigned.\n\n\"I leave,\" Rosselló said.", "Ricardo Rosselló Nevares")]
    [InlineData("Prosecutor Kama Melly QC said they were \"vulnerable\".", "Kama Melly")]
    [InlineData("President Abdel Fattah el-Sisi of Egypt said, \"We are ready.\"", "Abdel Fattah el-Sisi")]
    public void A_short_form_links_to_the_full_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("An official government Twitter account made the announcement: \"Cases are rising.\"")]
    [InlineData("\"Cases are rising,\" Twitter said.")]
    public void A_platform_is_never_the_speaker(string body)
        => Assert.Null(Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("Senator Dana Holt met voters. Her son Miles Holt joined her.\n\n\"We will win,\" Holt said.", "Dana Holt")]
    [InlineData("Amos Tembo spoke first. Later, Amos Kenneth Tembo added a word.\n\n\"Only the people will remove me,\" Tembo said.", "Amos Kenneth Tembo")]
    public void A_surname_links_to_the_first_person_introduced_with_it_in_the_fullest_form(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);
}
