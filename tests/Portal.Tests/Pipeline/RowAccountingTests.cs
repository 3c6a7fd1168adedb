using System.Globalization;
using CsvHelper;
using Portal.Pipeline;

namespace Portal.Tests.Pipeline;

/// <summary>The build report proves nothing was lost: for each file, rows read = rows published + rows reported.</summary>
public sealed class RowAccountingTests
{
    [Fact]
    public void Should_Publish_Every_Row_Of_The_Sample_As_A_Page_Of_Its_Own()
    {
        using var folder = new TemporaryFolder();
        var options = BuildOptionsFor.Sample(folder.Combine("output"));

        var report = new SiteBuilder().Build(options);

        foreach (var file in report.Files.Where(f => f.Path.EndsWith(".csv", StringComparison.Ordinal)))
        {
            Assert.Equal(RecordsIn(Path.Combine(RepositoryPaths.Data, Path.GetFileName(file.Path))), file.RowsRead);
            Assert.Equal(file.RowsRead, file.RowsPublished + file.RowsWithErrors);
            Assert.Equal(0, file.RowsWithErrors);
        }

        Assert.Equal(Published(report, "cities.csv"), RecordPages.In(options.OutputFolder, "cities"));
        Assert.Equal(Published(report, "commitments.csv"), RecordPages.In(options.OutputFolder, "commitments"));
        Assert.Equal(Published(report, "recommendations.csv"), RecordPages.In(options.OutputFolder, "recommendations"));
    }

    [Fact]
    public void Should_Account_For_Every_Row_Of_A_Data_Set_With_Errors()
    {
        var report = new SiteValidator().Validate(BuildOptionsFor.Fixture("invalid-data", "unused"));
        var data = Path.Combine(RepositoryPaths.Fixture("invalid-data"), "data");

        foreach (var file in report.Files.Where(f => f.Path.EndsWith(".csv", StringComparison.Ordinal)))
        {
            Assert.Equal(RecordsIn(Path.Combine(data, Path.GetFileName(file.Path))), file.RowsRead);
            Assert.Equal(file.RowsRead, file.RowsPublished + file.RowsWithErrors);
        }

        var reported = report.Files.Where(f => f.Path.EndsWith(".csv", StringComparison.Ordinal)).Sum(f => f.RowsWithErrors);
        var rowsNamedInErrors = report.Diagnostics
            .Where(d => d.Severity == Portal.Domain.Diagnostics.DiagnosticSeverity.Error && d.Location.Line > 1 && d.Location.File.EndsWith(".csv", StringComparison.Ordinal))
            .Select(d => (d.Location.File, d.Location.Line))
            .Distinct()
            .Count();
        Assert.Equal(rowsNamedInErrors, reported);
    }

    private static int Published(BuildReport report, string file) =>
        report.Files.Single(f => f.Path.EndsWith(file, StringComparison.Ordinal)).RowsPublished;

    /// <summary>Counts records independently of the loader, with CsvHelper's own reader.</summary>
    private static int RecordsIn(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var count = -1;
        while (csv.Read())
        {
            count++;
        }

        return Math.Max(count, 0);
    }
}
