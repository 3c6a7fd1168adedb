using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Loading.Tables;
using Portal.Tests.Support;
using Portal.TextFiles.Csv;

namespace Portal.Tests.Loading.Csv;

public sealed class RowReaderTests
{
    private readonly DiagnosticBag _diagnostics = new();

    [Theory]
    [InlineData("bcn,")]
    [InlineData("bcn,   ")]
    [InlineData("bcn,\"\"")]
    public void Should_Report_A_Required_Value_That_Is_Empty_At_Its_Cell(string row)
    {
        var value = Row("id,name", row).RequiredText("name");

        Assert.Equal(string.Empty, value);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:5: error", "'name' is required but empty");
    }

    [Fact]
    public void Should_Leave_A_Required_Column_Missing_From_The_Header_To_The_Header_Check()
    {
        Assert.Equal(string.Empty, Row("id", "bcn").RequiredText("name"));
        Assert.Empty(_diagnostics.Items);
    }

    [Fact]
    public void Should_Report_A_Value_Outside_The_Vocabulary_And_List_The_Allowed_Values()
    {
        var status = Row("id,status", "c1,done").Word("status", Vocabularies.CommitmentStatus);

        Assert.Null(status);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:4: error", "'done' is not allowed in 'status'; allowed values: planned, in-progress, achieved, stalled, abandoned");
    }

    [Theory]
    [InlineData("30/06/2025")]
    [InlineData("2025-13")]
    [InlineData("June 2025")]
    public void Should_Report_A_Date_That_Does_Not_Parse_At_Its_Cell(string text)
    {
        var date = Row("id,due", $"c1,{text}").Date("due");

        Assert.Null(date);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:4: error", $"'{text}' in 'due' is not an ISO 8601 date");
    }

    [Fact]
    public void Should_Read_A_Partial_Date_And_An_Empty_Date_As_Missing()
    {
        Assert.Equal(Make.Date("2025-06"), Row("id,due", "c1,2025-06").Date("due"));
        Assert.Null(Row("id,due", "c2,").Date("due"));
        Assert.Empty(_diagnostics.Items);
    }

    [Theory]
    [InlineData("12,5,0")]
    [InlineData("twelve")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Should_Report_A_Number_That_Does_Not_Parse_At_Its_Cell(string text)
    {
        var number = Row("id;baseline", $"c1;{text}").Number("baseline");

        Assert.Null(number);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:4: error", $"'{text}' in 'baseline' is not a number");
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("-3", -3)]
    [InlineData("1e3", 1000)]
    public void Should_Read_A_Number_With_A_Decimal_Point(string text, double value)
    {
        Assert.Equal(value, Row("id,baseline", $"c1,{text}").Number("baseline"));
        Assert.Empty(_diagnostics.Items);
    }

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("-0,25", -0.25)]
    public void Should_Read_A_Decimal_Comma_In_A_Semicolon_Separated_File(string text, double value)
    {
        Assert.Equal(value, Row("id;baseline", $"c1;{text}").Number("baseline"));
        Assert.Empty(_diagnostics.Items);
    }

    [Fact]
    public void Should_Not_Read_A_Comma_As_A_Decimal_Separator_In_A_Comma_Separated_File()
    {
        Assert.Null(Row("id,baseline", "c1,\"12,5\"").Number("baseline"));
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:4: error", "'12,5' in 'baseline' is not a number");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-1")]
    [InlineData("1,620,343")]
    public void Should_Report_A_Whole_Number_That_Is_Fractional_Or_Out_Of_Range(string text)
    {
        var number = Row("id;population", $"bcn;{text}").WholeNumber("population", min: 0);

        Assert.Null(number);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:5: error", "is not a whole number");
    }

    [Theory]
    [InlineData("Barcelona")]
    [InlineData("san_sebastian")]
    [InlineData("-bcn")]
    public void Should_Report_An_Id_That_Is_Not_A_Slug(string text)
    {
        Row("name,id", $"Somewhere,{text}").RequiredSlug("id");

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:11: error", $"'{text}' is not a valid id for 'id'");
    }

    [Fact]
    public void Should_Report_Each_Invalid_Id_In_A_List()
    {
        var ids = Row("id,framework", "c1,e1; Bad Id ;e_2").SlugList("framework");

        Assert.Equal(["e1", "Bad Id", "e_2"], ids);
        Assert.Equal(
            ["data/test.csv:2:4", "data/test.csv:2:4"],
            _diagnostics.Items.Select(d => d.Location.ToString()));
        Assert.Contains(_diagnostics.Items, d => d.Message.Contains("'Bad Id'", StringComparison.Ordinal));
        Assert.Contains(_diagnostics.Items, d => d.Message.Contains("'e_2'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("esp")]
    [InlineData("ES")]
    [InlineData("XXX")]
    public void Should_Report_A_Country_That_Is_Not_An_Upper_Case_Alpha_3_Code(string text)
    {
        Row("id,country", $"bcn,{text}").RequiredCountry("country");

        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:5: error", $"'{text}' in 'country' is not an ISO 3166-1 alpha-3 country code");
    }

    [Fact]
    public void Should_Accept_A_Known_Country_Code()
    {
        Assert.Equal("KEN", Row("id,country", "nairobi,KEN").RequiredCountry("country"));
        Assert.Empty(_diagnostics.Items);
    }

    [Theory]
    [InlineData("ftp://example.org/file")]
    [InlineData("www.example.org")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/local/path")]
    public void Should_Report_An_Address_That_Is_Not_Http_Or_Https(string text)
    {
        var url = Row("id,website", $"bcn,{text}").Url("website");

        Assert.Null(url);
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:5: error", $"'{text}' in 'website' is not an http or https address");
    }

    [Theory]
    [InlineData("https://ajuntament.barcelona.cat/")]
    [InlineData("http://example.org/a?b=c")]
    public void Should_Accept_An_Http_Or_Https_Address(string text)
    {
        Assert.Equal(text, Row("id,website", $"bcn,{text}").Url("website"));
        Assert.Empty(_diagnostics.Items);
    }

    [Theory]
    [InlineData(" UCLG ; ECCAR;;Mayors for Peace ; ", new[] { "UCLG", "ECCAR", "Mayors for Peace" })]
    [InlineData("UCLG", new[] { "UCLG" })]
    [InlineData("", new string[0])]
    public void Should_Split_A_Multi_Value_Cell_On_Semicolons_And_Trim_Each_Value(string cell, string[] values) =>
        Assert.Equal(values, Row("id,networks", $"bcn,\"{cell}\"").List("networks"));

    [Fact]
    public void Should_Read_A_Column_A_Short_Row_Lacks_As_Missing()
    {
        var row = Row("id,name,summary", "bcn,Barcelona");

        Assert.Null(row.Text("summary"));
        Assert.Empty(row.List("summary"));
        DiagnosticAssert.Single(_diagnostics, "data/test.csv:2:1: error", "this row has 2 fields but the header has 3");
    }

    private RowReader Row(string header, string row) => new(TestCsv.Row(header, row, _diagnostics), _diagnostics);
}
