using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Domain.Model;
using Portal.Domain.Reporting;
using Portal.OpenData;
using Portal.Rendering;
using Portal.Tests.Pipeline;

namespace Portal.Tests.OpenData;

/// <summary>
/// The dashboards of local action, their CSVs and local-action.csv agree with the data: one row per (recommendation,
/// commitment) pair, worked out here from commitments.csv's links, not from the code that builds the pages.
/// </summary>
public sealed partial class LocalActionPageTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private PortalModel Model => sample.Model;

    [Fact]
    public void Should_List_On_Spains_Dashboard_One_Row_Per_Recommendation_And_Commitment_Pair_Of_The_Data()
    {
        var expected = PairsOfTheData(r => r.Country == "ESP");

        var rows = PageRows(SitePaths.LocalAction("ESP"));

        Assert.Equal(21, rows.Count);
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(expected.Order(), rows.Order());
    }

    [Fact]
    public void Should_Publish_Beside_Spains_Dashboard_A_Csv_Of_Exactly_Its_Rows_In_Its_Order()
    {
        var csv = CsvFile.Read(sample.File(SitePaths.LocalActionCsv("ESP")));

        Assert.Equal(PageRows(SitePaths.LocalAction("ESP")), CsvPairs(csv.Records));
        Assert.All(csv.Column("country"), country => Assert.Equal("ESP", country));
    }

    [Fact]
    public void Should_Hold_Every_States_Rows_In_Local_Action_Csv_And_Json()
    {
        var csv = CsvFile.Read(sample.File(DataPaths.Csv(LocalActionRecords.Name)));
        using var json = JsonDocument.Parse(File.ReadAllText(sample.File(DataPaths.Json(LocalActionRecords.Name))));

        Assert.Equal(PairsOfTheData(_ => true).Order(), CsvPairs(csv.Records).Order());
        Assert.Equal(PageRows(SitePaths.LocalAction("ESP")), CsvPairs(csv.Records.Where(r => r["country"] == "ESP")));
        Assert.Equal(csv.Records.Count, json.RootElement.GetProperty(LocalActionRecords.Name).GetArrayLength());
    }

    [Fact]
    public void Should_Write_A_Page_And_Csv_For_Each_Mechanism_And_Review_Holding_Only_Its_Rows()
    {
        var scopes = LocalActionScopes.Of(Model).Where(s => s.Mechanism is not null).ToList();

        Assert.Contains(new LocalActionScope("ESP", "UPR", 3), scopes);
        Assert.Contains(new LocalActionScope("ESP", "CEDAW", 2023), scopes);
        foreach (var scope in scopes)
        {
            var expected = PairsOfTheData(r => r.Country == scope.Country
                && string.Equals(r.Mechanism, scope.Mechanism, StringComparison.OrdinalIgnoreCase)
                && (scope.Cycle is null || (r.Cycle ?? r.Date?.Year) == scope.Cycle));
            var path = SitePaths.LocalAction(scope.Country, scope.Mechanism, scope.Cycle);

            Assert.NotEmpty(expected);
            Assert.Equal(expected.Order(), PageRows(path).Order());
            Assert.Equal(PageRows(path), CsvPairs(CsvFile.Read(sample.File(SitePaths.LocalActionCsv(scope.Country, scope.Mechanism, scope.Cycle))).Records));
        }
    }

    [Fact]
    public void Should_Name_The_State_And_Scope_In_The_Heading_And_Trail_Back_Through_Each_Level()
    {
        var page = sample.Read(SitePaths.LocalAction("ESP", "UPR", 3));

        Assert.Contains("Spain: UPR cycle 3 — local action</bdi></h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{SitePaths.LocalAction("ESP")}\"><bdi>Local action</bdi></a>", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{SitePaths.LocalAction("ESP", "UPR")}\"><bdi>UPR</bdi></a>", page, StringComparison.Ordinal);
        Assert.Contains("<li aria-current=\"page\"><bdi>Cycle 3</bdi></li>", page, StringComparison.Ordinal);
        Assert.Contains("Spain: CEDAW 2023 — local action", sample.Read(SitePaths.LocalAction("ESP", "CEDAW", 2023)), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Count_As_Many_Local_Actions_And_Verdicts_As_The_Table_Has_Rows()
    {
        var page = sample.Read(SitePaths.LocalAction("ESP"));
        var table = page[page.IndexOf("data-local-action-table", StringComparison.Ordinal)..];
        var rowVerdicts = VerdictFigure().Matches(table[..table.IndexOf("</table>", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToList();
        var summed = VerdictCount().Matches(page).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal($"{rowVerdicts.Count}", Figure(page, "local-actions"));
        Assert.Equal(7, summed.Count);
        Assert.All(summed, pair => Assert.Equal(rowVerdicts.Count(v => v == pair.Key), pair.Value));
        Assert.Equal($"{Model.RecommendationsByCountry["ESP"].Count()}", Figure(page, "recommendations"));
        Assert.Equal($"{PairsOfTheData(r => r.Country == "ESP").Select(p => p.Recommendation).Distinct().Count()}", Figure(page, "with-local-action"));
    }

    [Fact]
    public void Should_Cite_Each_Recommendation_By_Its_Symbol_And_Paragraph_As_The_Un_Does_Once()
    {
        var page = sample.Read(SitePaths.LocalAction("ESP"));

        Assert.Contains("<span class=\"rec-cite\" data-citation>A/HRC/44/7, para. 150.141</span>", page, StringComparison.Ordinal);
        Assert.Contains("E/C.12/ESP/CO/6, para. 36(b)</bdi></a></th>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-citation>E/C.12/ESP/CO/6", page, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-02-15\">15 February 2026</time>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Link_The_Dashboard_From_The_Country_Page_And_The_Data_Page()
    {
        var country = sample.Read(SitePaths.Country("ESP"));
        var data = sample.Read(DataPaths.Page);

        Assert.Contains($"<a href=\"{SitePaths.LocalAction("ESP")}\">What cities have done: local action dashboard</a>", country, StringComparison.Ordinal);
        Assert.True(country.IndexOf("data-local-action-link", StringComparison.Ordinal) < country.IndexOf("cities-heading", StringComparison.Ordinal), "the link should come before the cities");
        Assert.Contains($"<a href=\"{SitePaths.LocalActionCsv("ESP")}\" download><code>local-action-esp.csv</code></a>", data, StringComparison.Ordinal);
        Assert.Contains("id=\"table-local-action\"", data, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Link_The_Annexes_Exactly_When_The_Build_Wrote_Them()
    {
        foreach (var scope in LocalActionScopes.Of(Model))
        {
            var page = sample.Read(SitePaths.LocalAction(scope.Country, scope.Mechanism, scope.Cycle));
            foreach (var annex in new[] { SitePaths.AnnexHtml(scope.Country, scope.Mechanism, scope.Cycle), SitePaths.AnnexDocx(scope.Country, scope.Mechanism, scope.Cycle) })
            {
                Assert.Equal(File.Exists(sample.File(annex)), page.Contains($"href=\"{annex}\"", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The (recommendation, commitment) pairs of the data whose recommendation matches, each once.</summary>
    private HashSet<(string Recommendation, string Commitment)> PairsOfTheData(Func<Recommendation, bool> matches) =>
        [.. Model.Commitments
            .SelectMany(c => c.RecommendationIds.Select(id => (Recommendation: id, Commitment: c.Id)))
            .Where(pair => matches(Model.RecommendationById[pair.Recommendation]))];

    private List<(string Recommendation, string Commitment)> PageRows(string sitePath) =>
        [.. PageRow().Matches(sample.Read(sitePath)).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))];

    private static List<(string Recommendation, string Commitment)> CsvPairs(IEnumerable<IReadOnlyDictionary<string, string>> records) =>
        [.. records.Select(r => (r["recommendation"], r["commitment"]))];

    private static string Figure(string page, string name) =>
        Regex.Match(page, $"data-figure=\"{name}\">([^<]+)<").Groups[1].Value;

    [GeneratedRegex("<tr data-recommendation=\"([^\"]+)\" data-commitment=\"([^\"]+)\">")]
    private static partial Regex PageRow();

    [GeneratedRegex("data-figure=\"verdict\" data-verdict=\"([^\"]+)\"")]
    private static partial Regex VerdictFigure();

    [GeneratedRegex("data-verdict-count=\"([^\"]+)\">([0-9]+)<")]
    private static partial Regex VerdictCount();
}
