using ArticleGen.Generator.Analysis;
using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>A paragraph of quotes alone after a paragraph with no quote about one person: that person speaks.</summary>
public sealed class LeadPersonSieveTests
{
    [Theory]
    [InlineData("Maria Lopez crossed the bridge every day.\n\n\"We warned them again and again.\"")]
    [InlineData("Maria Lopez laughed.\n\n\"Not a chance.\"")]
    [InlineData("Maria Lopez has guided ships for 31 years. On Friday she brought in her last one.\n\n\"People think the job is about the big ships.\"")]
    [InlineData("In an interview with the Herald, Maria Lopez, who retires next month, looked back on her career.\n\n\"When I arrived the roof leaked.\"")]
    [InlineData("Maria Lopez, of Mill Road, shared Tom Hale's fears.\n\n\"The big concern I have is traffic.\"")]
    public void A_paragraph_of_quotes_after_a_paragraph_about_one_person_is_theirs(string body)
        => Assert.Equal(("Maria Lopez", AttributionRule.LeadPerson, true), Assert.Single(Quotes(body)));

    [Fact]
    public void The_paragraphs_of_quotes_after_the_first_continue_it()
    {
        const string body = "Maria Lopez has guided ships for 31 years.\n\n\"People think the job is about the ships.\"\n\n\"I have said no to captains.\"";
        Assert.Equal([("Maria Lopez", AttributionRule.LeadPerson, true), ("Maria Lopez", AttributionRule.Continuation, true)], Quotes(body));
    }

    [Theory]
    [InlineData("Maria Lopez crossed the bridge with Tom Hale every day.\n\n\"We warned them again and again.\"")]
    [InlineData("Police arrested Maria Lopez on Monday.\n\n\"We warned them again and again.\"")]
    [InlineData("Maria Lopez crossed the bridge every day.\n\n\"We warned them again and again.\" The bridge closed in May.")]
    [InlineData("Maria Lopez crossed the \"old bridge\" every day.\n\n\"We warned them again and again.\"")]
    public void No_one_speaks_after_two_people_an_object_a_paragraph_with_narration_or_a_quote_before(string body)
        => Assert.Null(Quotes(body)[^1].Speaker);
}
