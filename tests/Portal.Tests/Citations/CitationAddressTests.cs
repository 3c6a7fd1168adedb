using Portal.Citations;
using Portal.Domain.Diagnostics;
using Portal.Pipeline;
using Portal.Rendering;
using Portal.Rendering.Theme;
using Portal.Tests.Pipeline;
using Portal.Tests.Support;
using Portal.TextFiles;

namespace Portal.Tests.Citations;

/// <summary>Where a citation's address comes from: --base-url, else base_url in site.yml, else none.</summary>
public sealed class CitationAddressTests
{
    private static readonly string Homes = SitePaths.Commitment("homes");

    [Fact]
    public void Should_Cite_The_Address_Of_Site_Yml_When_No_Base_Url_Is_Given()
    {
        using var site = new MinimalSite();
        site.Write("input/site.yml", "demo_banner: false\nbase_url: https://rights.example.org/portal/\n");

        var report = new SiteBuilder().Build(site.Options);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Contains("UR  - https://rights.example.org/portal/commitments/homes/\r\n", Read(site, CitationPaths.Ris(Homes)), StringComparison.Ordinal);
        Assert.Contains("url = {https://rights.example.org/portal/commitments/homes/}", Read(site, CitationPaths.BibTex(Homes)), StringComparison.Ordinal);
        var page = Read(site, Homes);
        Assert.Contains("<span class=\"url\">https://rights.example.org/portal/commitments/homes/</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-path-only", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Prefer_The_Base_Url_Option_To_Site_Yml()
    {
        using var site = new MinimalSite();
        site.Write("input/site.yml", "demo_banner: false\nbase_url: https://rights.example.org/portal/\n");

        var report = new SiteBuilder().Build(site.Options with { BaseUrl = "https://mirror.example.net/" });

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Contains("UR  - https://mirror.example.net/commitments/homes/\r\n", Read(site, CitationPaths.Ris(Homes)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/portal/")]
    [InlineData("ftp://rights.example.org/")]
    [InlineData("https://rights.example.org/?x=1")]
    [InlineData("javascript:alert(1)")]
    public void Should_Refuse_A_Base_Url_In_Site_Yml_That_Is_Not_An_Http_Address_At_Its_Line_And_Column(string address)
    {
        using var site = new MinimalSite();
        site.Write("input/site.yml", $"demo_banner: false\nbase_url: '{address}'\n");
        var diagnostics = new DiagnosticBag();

        var settings = SiteSettingsReader.Read(site.Content, diagnostics);

        DiagnosticAssert.Single(diagnostics, DisplayPath.Of(Path.Combine(site.Content, "site.yml")) + ":2:11: error", "is not the site's address");
        Assert.Null(settings.BaseUrl);
    }

    private static string Read(MinimalSite site, string sitePath) => File.ReadAllText(Path.Combine(site.Output, SitePaths.FileOf(sitePath)));
}
