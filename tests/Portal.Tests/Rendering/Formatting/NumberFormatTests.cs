using System.Globalization;
using Portal.Rendering;

namespace Portal.Tests.Rendering.Formatting;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1_000, "1,000")]
    [InlineData(41_127, "41,127")]
    [InlineData(1_234_567.5, "1,234,567.5")]
    [InlineData(-4_000.25, "-4,000.25")]
    [InlineData(0.126, "0.13")]
    public void Should_Group_Thousands_With_Commas_And_Keep_Two_Decimals_At_Most(double value, string expected) =>
        Assert.Equal(expected, Format.Number(value));

    [Fact]
    public void Should_Write_The_Same_Number_Whatever_The_Culture_Of_The_Machine()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("41,127.5", Format.Number(41_127.5));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
