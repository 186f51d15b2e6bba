using Xunit;
using static ArticleGen.Tests.Analysis.Stages.StageAssert;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>Organisation names that "and", "&amp;" or a list with commas runs through speak by their whole name.</summary>
public sealed class JoinedOrganizationTests
{
    [Theory]
    [InlineData("\"We are reviewing the data,\" the Food and Drug Administration said on Monday.", "Food and Drug Administration")]
    [InlineData("The Food and Drug Administration said it was \"reviewing the data\".", "Food and Drug Administration")]
    [InlineData("\"We are on scene,\" said a spokesperson for the Oxfordshire Fire and Rescue Service.", "Oxfordshire Fire and Rescue Service")]
    [InlineData("\"The item was protruding,\" said a spokesman for the Devon and Cornwall Police.", "Devon and Cornwall Police")]
    [InlineData("Avon and Somerset Constabulary said the road was \"closed until further notice\".", "Avon and Somerset Constabulary")]
    [InlineData("\"We are sorry,\" said Calder and Ryburn Hospitals NHS Trust.", "Calder and Ryburn Hospitals NHS Trust")]
    [InlineData("\"We are sorry,\" Marks & Spencer said.", "Marks & Spencer")]
    [InlineData("The firm Baxter, Lyle & Oduya said it was \"disappointed\".", "Baxter, Lyle & Oduya")]
    [InlineData("The Scottish Teachers and Lecturers Organisation said the offer was \"an insult\".", "Scottish Teachers and Lecturers Organisation")]
    [InlineData("\"We are sorry,\" said the Potters and Glaziers Guild.", "Potters and Glaziers Guild")]
    public void A_name_joined_by_and_before_a_body_noun_or_by_an_ampersand_is_one_organisation(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The National Emergency and Civil Protection Authority said the fire was \"very active\".", "National Emergency and Civil Protection Authority")]
    [InlineData("Portugal's National Emergency and Civil Protection Authority said the fire was \"very active\".", "National Emergency and Civil Protection Authority")]
    public void A_joined_name_whose_first_run_is_no_name_alone_is_one_organisation_without_its_owner(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("KK Women's and Children's Hospital said mother and baby were \"well and resting\".", "KK Women's and Children's Hospital")]
    [InlineData("Ines Duarte's and Tom Hale's lawyers said the ruling was \"unjust\".", "lawyers")]
    public void A_group_of_people_s_possessive_may_join_a_body_s_name_and_a_person_s_may_not(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("\"We will act,\" the Ministry of Housing, Communities and Local Government said.", "Ministry of Housing, Communities and Local Government")]
    [InlineData("The Bureau of Alcohol, Tobacco, Firearms and Explosives said it was \"reviewing the data\".", "Bureau of Alcohol, Tobacco, Firearms and Explosives")]
    [InlineData("The Department for Environment, Food and Rural Affairs said it was \"reviewing the data\".", "Department for Environment, Food and Rural Affairs")]
    [InlineData("The Department of Agriculture, Food and the Marine said it was \"taking all necessary steps\".", "Department of Agriculture, Food and the Marine")]
    public void A_list_after_a_body_s_of_or_for_is_part_of_its_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Ministry of Domestic Trade and Cost of Living said it would \"take action\".", "Ministry of Domestic Trade and Cost of Living")]
    [InlineData("The Ministry of Domestic Trade and Cost of Living fined 40 traders. \"We will act,\" the ministry said.", "Ministry of Domestic Trade and Cost of Living")]
    [InlineData("Ines Duarte of the Ministry of Domestic Trade and Cost of Living said it would \"take action\".", "Ines Duarte")]
    public void The_closing_part_after_a_body_s_of_may_go_on_over_its_own_of(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("The Commission on Climate Change said it was \"ready.\"", "Commission on Climate Change")]
    [InlineData("\"We are ready,\" the Intergovernmental Panel on Climate Change said.", "Intergovernmental Panel on Climate Change")]
    [InlineData("The Court of Arbitration for Sport said her account was \"not credible.\"", "Court of Arbitration for Sport")]
    [InlineData("The Court of Arbitration for Sport banned her. In its ruling, the court said her account was \"not credible.\"", "Court of Arbitration for Sport")]
    [InlineData("The Office of the High Commissioner for Human Rights said it was \"alarmed\".", "Office of the High Commissioner for Human Rights")]
    [InlineData("The captain was praised by the British Pilots' Guild, which said she had done it \"by the book.\"", "British Pilots' Guild")]
    public void A_body_s_name_goes_on_over_for_or_on_after_its_head_even_where_the_run_reads_as_a_person(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Tidewater Society for the Protection of Birds said it was \"appalled\".", "Tidewater Society for the Protection of Birds")]
    [InlineData("A spokesperson for the Tidewater Society for the Protection of Birds said it was \"appalled\".", "Tidewater Society for the Protection of Birds")]
    [InlineData("The Ministry of Health of Tidewater said the outbreak was \"under control\".", "Ministry of Health of Tidewater")]
    [InlineData("The Committee to Protect Journalists said the arrest was \"outrageous\".", "Committee to Protect Journalists")]
    [InlineData("The Court of Appeal of England and Wales said the ruling was \"flawed\".", "Court of Appeal of England and Wales")]
    [InlineData("Ines Duarte of the Ministry of Health of Tidewater said the outbreak was \"under control\".", "Ines Duarte")]
    [InlineData("A doctor at the Tidewater Society for the Protection of Birds said it was \"appalled\".", "doctor")]
    [InlineData("Ines Duarte, a fellow at the Tidewater Society for the Protection of Birds said it was \"appalled\".", "Ines Duarte")]
    [InlineData("The Ministry of Health and Ines Duarte said the outbreak was \"under control\".", "Ines Duarte")]
    [InlineData("The Organization for Security and Co-operation in Tidewater said it \"does not recognise\" the results.", "Organization for Security and Co-operation in Tidewater")]
    [InlineData("Observers from the Organization for Security and Co-operation in Tidewater said the vote had been \"competitive\".", "Organization for Security and Co-operation in Tidewater")]
    public void A_body_s_name_goes_on_from_its_head_over_of_for_the_and_to_to_the_run_before_the_verb(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Fact]
    public void In_after_of_names_a_place_not_part_of_the_body_s_name()
        => Assert.NotEqual("Ministry of Health in Tidewater", Assert.Single(Quotes("The Ministry of Health in Tidewater said the outbreak was \"under control\".")).Speaker);

    [Theory]
    [InlineData("\"The outbreak is under control,\" said the Ministry of Health of Tidewater.", "Ministry of Health of Tidewater")]
    [InlineData("\"The arrest is outrageous,\" said the Committee to Protect Journalists in a statement.", "Committee to Protect Journalists")]
    [InlineData("\"The strike was a success,\" said the Ministry of Defence, adding that more would follow.", "Ministry of Defence")]
    [InlineData("According to the Ministry of Defence, the strike was \"a success\".", "Ministry of Defence")]
    [InlineData("According to the Ministry of Health of Tidewater, the outbreak is \"under control\".", "Ministry of Health of Tidewater")]
    [InlineData("\"We are ready,\" said the Tidewater Commission on Tuesday.", "Tidewater Commission")]
    public void After_the_verb_a_body_s_name_goes_on_over_of_to_and_for_to_a_comma_or_the_clause_s_end(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The City of Tidewater said the water was \"safe\".", "City of Tidewater")]
    [InlineData("The Port of Tidewater Authority said the pilot was \"the best\".", "Port of Tidewater Authority")]
    [InlineData("The Diocese of Tidewater said the water was \"safe\".", "Diocese of Tidewater")]
    [InlineData("\"The water is safe,\" said the City of Tidewater.", "City of Tidewater")]
    [InlineData("According to the City of Tidewater, the water is \"safe\".", "City of Tidewater")]
    [InlineData("Jo Lee of the City of Tidewater said the water was \"safe\".", "Jo Lee")]
    [InlineData("A spokesperson for the Office for the District of Tidewater said the claim was \"baseless\".", "Office for the District of Tidewater")]
    public void A_place_s_body_named_by_its_head_of_and_the_place_speaks_by_the_whole_name(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);

    [Theory]
    [InlineData("The Retail and Allied Trades Union called the offer \"an insult\". \"We will ballot members,\" the union said.", "Retail and Allied Trades Union")]
    [InlineData("The Department for Environment, Food and Rural Affairs met on Monday. \"We will act,\" the department said.", "Department for Environment, Food and Rural Affairs")]
    [InlineData("The Archdiocese of Tidewater will close the church. \"The decision was reached after review,\" the Archdiocese said.", "Archdiocese of Tidewater")]
    [InlineData("The Diocese of Tidewater will close the church. \"The decision was reached after review,\" the diocese said.", "Diocese of Tidewater")]
    public void The_body_noun_later_stands_for_the_whole_name(string body, string speaker)
        => Assert.Equal(speaker, Quotes(body)[^1].Speaker);

    [Theory]
    [InlineData("Tom Hale and Rescue Service staff met on Monday. \"We are tired,\" said Tom Hale.", "Tom Hale")]
    [InlineData("Britain and France met in May. \"We agree,\" said the Foreign Office.", "Foreign Office")]
    [InlineData("\"We agree,\" said Britain and the European Commission.", "Britain")]
    [InlineData("\"We agree,\" said Jo Lee of the Ministry of Defence, Rachel Green and Tom Hale.", "Jo Lee")]
    public void Names_that_and_joins_stay_apart_when_no_body_noun_ends_them(string body, string speaker)
        => Assert.Equal(speaker, Assert.Single(Quotes(body)).Speaker);
}
