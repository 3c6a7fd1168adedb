using System.Text.RegularExpressions;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering;

/// <summary>
/// The sample data with two rows as an import writes them (an id of the form upr-info-…, no cycle and no date, one
/// with a title written by hand), built once: every place that names a recommendation names it by its title.
/// </summary>
public sealed partial class RecommendationTitlePageTests : IDisposable
{
    private const string ImportedId = "upr-info-1e48999196e3";
    private const string ImportedTitle = "Portugal to Spain, UPR cycle 3 (2020): Extend municipal shelters for persons experiencing homelessness, in particular…";
    private const string TitledId = "upr-info-0a1b2c3d4e5f";
    private const string WrittenTitle = "Winter shelters for homeless people";

    private readonly TemporaryFolder _folder = new();
    private readonly string _output;

    public RecommendationTitlePageTests()
    {
        var data = _folder.Combine("data");
        FolderCopy.Copy(RepositoryPaths.Data, data);
        var file = Path.Combine(data, "recommendations.csv");
        var lines = File.ReadAllLines(file).Select((line, i) => line + (i == 0 ? ",title" : ",")).ToList();
        lines.Add(ImportedId + ",\"Extend municipal shelters for persons experiencing homelessness, in particular in winter, and fund them.\",ESP,UPR,,,,35,,Portugal,supported,housing,,,,");
        lines.Add(TitledId + ",Adopt a national strategy against child poverty.,ESP,UPR,,,,35,,Uruguay,noted,children,,,," + WrittenTitle);
        File.WriteAllLines(file, lines);
        _output = _folder.Combine("output");
        var report = new SiteBuilder().Build(BuildOptionsFor.Sample(_output) with { DataFolder = data });
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
    }

    [Fact]
    public void Should_Name_An_Imported_Recommendation_By_Its_Title_In_The_Title_Heading_Search_Result_And_Citation()
    {
        var html = Page(ImportedId);

        Assert.Contains(ImportedTitle, Element(html, "title"), StringComparison.Ordinal);
        Assert.Contains(ImportedTitle, Element(html, "h1"), StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"pagefind:meta:title\" data-pagefind-meta=\"title[content]\" content=\"{ImportedTitle}\">", html, StringComparison.Ordinal);
        Assert.Contains(ImportedTitle, Citation(html), StringComparison.Ordinal);
        Assert.DoesNotContain(ImportedId, Element(html, "title") + Element(html, "h1") + Citation(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Keep_The_Id_Visible_As_The_Identifier()
    {
        Assert.Contains($"<code>{ImportedId}</code>", Page(ImportedId), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Head_The_Card_Of_A_Recommendation_With_Its_Title()
    {
        var card = new Regex($"<h3 class=\"item-title\"[^>]*><a href=\"[^\"]*\"><bdi>{Regex.Escape(ImportedTitle)}</bdi></a></h3>");

        var listings = Directory.GetFiles(Path.Combine(_output, "recommendations"), "index.html", SearchOption.AllDirectories)
            .Where(path => !path.Contains(ImportedId, StringComparison.Ordinal))
            .Count(path => card.IsMatch(File.ReadAllText(path)));

        Assert.True(listings > 0, "no listing shows the card with its title");
    }

    [Fact]
    public void Should_Use_A_Title_Written_In_The_Data()
    {
        var html = Page(TitledId);

        Assert.Contains(WrittenTitle, Element(html, "h1"), StringComparison.Ordinal);
        Assert.Contains(WrittenTitle, Element(html, "title"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Name_The_Recommendations_A_Commitment_Responds_To_By_Their_Titles()
    {
        var commitment = Directory.GetFiles(Path.Combine(_output, "commitments"), "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .First(html => html.Contains("data-recommendation=\"A/HRC/44/7 para 150.141\"", StringComparison.Ordinal));

        Assert.Contains("<bdi>Portugal to Spain, UPR cycle 3 (2020): Increase the supply of affordable and social housing and strengthen measures…</bdi>", commitment, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Publish_The_Title_In_The_Open_Data()
    {
        var csv = File.ReadAllText(Path.Combine(_output, "data", "recommendations.csv"));

        Assert.Contains(ImportedTitle, csv, StringComparison.Ordinal);
        Assert.Contains(WrittenTitle, csv, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Page(string id) => File.ReadAllText(Path.Combine(_output, "recommendations", id, "index.html"));

    private static string Element(string html, string name) =>
        Regex.Match(html, $"<{name}[^>]*>(.*?)</{name}>", RegexOptions.Singleline).Groups[1].Value;

    private static string Citation(string html) => CitationPattern().Match(html).Groups[1].Value;

    /// <summary>The citation's words, without the page address that follows them.</summary>
    [GeneratedRegex("<p class=\"citation\"[^>]*>(.*?)<span class=\"url\"", RegexOptions.Singleline)]
    private static partial Regex CitationPattern();
}
