using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>A paragraph opening with a quote and no source of its own resumes the last speaker across narration that
/// brings in no one else.</summary>
public sealed class ResumedQuoteSieveTests
{
    [Theory]
    [InlineData("\"We played well,\" said coach Tomas Brandt.\n\nBrandt believes the squad has grown since March.\n\nThe club sits third.\n\n\"They never stopped running.\"")]
    [InlineData("\"We played well,\" said coach Tomas Brandt. The match ended 2-1.\n\n\"They never stopped running.\"")]
    [InlineData("\"We played well,\" said coach Tomas Brandt.\n\nAt least seven of his players started every game.\n\nA long season\n\n\"They never stopped running.\"")]
    [InlineData("\"We played well,\" said coach Tomas Brandt.\n\nThe squad trained in Ines Duarte's old gym.\n\n\"They never stopped running.\"")]
    public void A_bare_quote_paragraph_after_narration_resumes_the_last_speaker(string body)
        => Assert.Equal(("Tomas Brandt", AttributionRule.Continuation, true), Quotes(body)[^1]);

    [Theory]
    [InlineData("\"We played well,\" said coach Tomas Brandt.\n\nInes Duarte, the visitors' coach, was less pleased.\n\n\"They never stopped running.\"")]
    [InlineData("\"We played well,\" said coach Tomas Brandt.\n\nThe match ended 2-1.\n\n\"They never stopped running.\" The win lifts Ines Duarte's side to third.")]
    [InlineData("\"We played well,\" said coach Tomas Brandt.\n\nThe match ended 2-1.\n\nRovers are third.\n\nThe cup comes next.\n\nTickets are on sale.\n\n\"They never stopped running.\"")]
    public void No_one_is_resumed_after_another_subject_a_name_in_the_paragraph_or_four_paragraphs(string body)
        => Assert.NotEqual("Tomas Brandt", Quotes(body)[^1].Speaker);

    [Fact]
    public void A_title_given_a_source_is_no_speech_to_resume()
        => Assert.Null(Quotes("The Senate passed the \"Rural Broadband Act\", the Herald reported. The vote was 51 to 49.\n\n\"For too long we have waited.\"")[^1].Speaker);
}
