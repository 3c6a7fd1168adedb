using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Loading.Tables;
using Portal.Tests.Support;

namespace Portal.Tests.Loading.Tables;

public sealed class TableReaderTests
{
    private readonly DiagnosticBag _diagnostics = new();

    [Fact]
    public void Should_Report_A_Missing_Required_Column_At_The_Header()
    {
        Read(TestCsv.Lines("id,name", "bcn,Barcelona"));

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:1:1: error", "required column 'country' is missing from the header");
    }

    [Fact]
    public void Should_Warn_About_An_Unknown_Column_At_Its_Name_And_List_The_Known_Ones()
    {
        Read(TestCsv.Lines("id,name,country,mayor", "bcn,Barcelona,ESP,Someone"));

        var warning = DiagnosticAssert.Single(_diagnostics, "data/test.csv:1:17: warning", "unknown column 'mayor' is ignored");
        Assert.EndsWith("cities.csv has: id, name, country, level, population, latitude, longitude, website, declared, networks, summary", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Column_That_Appears_Twice_At_Its_Second_Occurrence()
    {
        Read(TestCsv.Lines("id,name,country,Name", "bcn,Barcelona,ESP,Barna"));

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:1:17: error", "column 'Name' appears twice in the header");
    }

    [Fact]
    public void Should_Read_Every_Row_Even_Those_With_Errors()
    {
        var cities = Read(TestCsv.Lines("id,name,country", "bcn,Barcelona,esp", "mad,,ESP", "gva,Geneva,CHE"));

        Assert.Equal(["bcn", "mad", "gva"], cities.Select(c => c.Id));
        Assert.Equal(["data/test.csv:2:15", "data/test.csv:3:5"], _diagnostics.Items.Select(d => d.Location.ToString()));
    }

    [Fact]
    public void Should_Match_The_Header_Without_Regard_To_Case()
    {
        var cities = Read(TestCsv.Lines("ID,Name,COUNTRY,Networks", "bcn,Barcelona,ESP,UCLG; ECCAR"));

        Assert.Empty(_diagnostics.Items);
        var city = Assert.Single(cities);
        Assert.Equal(("bcn", "Barcelona", "ESP"), (city.Id, city.Name, city.Country));
        Assert.Equal(["UCLG", "ECCAR"], city.Networks);
        Assert.Equal(new SourceLocation(TestCsv.Path, 2, 1), city.Row);
    }

    private IReadOnlyList<City> Read(string text) =>
        TableReader.Read(new CitiesTable(), TestCsv.Read(text, _diagnostics), _diagnostics);
}
