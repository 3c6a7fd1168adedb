using System.Text.RegularExpressions;
using Portal.Pipeline;
using Portal.Testing;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering;

/// <summary>
/// A name from the data that holds a right-to-left override (U+202E) must not reverse the text around it: in
/// elements it sits in a bdi, and in the title, which holds no elements, between FIRST STRONG ISOLATE and POP
/// DIRECTIONAL ISOLATE.
/// </summary>
public sealed partial class BidiIsolationTests : IDisposable
{
    private const string CityName = "Alpha \u202Eytic";
    private const string CommitmentTitle = "Build \u202Esemoh";

    private readonly TemporaryFolder _folder = new();
    private readonly BuildOptions _options;

    public BidiIsolationTests()
    {
        _options = FixtureCopy.In(_folder);
        var cities = CsvFile.Read(_folder.Combine("data", "cities.csv"));
        cities.Set("alpha", "name", CityName);
        cities.Write();
        var commitments = CsvFile.Read(_folder.Combine("data", "commitments.csv"));
        commitments.Set("homes", "title", CommitmentTitle);
        commitments.Write();
        var report = new SiteBuilder().Build(_options);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
    }

    [Fact]
    public void Should_Isolate_A_City_Name_In_The_Title_And_The_Heading()
    {
        var html = Page("cities", "alpha");

        Assert.Contains($"<title>\u2068{CityName}\u2069 · ", html, StringComparison.Ordinal);
        Assert.Contains($"<h1><bdi>{CityName}</bdi></h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<li aria-current=\"page\"><bdi>{CityName}</bdi></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Isolate_A_Commitment_Title_And_Its_City_Name_On_The_Commitment_Page()
    {
        var html = Page("commitments", "homes");

        Assert.Contains($"<title>\u2068{CommitmentTitle}\u2069 · ", html, StringComparison.Ordinal);
        Assert.Contains($"<h1><bdi>{CommitmentTitle}</bdi></h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<bdi>{CityName}</bdi></a>", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Data attributes (Pagefind's filters among them) keep the data as it is: scripts compare and sort them, and
    /// show them only as text of their own.
    /// </summary>
    [Fact]
    public void Should_Leave_No_Override_Unisolated_On_Any_Page()
    {
        foreach (var page in Directory.GetFiles(_options.OutputFolder, "*.html", SearchOption.AllDirectories))
        {
            var html = DataAttribute().Replace(File.ReadAllText(page), string.Empty);
            for (var at = html.IndexOf('\u202E', StringComparison.Ordinal); at >= 0; at = html.IndexOf('\u202E', at + 1))
            {
                var before = html[..at];
                var isolated = before.LastIndexOf("<bdi>", StringComparison.Ordinal) > before.LastIndexOf("</bdi>", StringComparison.Ordinal)
                    || before.LastIndexOf('\u2068') > before.LastIndexOf('\u2069');
                Assert.True(isolated, $"{page}: an override outside any isolate: ...{html[Math.Max(0, at - 80)..Math.Min(html.Length, at + 20)]}");
            }
        }
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex("""\sdata-[a-z-]+(?:\[content\])?="[^"]*"(?:\scontent="[^"]*")?""")]
    private static partial Regex DataAttribute();

    private string Page(string section, string id) => File.ReadAllText(Path.Combine(_options.OutputFolder, section, id, "index.html"));
}
