using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Rendering.Scale;

/// <summary>Counts of a thousand and more read the same on every page: 1,200, never 1200.</summary>
public sealed partial class ManyRecommendationsNumbersTests(ManyRecommendationsSite site) : IClassFixture<ManyRecommendationsSite>
{
    /// <summary>Where listings, facets, pagination and country pages show a count.</summary>
    private const string Counts = ".count, .total, td.n, [data-count], [data-figure], .figure-value, .more, .other-values summary";

    public static TheoryData<string> Pages => new()
    {
        "/", "/recommendations/", "/recommendations/page/2/", "/recommendations/country/", "/recommendations/country/esp/",
        "/recommendations/mechanism/", "/countries/", "/countries/esp/",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Should_Separate_The_Thousands_Of_Every_Count_On_A_Listing_Page(string path)
    {
        var counts = new HtmlParser().ParseDocument(site.Read(path)).QuerySelectorAll(Counts).Select(e => e.TextContent).ToList();

        Assert.NotEmpty(counts);
        Assert.All(counts, text => Assert.DoesNotMatch(Ungrouped(), text));
    }

    [Fact]
    public void Should_Say_How_Many_Records_A_Listing_Shows_With_Separated_Thousands()
    {
        Assert.Contains("Showing 1 to 50 of 2,000.", site.Main("/recommendations/"), StringComparison.Ordinal);
        Assert.Contains("Showing 51 to 100 of 1,200.", site.Main("/recommendations/country/esp/page/2/"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex Ungrouped();
}
