using Portal.Domain.Diagnostics;
using Portal.Tests.Support;

namespace Portal.Tests.Loading;

/// <summary>A script vector in a typed column is refused at its cell: it never reaches a page as an id, a URL or a date.</summary>
public sealed class HostileValueTests
{
    private const string Vector = "<script>alert(1)</script>";

    [Theory]
    [InlineData("id", Vector)]
    [InlineData("country", Vector)]
    [InlineData("population", Vector)]
    [InlineData("website", "javascript:alert(1)")]
    [InlineData("website", "data:text/html,<script>alert(1)</script>")]
    [InlineData("declared", Vector)]
    public void Should_Refuse_A_Script_Vector_In_A_Typed_City_Column(string column, string value)
    {
        var diagnostics = new DiagnosticBag();
        var header = "id,name,country,population,website,declared";
        var cells = new Dictionary<string, string> { ["id"] = "alpha", ["name"] = "Alpha", ["country"] = "ESP", ["population"] = "1", ["website"] = "https://example.org", ["declared"] = "2020" };
        cells[column] = value;
        var row = string.Join(',', header.Split(',').Select(c => "\"" + cells[c].Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

        new Portal.Loading.Tables.CitiesTable().Read(new Portal.Loading.Tables.RowReader(TestCsv.Row(header, row, diagnostics), diagnostics));

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains($"'{column}'", error.Message, StringComparison.Ordinal);
    }
}
