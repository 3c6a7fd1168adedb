using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Importing.Reading.Tables;
using Portal.Tests.Importing.Support;

namespace Portal.Tests.Importing;

/// <summary>Text exports with any separator and line ending, and XLSX workbooks, read into the same table.</summary>
public sealed class ExportTableReaderTests
{
    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("\t")]
    public void Should_Detect_The_Separator_From_The_Header(string separator)
    {
        var table = ImportFiles.Table($"To{separator}Text{separator}Issue\nSpain{separator}\"Act{separator} now\"{separator}Poverty\n");

        Assert.Equal(["To", "Text", "Issue"], table.Columns);
        Assert.Equal(["Spain", $"Act{separator} now", "Poverty"], Assert.Single(table.Records).Cells);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Should_Count_Lines_Alike_For_Every_Line_Ending(string newLine)
    {
        var table = ImportFiles.Table(string.Join(newLine, "To,Text", "Spain,\"two", "lines\"", "Kenya,one line") + newLine);

        Assert.Equal([2, 4], table.Records.Select(r => r.Line));
        Assert.Equal($"two{newLine}lines", table.Records[0].Cells[1]);
    }

    [Fact]
    public void Should_Skip_Blank_Rows_And_Read_Short_Rows_As_Empty_Cells()
    {
        var table = ImportFiles.Table("To,Text,Issue\n\n,,\nSpain,Act now\n");

        var record = Assert.Single(table.Records);
        Assert.Equal(4, record.Line);
        Assert.Equal(string.Empty, record.Cell(2));
    }

    [Fact]
    public void Should_Report_An_Unclosed_Quote_At_Its_Line_And_Column()
    {
        var diagnostics = new DiagnosticBag();

        CsvExportReader.Read("export.csv", "To,Text\nSpain,Act now\nKenya,\"Act\n", diagnostics, out _);

        var error = Assert.Single(diagnostics.Items);
        Assert.StartsWith("export.csv:3:7: error: unbalanced quote", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Row_With_More_Cells_Than_The_Header()
    {
        var diagnostics = new DiagnosticBag();

        CsvExportReader.Read("export.csv", "To,Text\nSpain,Act,now\n", diagnostics, out _);

        var error = Assert.Single(diagnostics.Items);
        Assert.StartsWith("export.csv:2:11: error: this row has 3 cells but the header has 2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Read_The_First_Sheet_Of_A_Workbook_With_Shared_Strings_Numbers_And_Line_Breaks()
    {
        var bytes = XlsxWorkbook.Write(
        [
            ["Text", "Themes", "Document Publication Date", "UPR Session"],
            ["Act now", "- Poverty\n- Housing", 43854.0, 35.0],
            [null, null, null, null],
            ["Act later", null, null, 36.0],
        ]);
        var diagnostics = new DiagnosticBag();

        var table = XlsxExportReader.Read("export.xlsx", bytes, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.NotNull(table);
        Assert.Equal(RowUnit.SheetRow, table.Unit);
        Assert.Equal([2, 4], table.Records.Select(r => r.Line));
        Assert.Equal(["Act now", "- Poverty\n- Housing", "43854", "35"], table.Records[0].Cells);
        Assert.Equal(["Act later", "", "", "36"], table.Records[1].Cells);
    }

    [Fact]
    public void Should_Read_Inline_Strings_And_The_1904_Date_System()
    {
        var bytes = XlsxWorkbook.Write([["Text"], ["Act now"]], date1904: true, inlineStrings: true);

        var table = XlsxExportReader.Read("export.xlsx", bytes, new DiagnosticBag());

        Assert.NotNull(table);
        Assert.True(table.Date1904);
        Assert.Equal("Act now", Assert.Single(table.Records).Cells[0]);
    }

    [Fact]
    public void Should_Report_A_File_That_Is_Not_A_Workbook()
    {
        var diagnostics = new DiagnosticBag();

        var table = XlsxExportReader.Read("export.xlsx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], diagnostics);

        Assert.Null(table);
        Assert.StartsWith("export.xlsx:1:1: error: the file is not a readable XLSX workbook", Assert.Single(diagnostics.Items).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Match_Column_Titles_Whatever_Their_Case_And_Separators()
    {
        var table = new SourceTable("t.csv", ["UPR_Session", "Upr-Reccomending  States"], []);

        Assert.Equal(0, table.IndexOf("UPR Session"));
        Assert.Equal(1, table.IndexOf("UPR Recommending States", "UPR Reccomending States"));
        Assert.Null(table.IndexOf("Text"));
    }
}
