using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Portal.Domain.Model;
using Portal.OpenData;

namespace Portal.Tests.OpenData;

/// <summary>The CSV and JSON writers keep every value intact, whatever characters it holds, and the JSON is safe to paste anywhere.</summary>
public sealed class TableWriterTests
{
    private static readonly string[] Hostile =
    [
        "plain",
        "a, comma",
        "a \"quoted\" word",
        "two\nlines",
        "</script><script>alert('x')</script> & more",
        " leading and trailing spaces ",
        "Ipê Dourado — São Paulo",
        "",
    ];

    [Fact]
    public void Should_Read_Back_Every_Csv_Cell_As_Written()
    {
        var text = WriteCsv(Table());

        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(Hostile, rows.Select(row => (string)row["value"]));
        Assert.Equal(Hostile.Select((_, i) => (i * 1.5).ToString("R", CultureInfo.InvariantCulture)), rows.Select(row => (string)row["number"]));
        Assert.Equal("a;b", (string)rows[0]["list"]);
        Assert.Equal("2025-06", (string)rows[0]["date"]);
        Assert.Equal("true", (string)rows[0]["flag"]);
    }

    [Fact]
    public void Should_Write_Csv_Numbers_The_Same_Under_Any_Culture()
    {
        var current = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Contains(",1.5,", WriteCsv(Table()), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
        }
    }

    [Fact]
    public void Should_Escape_Markup_And_Quotes_In_The_Json_And_Keep_The_Values()
    {
        using var stream = new MemoryStream();
        JsonTableWriter.Write(Table(), new DateOnly(2026, 6, 30), stream);
        var json = Encoding.UTF8.GetString(stream.ToArray());

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('\'', json);
        Assert.DoesNotContain("& more", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var records = document.RootElement.GetProperty("test").EnumerateArray().ToList();
        Assert.Equal(Hostile, records.Select(r => r.GetProperty("value").GetString()));
        Assert.Equal(JsonValueKind.Array, records[0].GetProperty("list").ValueKind);
        Assert.Equal(JsonValueKind.Null, records[1].GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.True, records[0].GetProperty("flag").ValueKind);
    }

    [Fact]
    public void Should_Leave_A_Number_That_Is_Not_Finite_Empty()
    {
        var columns = new ColumnList<double>().Text("id", v => v.ToString(CultureInfo.InvariantCulture)).Number("ratio", v => v, decimals: 3);
        var table = new DataTable<double>("ratios", columns, [double.PositiveInfinity, double.NaN, 0.12345], []);

        Assert.Equal("id,ratio\nInfinity,\nNaN,\n0.12345,0.123\n", WriteCsv(table));
    }

    private static DataTable<int> Table()
    {
        var columns = new ColumnList<int>()
            .Text("value", i => Hostile[i])
            .Number("number", i => i * 1.5)
            .List("list", i => i == 0 ? ["a", "b"] : [])
            .Date("date", i => i == 0 && PartialDate.TryParse("2025-06", out var d) ? d : null)
            .Boolean("flag", i => i == 0);
        return new DataTable<int>("test", columns, [.. Enumerable.Range(0, Hostile.Length)], ["value"]);
    }

    private static string WriteCsv(IDataTable table)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(table, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
