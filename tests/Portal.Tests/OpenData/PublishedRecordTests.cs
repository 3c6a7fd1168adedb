using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.OpenData;
using Portal.Rendering.Templates;
using Portal.Rendering.Titles;
using Portal.Tests.Pipeline;

namespace Portal.Tests.OpenData;

/// <summary>
/// The CSV and JSON downloads hold the same records as the site, with the same computed figures. The sample is
/// built with the base URL "/", so a record's page address is its site path.
/// </summary>
public sealed class PublishedRecordTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private static readonly string[] Tables = ["cities", "recommendations", "commitments", "progress", "framework", "assessments"];

    private PortalModel Model => sample.Model;

    [Fact]
    public void Should_Hold_Every_Record_Of_Every_Table_In_The_Csv_In_File_Order()
    {
        Assert.Equal(Input("cities").Column("id"), Csv("cities").Column("id"));
        Assert.Equal(Input("recommendations").Column("id"), Csv("recommendations").Column("id"));
        Assert.Equal(Input("commitments").Column("id"), Csv("commitments").Column("id"));
        Assert.Equal(Input("framework").Column("id"), Csv("framework").Column("id"));
        Assert.Equal(Keys(Input("progress"), "commitment", "date"), Keys(Csv("progress"), "commitment", "date"));
        Assert.Equal(Keys(Input("assessments"), "city", "element"), Keys(Csv("assessments"), "city", "element"));
    }

    [Fact]
    public void Should_Hold_The_Computed_Fields_Of_Every_Commitment_As_The_Methodology_Gives_Them()
    {
        var rows = Csv("commitments").Records;

        Assert.Equal(Model.Commitments.Count, rows.Count);
        foreach (var row in rows)
        {
            var evaluation = Model.Evaluation[row["id"]];
            Assert.Equal(Vocabularies.CommitmentStatus.WordOf(evaluation.Status), row["current_status"]);
            Assert.Equal(evaluation.IsOverdue ? "true" : "false", row["overdue"]);
            Assert.Equal(evaluation.IsStale ? "true" : "false", row["stale"]);
            Assert.Equal(evaluation.LastActivity?.ToString() ?? string.Empty, row["last_activity"]);
            Assert.Equal(Rounded(evaluation.Indicator.Percent, 2), row["percent"]);
            Assert.Equal(Rounded(evaluation.Indicator.Ratio, 3), row["ratio"]);
            Assert.Equal(Vocabularies.Band.WordOf(evaluation.Indicator.Band), row["band"]);
        }

        Assert.Contains(rows, row => row["overdue"] == "true");
        Assert.Contains(rows, row => row["percent"].Length > 0 && row["status"] != row["current_status"]);
    }

    [Fact]
    public void Should_Give_Each_City_The_Figures_Its_Page_Shows()
    {
        foreach (var row in Csv("cities").Records)
        {
            var page = sample.Read(row["page"]);
            Assert.Equal(Figure(page, "total"), row["commitments_total"]);
            Assert.Equal(Figure(page, "achieved"), row["commitments_achieved"]);
            foreach (var verdict in Enum.GetValues<Verdict>())
            {
                Assert.Equal(VerdictCount(page, verdict), row[CityRecords.VerdictColumn(verdict)]);
            }
            Assert.Equal(Figure(page, "elements-in-place"), row["elements_in_place"]);
            Assert.Equal(Figure(page, "share-achieved"), Math.Round(double.Parse(row["share_achieved"], CultureInfo.InvariantCulture), MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Should_Link_Every_Record_That_Has_A_Page_To_A_Page_Of_The_Site()
    {
        foreach (var table in new[] { "cities", "recommendations", "commitments" })
        {
            Assert.All(Csv(table).Column("page"), page => Assert.True(File.Exists(sample.File(page)), page));
        }
    }

    [Fact]
    public void Should_Hold_The_Same_Records_In_Json_As_In_Csv()
    {
        foreach (var table in new DataTables(Model, new UrlBuilder("/"), new RecommendationTitles(sample.Strings)).All)
        {
            var csv = Csv(table.Name);
            using var json = Json(DataPaths.Json(table.Name));
            Assert.Equal("2026-06-30", json.RootElement.GetProperty("as_of").GetString());
            var records = json.RootElement.GetProperty(table.Name).EnumerateArray().ToList();
            Assert.Equal(csv.Rows.Count, records.Count);
            foreach (var (row, record) in csv.Records.Zip(records))
            {
                Assert.Equal(csv.Header, record.EnumerateObject().Select(p => p.Name));
                Assert.All(csv.Header, name => Assert.Equal(row[name], AsCsvText(record.GetProperty(name))));
                Assert.All(table.Fields, field => Assert.Contains(record.GetProperty(field.Name).ValueKind, KindsOf(field.Type)));
            }
        }
    }

    [Fact]
    public void Should_Hold_Each_Citys_Commitments_Progress_And_Assessments_In_Its_Json()
    {
        foreach (var city in Model.Cities)
        {
            using var json = Json(DataPaths.CityJson(city.Id));
            var root = json.RootElement;
            Assert.Equal(city.Id, root.GetProperty("city").GetProperty("id").GetString());
            Assert.Equal(Model.CitySummary[city.Id].Total, root.GetProperty("city").GetProperty("commitments_total").GetInt32());
            Assert.Equal(
                Model.CitySummary[city.Id].ByStatus.Select(s => (Vocabularies.CommitmentStatus.WordOf(s.Status), s.Count)),
                root.GetProperty("by_status").EnumerateArray().Select(s => (s.GetProperty("status").GetString()!, s.GetProperty("count").GetInt32())));
            var commitments = root.GetProperty("commitments").EnumerateArray().ToList();
            Assert.Equal(Model.CommitmentsByCity[city.Id].Select(c => c.Id), commitments.Select(c => c.GetProperty("id").GetString()));
            foreach (var commitment in commitments)
            {
                var evaluation = Model.Evaluation[commitment.GetProperty("id").GetString()!];
                Assert.Equal(Vocabularies.CommitmentStatus.WordOf(evaluation.Status), commitment.GetProperty("current_status").GetString());
                Assert.Equal(
                    evaluation.History.Select(r => r.Date.ToString()),
                    commitment.GetProperty("progress").EnumerateArray().Select(p => p.GetProperty("date").GetString()));
            }

            Assert.Equal(Model.AssessmentsByCity[city.Id].Count(), root.GetProperty("assessments").GetArrayLength());
        }
    }

    [Fact]
    public void Should_Write_Every_Csv_As_Utf8_Without_A_Byte_Order_Mark_With_Lf_Line_Endings()
    {
        foreach (var table in Tables)
        {
            var bytes = File.ReadAllBytes(sample.File(DataPaths.Csv(table)));
            Assert.False(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]), table);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    private CsvFile Csv(string table) => CsvFile.Read(sample.File(DataPaths.Csv(table)));

    /// <summary>A table of the data folder the sample is built from, in the order a person wrote it.</summary>
    private static CsvFile Input(string table) => CsvFile.Read(Path.Combine(RepositoryPaths.Data, table + ".csv"));

    private static IEnumerable<string> Keys(CsvFile csv, params string[] columns) =>
        csv.Records.Select(row => string.Join(' ', columns.Select(column => row[column])));

    private JsonDocument Json(string sitePath) => JsonDocument.Parse(File.ReadAllBytes(sample.File(sitePath)));

    private static string Rounded(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string VerdictCount(string page, Verdict verdict)
    {
        var match = Regex.Match(page, $"data-verdict-count=\"{Vocabularies.Verdict.WordOf(verdict)}\">([^<]*)<");
        Assert.True(match.Success, $"no count of verdict {verdict}");
        return match.Groups[1].Value;
    }

    private static string Figure(string page, string name)
    {
        var match = Regex.Match(page, $"data-figure=\"{name}\">([^<]*)<");
        Assert.True(match.Success, $"no figure {name}");
        return match.Groups[1].Value;
    }

    /// <summary>What a JSON value of each kind of column may be: itself, or null for no value.</summary>
    private static JsonValueKind[] KindsOf(FieldType type) => type switch
    {
        FieldType.Integer or FieldType.Number => [JsonValueKind.Number, JsonValueKind.Null],
        FieldType.Boolean => [JsonValueKind.True, JsonValueKind.False],
        FieldType.List => [JsonValueKind.Array],
        _ => [JsonValueKind.String, JsonValueKind.Null],
    };

    /// <summary>A JSON value as the CSV spells it, so the two files can be compared cell by cell.</summary>
    private static string AsCsvText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(';', value.EnumerateArray().Select(v => v.GetString())),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
