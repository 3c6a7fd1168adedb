using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;
using Portal.Importing;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Importing;

/// <summary>recommendations.csv read with every column and written back as it was saved.</summary>
public sealed class RecommendationsFileTests
{
    [Fact]
    public void Should_Write_Back_What_It_Read_Byte_For_Byte()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        var path = folder.Combine("recommendations.csv");
        var text = "id,text,country,mechanism,internal_notes\r\n"
            + "r1,\"Act now, and \"\"well\"\".\",ESP,UPR,\"two\r\nlines\"\r\n"
            + "r2,Act later,KEN,CRC,\r\n";
        File.WriteAllBytes(path, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);

        var (table, style) = Read(path);
        RecommendationsFile.Write(path, table, style);

        Assert.Equal([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], File.ReadAllBytes(path));
        Assert.Equal(["id", "text", "country", "mechanism", "internal_notes"], table.Columns);
        Assert.Equal("two\r\nlines", table.Rows[0]["internal_notes"]);
    }

    [Fact]
    public void Should_Start_From_The_Contracts_Columns_When_There_Is_No_File_Yet()
    {
        using var folder = new TemporaryFolder();

        var (table, style) = Read(folder.Combine("recommendations.csv"));

        Assert.Equal("id", table.Columns[0]);
        Assert.Equal(17, table.Columns.Count);
        Assert.Empty(table.Rows);
        Assert.Equal("\n", style.NewLine);
    }

    [Fact]
    public void Should_Refuse_A_File_Without_An_Id_Column()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        var path = folder.Combine("recommendations.csv");
        File.WriteAllText(path, "text,country\nAct now,ESP\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(RecommendationsFile.Read(path, diagnostics));
        Assert.Contains("has no 'id' column", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_File_With_Broken_Quoting_At_Its_Line_And_Column()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path);
        var path = folder.Combine("recommendations.csv");
        File.WriteAllText(path, "id,text\nr1,\"Act now\n");
        var diagnostics = new DiagnosticBag();

        Assert.Null(RecommendationsFile.Read(path, diagnostics));
        Assert.EndsWith("recommendations.csv:2:4: error: unbalanced quote: this quote is never closed", diagnostics.Items[0].ToString(), StringComparison.Ordinal);
    }

    private static (RecommendationTable Table, FileStyle Style) Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        var read = RecommendationsFile.Read(path, diagnostics);
        Assert.Empty(diagnostics.Items);
        return read ?? throw new Xunit.Sdk.XunitException("the file was not read");
    }
}
