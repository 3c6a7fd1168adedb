using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Pipeline;
using Portal.Rendering;
using Portal.Rendering.Pages;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering.Scale;

/// <summary>
/// A State whose cities act on 450 of its recommendations: its dashboard is paginated, so no page grows to megabytes,
/// and the CSV beside it still holds every row.
/// </summary>
public sealed partial class LocalActionPaginationTests : IDisposable
{
    private const int ActedOn = 450;

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Should_Split_A_Large_Dashboard_Into_Pages_That_Together_Hold_Every_Row_Once()
    {
        var output = Build();
        var first = SitePaths.LocalAction("ESP");
        var pages = Enumerable.Range(1, 3).Select(n => File.ReadAllText(Path.Combine(output, SitePaths.FileOf(SitePaths.ListingPage(first, n))))).ToList();

        var rows = pages.SelectMany(page => Row().Matches(page).Select(m => m.Groups[1].Value)).ToList();

        Assert.Equal([LocalActionPages.PageSize, LocalActionPages.PageSize, ActedOn - (2 * LocalActionPages.PageSize)], pages.Select(p => Row().Count(p)));
        Assert.Equal(ActedOn, rows.Distinct().Count());
        Assert.False(File.Exists(Path.Combine(output, SitePaths.FileOf(SitePaths.ListingPage(first, 4)))));
        Assert.Contains("data-pagination", pages[0], StringComparison.Ordinal);
        Assert.Contains("Showing 201 to 400 of 450.", pages[1], StringComparison.Ordinal);
        Assert.All(pages, page => Assert.True(page.Length < 400_000, $"a page of the dashboard is {page.Length:N0} characters"));
        Assert.Equal(ActedOn + 1, File.ReadAllLines(Path.Combine(output, SitePaths.FileOf(SitePaths.LocalActionCsv("ESP")))).Length);
    }

    private string Build()
    {
        var recommendations = new StringBuilder("id,text,country,mechanism,symbol,paragraph,cycle\n");
        for (var n = 1; n <= ActedOn + 50; n++)
        {
            recommendations.Append(CultureInfo.InvariantCulture, $"esp-{n:D4},Take measures on housing number {n}.,ESP,UPR,A/HRC/44/7,150.{n},3\n");
        }

        var ids = string.Join(';', Enumerable.Range(1, ActedOn).Select(n => string.Create(CultureInfo.InvariantCulture, $"esp-{n:D4}")));
        Write("data/cities.csv", "id,name,country\nvalencia,Valencia,ESP\n");
        Write("data/recommendations.csv", recommendations.ToString());
        Write("data/commitments.csv", $"id,city,title,recommendations,status\nvalencia-homes,valencia,Build social homes,{ids},in-progress\n");
        FolderCopy.Copy(Path.Combine(RepositoryPaths.Fixture("minimal"), "input"), _folder.Combine("input"));
        var output = _folder.Combine("output");
        var options = BuildOptionsFor.Sample(output) with { DataFolder = _folder.Combine("data"), ContentFolder = _folder.Combine("input") };
        var report = new SiteBuilder().Build(options);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        return output;
    }

    private void Write(string relativePath, string text)
    {
        var path = _folder.Combine(relativePath.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex("<tr data-recommendation=\"([^\"]+)\"")]
    private static partial Regex Row();
}
