using Portal.Domain.Model;
using Portal.Domain.Model.Titles;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Model.Titles;

public sealed class RecommendationTitleTests
{
    private static readonly TitleWords Words = new()
    {
        To = "{0} to {1}",
        UprCycle = "UPR cycle {0}",
        Paragraph = "para. {0}",
        CountryName = code => code switch { "ESP" => "Spain", "KEN" => "Kenya", "PRT" => "Portugal", _ => code },
        MechanismName = code => code switch { "CRC" => "Committee on the Rights of the Child", "SP" => "Special procedures", _ => code },
    };

    private static Recommendation Upr(string text = "Increase the supply of affordable and social housing.") =>
        Make.Recommendation("upr-info-1e48999196e3") with
        {
            Text = text,
            RecommendingState = "Portugal",
            Cycle = 3,
            Date = Make.Date("2020-01-24"),
        };

    [Fact]
    public void Should_Title_A_Upr_Recommendation_By_Its_States_Cycle_Year_And_Text()
    {
        Assert.Equal(
            "Portugal to Spain, UPR cycle 3 (2020): Increase the supply of affordable and social housing.",
            RecommendationTitle.Of(Upr(), Words));
    }

    [Fact]
    public void Should_Take_The_Cycle_And_Year_Of_A_Upr_Recommendation_From_Its_Session_When_The_Data_Gives_Neither()
    {
        var recommendation = Upr() with { Cycle = null, Date = null, Session = "44 - November 2023" };

        Assert.StartsWith("Portugal to Spain, UPR cycle 4 (2023): ", RecommendationTitle.Of(recommendation, Words), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Name_The_State_Alone_When_The_Recommending_State_Is_Unknown()
    {
        var recommendation = Upr() with { RecommendingState = null, Cycle = null, Date = null };

        Assert.Equal("Spain: Increase the supply of affordable and social housing.", RecommendationTitle.Of(recommendation, Words));
    }

    [Fact]
    public void Should_Name_A_Recommending_State_Written_As_Its_Iso_Code()
    {
        var recommendation = Upr() with { RecommendingState = "PRT" };

        Assert.StartsWith("Portugal to Spain,", RecommendationTitle.Of(recommendation, Words), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Cut_A_Long_Text_At_A_Word_With_An_Ellipsis()
    {
        var text = "Increase the supply of affordable and social housing and strengthen measures that secure access to adequate housing for young people.";

        var title = RecommendationTitle.Of(Upr(text), Words);

        var opening = title[(title.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        Assert.Equal("Increase the supply of affordable and social housing and strengthen measures…", opening);
        Assert.True(opening.Length <= RecommendationTitle.OpeningLength + 1);
    }

    [Theory]
    [InlineData("Ensure access to justice, to housing, to water", 25, "Ensure access to justice…")]
    [InlineData("Ensure access to justice, to housing, to water", 24, "Ensure access to…")]
    [InlineData("Supercalifragilisticexpialidocious", 10, "Supercalif…")]
    [InlineData("Short   text\nwith\tspaces", 80, "Short text with spaces")]
    public void Should_Cut_A_Text_At_The_Last_Word_That_Fits(string text, int length, string expected)
    {
        Assert.Equal(expected, TextOpening.Of(text, length, "…"));
    }

    [Fact]
    public void Should_Never_Split_A_Surrogate_Pair_When_A_Word_Is_Longer_Than_The_Limit()
    {
        var opening = TextOpening.Of("abc😀def", 4, "…");

        Assert.Equal("abc…", opening);
    }

    [Fact]
    public void Should_Title_A_Treaty_Body_Recommendation_By_Body_State_Symbol_And_Paragraph()
    {
        var recommendation = Make.Recommendation("uhri-dcc0c6c9", country: "KEN") with
        {
            Mechanism = "CRC",
            Symbol = "CRC/C/KEN/CO/3-5",
            Paragraph = "24",
        };

        Assert.Equal("Committee on the Rights of the Child to Kenya, CRC/C/KEN/CO/3-5, para. 24", RecommendationTitle.Of(recommendation, Words));
    }

    [Fact]
    public void Should_Title_A_Special_Procedure_Recommendation_By_Its_Document()
    {
        var recommendation = Make.Recommendation("uhri-1", country: "KEN") with { Mechanism = "SP", Symbol = "A/HRC/47/30/Add.1" };

        Assert.Equal("Special procedures to Kenya, A/HRC/47/30/Add.1", RecommendationTitle.Of(recommendation, Words));
    }

    [Fact]
    public void Should_Title_A_Special_Procedure_Recommendation_By_Its_Mandate_When_The_Data_Names_It()
    {
        var recommendation = Make.Recommendation("uhri-2", country: "KEN") with
        {
            Mechanism = "SP",
            Body = "Special Rapporteur on the right to adequate housing",
            Symbol = "A/HRC/47/30/Add.1",
        };

        Assert.Equal("Special Rapporteur on the right to adequate housing to Kenya, A/HRC/47/30/Add.1", RecommendationTitle.Of(recommendation, Words));
    }

    [Fact]
    public void Should_Fall_Back_On_The_Text_When_A_Body_Recommendation_Names_No_Document()
    {
        var recommendation = Make.Recommendation("impact-oss-7", country: "KEN") with { Mechanism = "CRC", Text = "Raise the age of criminal responsibility." };

        Assert.Equal("Committee on the Rights of the Child to Kenya: Raise the age of criminal responsibility.", RecommendationTitle.Of(recommendation, Words));
    }

    [Fact]
    public void Should_Use_The_Title_The_Data_Owner_Wrote()
    {
        var recommendation = Upr() with { Title = "  Affordable housing for young people  " };

        Assert.Equal("Affordable housing for young people", RecommendationTitle.Of(recommendation, Words));
    }

    [Fact]
    public void Should_Make_A_Title_When_The_Written_Title_Is_Blank()
    {
        var recommendation = Upr() with { Title = "   " };

        Assert.StartsWith("Portugal to Spain", RecommendationTitle.Of(recommendation, Words), StringComparison.Ordinal);
    }
}
