using Portal.Domain.Model;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2025", 2025, null, null)]
    [InlineData("2025-06", 2025, 6, null)]
    [InlineData("2025-06-30", 2025, 6, 30)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData(" 2025-06 ", 2025, 6, null)]
    public void Should_Parse_A_Year_A_Month_Or_A_Day(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-00")]
    [InlineData("2025-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("25-01-01")]
    [InlineData("2025/06/30")]
    [InlineData("2025-6")]
    [InlineData("2025-06-1")]
    [InlineData("2025-06-30-01")]
    [InlineData("2025-")]
    [InlineData("0000")]
    [InlineData("30/06/2025")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Should_Reject_Text_That_Is_Not_An_ISO_Calendar_Date(string? text) =>
        Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2025-06-30", "2025-06-30", "2025-06-30")]
    public void Should_Stand_For_The_Whole_Period_It_Names(string text, string start, string end)
    {
        var date = Make.Date(text);

        Assert.Equal(DateOnly.ParseExact(start, "yyyy-MM-dd"), date.Start);
        Assert.Equal(DateOnly.ParseExact(end, "yyyy-MM-dd"), date.End);
    }

    [Theory]
    [InlineData("2025", 2025.0)]
    [InlineData("2024-07-01", 2024 + 182.0 / 366)]
    [InlineData("2025-07-01", 2025 + 181.0 / 365)]
    [InlineData("2025-12", 2025 + 334.0 / 365)]
    public void Should_Give_The_Start_Of_The_Period_As_A_Decimal_Year(string text, double year) =>
        Assert.Equal(year, Make.Date(text).DecimalYear, 1e-12);

    [Fact]
    public void Should_Order_By_Start_Then_By_End()
    {
        string[] shuffled = ["2025-06-30", "2025", "2024-12-31", "2025-06", "2025-01"];

        var ordered = shuffled.Select(Make.Date).Order().Select(d => d.ToString());

        Assert.Equal(["2024-12-31", "2025-01", "2025", "2025-06", "2025-06-30"], ordered);
    }

    [Fact]
    public void Should_Compare_With_Operators_Consistently()
    {
        var earlier = Make.Date("2025-05");
        var later = Make.Date("2025-06-01");

        Assert.True(earlier < later);
        Assert.True(later > earlier);
        Assert.True(earlier <= Make.Date("2025-05"));
        Assert.False(earlier >= later);
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2025-06")]
    [InlineData("2025-06-03")]
    [InlineData("0999-01-01")]
    public void Should_Print_The_Text_It_Was_Parsed_From(string text) =>
        Assert.Equal(text, Make.Date(text).ToString());

    [Fact]
    public void Should_Make_Dates_From_A_Year_Or_A_Calendar_Date()
    {
        Assert.Equal(Make.Date("2026"), PartialDate.FromYear(2026));
        Assert.Equal(Make.Date("2026-03-15"), PartialDate.FromDate(new DateOnly(2026, 3, 15)));
    }
}
