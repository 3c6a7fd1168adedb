using Portal.Cli;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Loading.Files;

/// <summary>Data files are found by the exact names the contract gives them, and the accounting names every one it expected.</summary>
public sealed class DataFileNameTests : IDisposable
{
    private readonly MinimalSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_Refuse_A_Data_File_Whose_Name_Differs_Only_In_Case()
    {
        _site.Write("data/Progress.csv", "commitment,date,status\nhomes,2025-01-01,in-progress\n");

        var report = new SiteValidator().Validate(_site.Options);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Location.File.EndsWith("data/Progress.csv", StringComparison.Ordinal));
        Assert.Contains("'progress.csv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Folder_Named_Like_A_Data_File()
    {
        Directory.CreateDirectory(Path.Combine(_site.Data, "progress.csv"));

        var report = new SiteValidator().Validate(_site.Options);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Location.File.EndsWith("data/progress.csv", StringComparison.Ordinal));
        Assert.Contains("folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_List_Every_Expected_Data_File_In_The_Accounting_Even_When_Absent()
    {
        var printed = Printed(new SiteValidator().Validate(_site.Options));

        Assert.Contains("data/progress.csv: absent (optional)", printed, StringComparison.Ordinal);
        Assert.Contains("data/framework.csv: absent (optional)", printed, StringComparison.Ordinal);
        Assert.Contains("data/assessments.csv: absent (optional)", printed, StringComparison.Ordinal);
        Assert.Contains("data/cities.csv: 1 read, 1 valid, 0 with errors", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Count_A_Draft_Page_As_Published()
    {
        _site.Write("input/plans.md", "---\ntitle: Plans\ndraft: true\n---\nNot yet.\n");

        var report = new SiteBuilder().Build(_site.Options);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var pages = Assert.Single(report.Files, f => f.Path.EndsWith("*.md", StringComparison.Ordinal));
        Assert.Equal(3, pages.RowsRead);
        Assert.Equal(2, pages.RowsPublished);
        Assert.False(File.Exists(Path.Combine(_site.Output, "plans", "index.html")));
        Assert.Contains("input/*.md: 3 read, 2 published, 1 draft, 0 with errors", Printed(report, wroteSite: true), StringComparison.Ordinal);
    }

    private static string Printed(BuildReport report, bool wroteSite = false)
    {
        var output = new StringWriter();
        ReportPrinter.Print(report, output, new StringWriter(), wroteSite);
        return output.ToString();
    }
}
