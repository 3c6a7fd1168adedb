using System.Text.RegularExpressions;

namespace Portal.Tests.Rendering.Scale;

/// <summary>The countries index, a country page and a facet value page on a site with 2,000 recommendations.</summary>
public sealed partial class ManyRecommendationsPagesTests(ManyRecommendationsSite site) : IClassFixture<ManyRecommendationsSite>
{
    [Fact]
    public void Should_Render_The_Countries_Index_As_The_Golden_File_Shows() =>
        Golden.Verify("countries-many-recommendations.html", site.Main("/countries/"));

    [Fact]
    public void Should_Render_A_Country_Page_As_The_Golden_File_Shows() =>
        Golden.Verify("country-esp-many-recommendations.html", site.Main("/countries/esp/"));

    [Fact]
    public void Should_Render_A_Facet_Value_Page_In_The_Middle_Of_Its_List_As_The_Golden_File_Shows() =>
        Golden.Verify("recommendations-country-esp-page-12.html", site.Main("/recommendations/country/esp/page/12/"));

    [Fact]
    public void Should_Render_A_Mechanisms_Dashboard_Of_Local_Action_As_The_Golden_File_Shows() =>
        Golden.Verify("local-action-esp-upr-many-recommendations.html", site.Main("/countries/esp/local-action/upr/"));

    [Fact]
    public void Should_Count_All_Of_A_States_Recommendations_On_Its_Dashboard_But_List_Only_Those_Cities_Act_On()
    {
        var html = site.Main("/countries/esp/local-action/");

        Assert.Contains("data-figure=\"recommendations\">1,200<", html, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"local-actions\">3<", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "<tr data-recommendation="));
        Assert.True(html.Length < 60_000, $"the dashboard of a State with 1,200 recommendations is {html.Length:N0} characters");
    }

    [Fact]
    public void Should_List_The_States_With_Cities_First_By_Name_With_Their_Counts()
    {
        var html = site.Main("/countries/");
        var withCities = Section(html, "with-cities-heading");

        Assert.Equal(["BRA", "KEN", "ESP"], Countries(withCities));
        Assert.Contains("<tr data-country=\"ESP\">", withCities, StringComparison.Ordinal);
        Assert.Matches(@"data-country=""ESP"">\s*<th[^>]*>.*?</th>\s*<td class=""n"" data-count=""cities"">2</td>\s*<td class=""n"" data-count=""commitments"">2</td>\s*<td class=""n"" data-count=""recommendations"">1,200</td>", withCities);
    }

    [Fact]
    public void Should_List_The_Other_States_By_Name_Not_By_Code()
    {
        var others = Section(site.Main("/countries/"), "others-heading");

        // By code: ALA, AND, ARE, CIV, ISL, TUR. By name, Åland sits among the A's and the United Arab Emirates last.
        Assert.Equal(["ALA", "AND", "CIV", "ISL", "TUR", "ARE"], Countries(others));
    }

    [Fact]
    public void Should_Show_First_On_A_Country_Page_The_Recommendations_Cities_Act_On()
    {
        var upr = Section(site.Main("/countries/esp/"), "id=\"upr\"");

        var listed = Recommendations(upr);

        Assert.Equal(ManyRecommendationsSite.ActedOnInSpain, listed.Take(3));
        Assert.Equal(20, listed.Count);
    }

    [Fact]
    public void Should_Spell_Out_Mechanisms_On_A_Country_Page_And_Show_An_Unknown_One_As_Written()
    {
        var html = site.Main("/countries/esp/");

        Assert.Contains("Universal Periodic Review", html, StringComparison.Ordinal);
        Assert.Contains("Committee on the Elimination of Discrimination against Women", html, StringComparison.Ordinal);
        Assert.Contains("Special procedures", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"iachr\"><bdi>IACHR</bdi>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommendations from the", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<dd>UPR</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Start_The_Records_Of_A_Facet_Value_Page_Before_Any_Other_Value_Of_The_Facet()
    {
        var html = site.Main("/recommendations/country/esp/page/12/");

        var firstRecord = html.IndexOf("data-recommendation=", StringComparison.Ordinal);
        var otherValue = html.IndexOf("/recommendations/country/ken/", StringComparison.Ordinal);

        Assert.True(firstRecord > 0, "no record on the page");
        Assert.True(firstRecord < otherValue, $"the first record is at {firstRecord}, after another value at {otherValue}");
        Assert.Contains("<details class=\"other-values\" data-other-values>", html[firstRecord..], StringComparison.Ordinal);
        Assert.Contains("href=\"/recommendations/country/\"", html[firstRecord..], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Offer_First_Last_And_Nearby_Pages_With_The_Gaps_Marked_For_Screen_Readers()
    {
        var pagination = Section(site.Main("/recommendations/country/esp/page/12/"), "data-pagination");

        Assert.Equal(["1", "10", "11", "12", "13", "14", "24"], PageLabels().Matches(pagination).Select(m => m.Groups["label"].Value));
        Assert.Contains("<span class=\"visually-hidden\">Pages 2 to 9 are left out</span>", pagination, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\">Pages 15 to 23 are left out</span>", pagination, StringComparison.Ordinal);
        Assert.Contains("href=\"/recommendations/country/esp/page/12/\" aria-current=\"page\"", pagination, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", pagination, StringComparison.Ordinal);
        Assert.Contains("rel=\"next\"", pagination, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Spell_Out_Mechanisms_On_The_Mechanism_Facet_Index()
    {
        var html = site.Main("/recommendations/mechanism/");

        Assert.Contains("<a href=\"/recommendations/mechanism/upr/\"><bdi>Universal Periodic Review</bdi></a>", html, StringComparison.Ordinal);
    }

    /// <summary>From the element that holds <paramref name="marker"/> (an id or an attribute) to the end of that section or nav.</summary>
    private static string Section(string html, string marker)
    {
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {marker} on the page");
        var end = html.IndexOf("</section>", at, StringComparison.Ordinal);
        var nav = html.IndexOf("</nav>", at, StringComparison.Ordinal);
        var close = marker == "data-pagination" ? nav : end;
        return html[at..(close < 0 ? html.Length : close)];
    }

    private static List<string> Countries(string html) => [.. CountryRows().Matches(html).Select(m => m.Groups["code"].Value)];

    private static List<string> Recommendations(string html) => [.. RecommendationItems().Matches(html).Select(m => m.Groups["id"].Value)];

    [GeneratedRegex(@"data-country=""(?<code>[A-Z]{3})""")]
    private static partial Regex CountryRows();

    [GeneratedRegex(@"data-recommendation=""(?<id>[^""]+)""")]
    private static partial Regex RecommendationItems();

    [GeneratedRegex(@"aria-label=""Page (?<label>\d+)""")]
    private static partial Regex PageLabels();
}
