using System.Text.RegularExpressions;
using Portal.Citations;
using Portal.Rendering;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Citations;

/// <summary>The citations of the sample site, built with no address: paths, never a guessed host.</summary>
public sealed partial class CitationOutputTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Should_Write_A_BibTeX_And_A_RIS_File_Beside_Every_City_Commitment_And_Recommendation_Page()
    {
        var pages = sample.Model.Cities.Select(c => SitePaths.City(c.Id))
            .Concat(sample.Model.Commitments.Select(c => SitePaths.Commitment(c.Id)))
            .Concat(sample.Model.Recommendations.Select(r => SitePaths.Recommendation(sample.Model.RecommendationSlug[r.Id])));

        Assert.All(pages, page =>
        {
            Assert.True(File.Exists(sample.File(CitationPaths.BibTex(page))), $"no {CitationPaths.BibTex(page)}");
            Assert.True(File.Exists(sample.File(CitationPaths.Ris(page))), $"no {CitationPaths.Ris(page)}");
        });
    }

    [Fact]
    public void Should_Give_A_Commitments_Title_Publisher_Year_And_Path_In_Its_Citation_Files_When_The_Site_Has_No_Address()
    {
        var commitment = sample.Model.Commitments[0];
        var path = SitePaths.Commitment(commitment.Id);

        var bib = sample.Read(CitationPaths.BibTex(path));
        var ris = sample.Read(CitationPaths.Ris(path));

        Assert.Contains("title = {{" + BibTex.Escape(commitment.Title) + "}}", bib, StringComparison.Ordinal);
        Assert.Contains("author = {{" + BibTex.Escape(sample.Settings.Publisher!) + "}}", bib, StringComparison.Ordinal);
        Assert.Contains("year = {2026}", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("url =", bib, StringComparison.Ordinal);
        Assert.Contains(path, bib, StringComparison.Ordinal);
        Assert.Contains("TI  - " + commitment.Title + "\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("N1  - Data as of 2026-06-30.", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("UR  -", ris, StringComparison.Ordinal);
        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Link_Each_Record_Page_To_Its_Citation_Files()
    {
        var path = SitePaths.Commitment(sample.Model.Commitments[0].Id);
        var html = sample.Read(path);

        Assert.Contains($"href=\"{CitationPaths.BibTex(path)}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CitationPaths.Ris(path)}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Never_Cite_A_Loopback_Address_In_Any_Page_Or_Citation_File()
    {
        var citations = Directory.EnumerateFiles(sample.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => Citation().Matches(File.ReadAllText(file)).Select(m => (File: file, Text: m.Value)))
            .Concat(Directory.EnumerateFiles(sample.Output, "citation.*", SearchOption.AllDirectories).Select(file => (File: file, Text: File.ReadAllText(file))))
            .ToList();

        Assert.True(citations.Count > 100, $"only {citations.Count} citations found");
        Assert.All(citations, c => Assert.DoesNotMatch(Loopback(), c.Text));
    }

    [Fact]
    public void Should_Say_That_A_Citation_Gives_A_Path_When_The_Site_Has_No_Address()
    {
        var html = sample.Read(SitePaths.City(sample.Model.Cities[0].Id));

        Assert.Matches(@"<span class=""url"">/cities/[^<]+</span> <span data-path-only>", html);
        Assert.Contains("data-accessed", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<p class=""citation""[\s\S]*?</p>")]
    private static partial Regex Citation();

    [GeneratedRegex(@"127\.0\.0\.1|localhost|\[::1\]", RegexOptions.IgnoreCase)]
    private static partial Regex Loopback();
}
