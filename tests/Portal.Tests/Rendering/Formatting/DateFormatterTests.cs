using System.Globalization;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Rendering.Formatting;
using Portal.Rendering.Theme;

namespace Portal.Tests.Rendering.Formatting;

public sealed class DateFormatterTests
{
    private static readonly DateFormatter English = new(ThemeFolder.Load(RepositoryPaths.Theme, "en", new DiagnosticBag()).Strings);

    [Theory]
    [InlineData("2026-12-04", "4 December 2026")]
    [InlineData("2026-01-31", "31 January 2026")]
    [InlineData("2026-06", "June 2026")]
    [InlineData("2027", "2027")]
    [InlineData("0999-05-01", "1 May 999")]
    public void Should_Write_A_Date_As_People_Write_It_To_The_Precision_It_Was_Given(string iso, string expected) =>
        Assert.Equal(expected, English.Text(Parse(iso)));

    [Fact]
    public void Should_Take_Month_Names_And_Patterns_From_The_Language_File_Not_From_The_Machine()
    {
        var strings = new Dictionary<string, string>
        {
            ["dates.day"] = "{0}. {1} {2}",
            ["dates.month"] = "{0} {1}",
            ["dates.year"] = "im Jahr {0}",
        };
        for (var month = 1; month <= 12; month++)
        {
            strings[$"dates.month-{month}"] = $"Monat{month}";
        }

        var german = new DateFormatter(new UiStrings("de.yml", strings));

        Assert.Equal("4. Monat12 2026", german.Text(Parse("2026-12-04")));
        Assert.Equal("Monat6 2026", german.Text(Parse("2026-06")));
        Assert.Equal("im Jahr 2027", german.Text(Parse("2027")));
    }

    [Fact]
    public void Should_Write_The_Same_Date_Whatever_The_Culture_Of_The_Machine()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Assert.Equal("4 December 2026", English.Text(Parse("2026-12-04")));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static PartialDate Parse(string iso) =>
        PartialDate.TryParse(iso, out var date) ? date : throw new ArgumentException($"not a date: {iso}", nameof(iso));
}
