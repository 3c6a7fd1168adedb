using Portal.Domain.Model.Sessions;

namespace Portal.Tests.Domain.Model.Sessions;

public sealed class UprSessionCalendarTests
{
    [Fact]
    public void Should_Date_Every_Session_From_1_To_50()
    {
        for (var number = 1; number <= 50; number++)
        {
            var session = UprSessionCalendar.Find(number);

            Assert.True(session is not null, $"session {number} has no date");
            Assert.Equal(number, session.Number);
            Assert.NotNull(session.Start.Month);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(12, 1)]
    [InlineData(13, 2)]
    [InlineData(26, 2)]
    [InlineData(27, 3)]
    [InlineData(40, 3)]
    [InlineData(41, 4)]
    [InlineData(50, 4)]
    public void Should_Place_Each_Session_In_Its_Cycle(int number, int cycle)
    {
        Assert.Equal(cycle, UprSessionCalendar.Find(number)?.Cycle);
    }

    [Fact]
    public void Should_Hold_Sessions_In_Order_Of_Their_Dates()
    {
        var starts = UprSessionCalendar.All.Select(s => s.Start).ToList();

        Assert.Equal(starts.Order(), starts);
    }

    [Theory]
    [InlineData("44 - November 2023")]
    [InlineData("44")]
    [InlineData(" 44th ")]
    public void Should_Find_A_Session_Named_As_Exports_Name_It(string text)
    {
        var session = UprSessionCalendar.Find(text);

        Assert.NotNull(session);
        Assert.Equal(44, session.Number);
        Assert.Equal("2023-11-06", session.Start.ToString());
    }

    [Fact]
    public void Should_Store_Only_The_Month_Where_The_Day_Is_Not_Known()
    {
        Assert.Equal("2020-01", UprSessionCalendar.Find(35)?.Start.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("November 2023")]
    [InlineData("999")]
    [InlineData("0")]
    public void Should_Find_No_Session_For_A_Cell_That_Names_None(string? text)
    {
        Assert.Null(UprSessionCalendar.Find(text));
    }
}
