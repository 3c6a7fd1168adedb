using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>
/// tests/fixtures/invalid-data holds one of each kind of error; expected.txt beside it is every message
/// validate must print, in order. The diff is the test.
/// </summary>
public sealed class InvalidDataTests
{
    private static readonly string Fixture = RepositoryPaths.Fixture("invalid-data");

    [Fact]
    public void Should_Report_Every_Kind_Of_Error_With_Its_File_Line_And_Column()
    {
        var report = new SiteValidator().Validate(BuildOptionsFor.Fixture("invalid-data", "unused"));

        var actual = report.Diagnostics.Select(d => Relative(d.ToString())).ToList();
        var expected = File.ReadAllLines(Path.Combine(Fixture, "expected.txt"));
        Assert.Equal(expected, actual);
        Assert.False(report.Succeeded);
    }

    [Fact]
    public void Should_Write_Nothing_When_The_Data_Has_Errors()
    {
        using var folder = new TemporaryFolder();
        var report = new SiteBuilder().Build(BuildOptionsFor.Fixture("invalid-data", folder.Combine("output")));

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.PagesWritten);
        Assert.False(Directory.Exists(folder.Combine("output")));
    }

    [Fact]
    public void Should_Account_For_Every_Row_As_Valid_Or_Reported()
    {
        var report = new SiteValidator().Validate(BuildOptionsFor.Fixture("invalid-data", "unused"));
        var cities = report.Files.Single(f => f.Path.EndsWith("cities.csv", StringComparison.Ordinal));

        Assert.Equal(4, cities.RowsRead);
        Assert.Equal(3, cities.RowsWithErrors);
        Assert.Equal(cities.RowsRead, cities.RowsPublished + cities.RowsWithErrors);
    }

    private static string Relative(string diagnostic)
    {
        var prefix = Fixture.Replace('\\', '/') + "/";
        var index = diagnostic.IndexOf(prefix, StringComparison.Ordinal);
        return index < 0 ? diagnostic : diagnostic.Remove(index, prefix.Length);
    }
}
