using System.Text;
using Portal.Domain.Diagnostics;
using Portal.Domain.Model;
using Portal.Loading;
using Portal.Tests.Pipeline;
using Portal.Tests.Support;
using Portal.TextFiles;

namespace Portal.Tests.Loading;

public sealed class PortalLoaderTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly DiagnosticBag _diagnostics = new();

    public PortalLoaderTests()
    {
        Directory.CreateDirectory(_folder.Combine("data"));
        Write("data/cities.csv", TestCsv.Lines("id,name,country", "bcn,Barcelona,ESP"));
        Write("data/recommendations.csv", TestCsv.Lines("id,text,country,mechanism", "R1,Adopt a plan,ESP,UPR"));
        Write("data/commitments.csv", TestCsv.Lines("id,city,title,status,recommendations", "c1,bcn,Adopt a plan,planned,R1"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_Load_A_Minimal_Data_Folder_Without_Diagnostics()
    {
        var result = Load();

        Assert.Empty(_diagnostics.Items);
        Assert.Equal("bcn", Assert.Single(result.Data.Cities).Id);
        Assert.Equal(["R1"], Assert.Single(result.Data.Commitments).RecommendationIds);
        Assert.Empty(result.Data.Progress);
    }

    [Fact]
    public void Should_Report_A_Missing_Required_File_By_Name()
    {
        File.Delete(_folder.Combine("data", "commitments.csv"));

        var result = Load();

        var error = DiagnosticAssert.Single(_diagnostics, $"{Shown("data/commitments.csv")}:1:1: error", "commitments.csv is missing from the data folder");
        Assert.Empty(result.Data.Commitments);
        Assert.EndsWith("/data/commitments.csv", error.Location.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_A_Missing_Data_Folder_Once_Rather_Than_Each_File()
    {
        Directory.Delete(_folder.Combine("data"), recursive: true);

        Load();

        DiagnosticAssert.Single(_diagnostics, $"{Shown("data")}:1:1: error", "the data folder does not exist");
    }

    [Fact]
    public void Should_Account_For_Rows_Read_And_Rows_With_Errors()
    {
        Write("data/cities.csv", TestCsv.Lines(
            "id,name,country",
            "bcn,Barcelona,ESP",
            "mad,,esp",
            "gva,Geneva,CHE,extra",
            "sev,Sevilla,ESP"));

        var result = Load();

        var cities = result.Ledger.Settle(_diagnostics.Items).Single(a => a.Path.EndsWith("cities.csv", StringComparison.Ordinal));
        Assert.Equal((4, 2, 2), (cities.RowsRead, cities.RowsWithErrors, cities.RowsPublished));
        Assert.Equal(3, _diagnostics.ErrorCount);
    }

    [Fact]
    public void Should_Read_A_File_Saved_With_A_Byte_Order_Mark_And_CRLF_Line_Endings()
    {
        Write("data/cities.csv", "\uFEFFid,name,country\r\nbcn,Barcelona,ESP\r\n");

        var result = Load();

        Assert.Empty(_diagnostics.Items);
        var city = Assert.Single(result.Data.Cities);
        Assert.Equal(("bcn", "Barcelona", "ESP"), (city.Id, city.Name, city.Country));
    }

    [Fact]
    public void Should_Refuse_A_File_That_Is_Not_UTF8_And_Read_No_Rows_From_It()
    {
        File.WriteAllBytes(_folder.Combine("data", "cities.csv"), Encoding.Latin1.GetBytes("id,name,country\nmx,Mérida,MEX\n"));

        var result = Load();

        DiagnosticAssert.Single(_diagnostics, $"{Shown("data/cities.csv")}:2:5: error", "not valid UTF-8 (byte 0xE9 at offset 20)");
        Assert.Empty(result.Data.Cities);
    }

    [Fact]
    public void Should_Point_Later_Checks_At_The_Cell_Of_A_Loaded_Row()
    {
        var result = Load();

        var location = result.Cells.Locate(Assert.Single(result.Data.Commitments).Row, "recommendations");

        Assert.Equal(new SourceLocation(Shown("data/commitments.csv"), 2, 29), location);
    }

    [Fact]
    public void Should_Tell_Pages_City_Narratives_And_News_Apart_By_Folder()
    {
        Write("input/about.md", "---\ntitle: About\n---\n");
        Write("input/cities/bcn.md", "Barcelona's story.\n");
        Write("input/news/launch.md", "---\ntitle: Launch\ndate: 2026-03-15\n---\n");
        Write("input/guides/data.md", "---\ntitle: Data guide\n---\n");

        var result = Load();

        Assert.Empty(_diagnostics.Items);
        Assert.Equal(
            [(ContentKind.Page, "about"), (ContentKind.CityNarrative, "bcn"), (ContentKind.Page, "guides/data"), (ContentKind.News, "launch")],
            result.Data.Content.Select(p => (p.Kind, p.Slug)));
    }

    [Fact]
    public void Should_Report_A_Content_File_Whose_Name_Cannot_Be_An_Address()
    {
        Write("input/About Us.md", "---\ntitle: About\n---\n");

        var result = Load();

        DiagnosticAssert.Single(_diagnostics, $"{Shown("input/About Us.md")}:1:1: error", "the file name 'About Us' cannot be an address");
        Assert.Empty(result.Data.Content);
    }

    private LoadResult Load() => new PortalLoader(_diagnostics).Load(_folder.Combine("data"), _folder.Combine("input"));

    private void Write(string relativePath, string text)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>How diagnostics show a path in the temporary folder.</summary>
    private string Shown(string relativePath) => DisplayPath.Of(_folder.Combine(relativePath.Split('/')));
}
