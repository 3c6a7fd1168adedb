using AngleSharp.Html.Parser;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Rendering;

/// <summary>A listing's intro says what the page shows: a facet's page is not introduced as the whole list.</summary>
public sealed class ListingIntroTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    public static TheoryData<string> Listings => new() { "/commitments/", "/recommendations/" };

    [Theory]
    [MemberData(nameof(Listings))]
    public void Should_Not_Introduce_A_Facet_Page_As_The_Whole_List(string root)
    {
        var rootIntro = Lead(root);
        var facetPages = Directory.EnumerateFiles(Path.GetDirectoryName(sample.File(root))!, "index.html", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(sample.Output, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/")
            .Where(path => path != root && !path.StartsWith(root + "page/", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(facetPages);
        Assert.All(facetPages, path => Assert.NotEqual(rootIntro, Lead(path)));
    }

    [Fact]
    public void Should_Name_The_Value_A_Value_Page_Lists_In_Its_Intro() =>
        Assert.Equal("The commitments listed under the status \u201c\u2068Achieved\u2069\u201d.", Lead("/commitments/status/achieved/"));

    [Fact]
    public void Should_Not_Say_The_Commitments_Are_Grouped_When_They_Are_Listed_In_File_Order() =>
        Assert.DoesNotContain("grouped", Lead("/commitments/"), StringComparison.OrdinalIgnoreCase);

    private string Lead(string path) =>
        new HtmlParser().ParseDocument(sample.Read(path)).QuerySelector("main p.lead")?.TextContent ?? string.Empty;
}
