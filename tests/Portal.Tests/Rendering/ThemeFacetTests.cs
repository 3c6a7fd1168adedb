using System.Text.RegularExpressions;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering;

/// <summary>The theme facet and the theme labels of records follow themes.csv: one entry per portal theme, gathering the UN labels.</summary>
public sealed partial class ThemeFacetTests : IDisposable
{
    private readonly MinimalSite _site = new();

    public ThemeFacetTests()
    {
        _site.Write("data/recommendations.csv", string.Join('\n',
            "id,text,country,mechanism,themes",
            "R1,Adopt a housing strategy.,ESP,UPR,housing",
            "R2,Build public rental homes.,ESP,UPR,right to housing;Rights of the Child",
            "R3,Protect children in care.,ESP,CRC,rights of the child;children",
            @"R4,Report on the plan.,ESP,UPR,Children: definition\; general principles\; protection",
            ""));
        _site.Write("data/themes.csv", string.Join('\n',
            "id,label,source_labels",
            "housing,Housing and land,Right to housing",
            "children,Children,Rights of the Child",
            ""));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_List_One_Entry_Per_Portal_Theme_With_Its_Label_And_The_Records_It_Gathers()
    {
        var report = new SiteBuilder().Build(_site.Options);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var entries = FacetEntries(File.ReadAllText(Path.Combine(_site.Output, "recommendations", "theme", "index.html")));
        Assert.Equal(
            [
                ("/recommendations/theme/children-definition-general-principles-protection/", "Children: definition; general principles; protection", "1"),
                ("/recommendations/theme/children/", "Children", "2"),
                ("/recommendations/theme/housing/", "Housing and land", "2"),
            ],
            entries.OrderBy(e => e.Href, StringComparer.Ordinal));
    }

    [Fact]
    public void Should_Warn_Of_The_Label_No_Theme_Gathers_With_Its_Count()
    {
        var report = new SiteBuilder().Build(_site.Options);

        var warning = Assert.Single(report.Diagnostics, d => d.Message.Contains("no theme of themes.csv gathers", StringComparison.Ordinal));
        Assert.Contains("'Children: definition; general principles; protection' (1 row)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Show_The_Theme_Label_On_A_Recommendation_Page()
    {
        new SiteBuilder().Build(_site.Options);

        var page = File.ReadAllText(Path.Combine(_site.Output, "recommendations", "r2", "index.html"));
        Assert.Contains("Housing and land, Children", page, StringComparison.Ordinal);
        Assert.DoesNotContain("right to housing", page, StringComparison.Ordinal);
    }

    private static List<(string Href, string Label, string Count)> FacetEntries(string html) =>
        [.. FacetRow().Matches(html).Select(m => (m.Groups["href"].Value, System.Net.WebUtility.HtmlDecode(m.Groups["label"].Value), m.Groups["count"].Value))];

    [GeneratedRegex("""<tr data-facet-value><th scope="row"><a href="(?<href>[^"]+)"><bdi>(?<label>[^<]*)</bdi></a></th> <td class="n" data-count>(?<count>\d+)</td>""")]
    private static partial Regex FacetRow();
}
