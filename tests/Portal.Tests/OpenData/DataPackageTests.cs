using System.Text.Json.Nodes;
using Portal.OpenData;
using Portal.Publishing;
using Portal.Rendering.Templates;
using Portal.Rendering.Titles;
using Portal.Tests.Pipeline;
using Portal.Tests.Support;

namespace Portal.Tests.OpenData;

/// <summary>datapackage.json follows the Data Package spec and describes every published data file as it is.</summary>
public sealed class DataPackageTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Should_Describe_Every_Csv_With_A_Table_Schema_Whose_Fields_Match_Its_Header()
    {
        var tabular = Resources().Where(r => r["profile"]!.GetValue<string>() == "tabular-data-resource").ToList();

        Assert.Equal(7, tabular.Count);
        foreach (var resource in tabular)
        {
            var header = CsvFile.Read(Path.Combine(sample.Output, PathOf(resource))).Header;
            var fields = resource["schema"]!["fields"]!.AsArray();
            Assert.Equal(header, fields.Select(f => f!["name"]!.GetValue<string>()));
            Assert.All(fields, f => Assert.Contains(f!["type"]!.GetValue<string>(), new[] { "string", "integer", "number", "boolean" }));
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f!["description"]!.GetValue<string>())));
            Assert.All(resource["schema"]!["primaryKey"]!.AsArray(), key => Assert.Contains(key!.GetValue<string>(), header));
        }
    }

    [Fact]
    public void Should_Name_Only_Files_That_Exist_In_The_Output_With_Names_And_Paths_The_Spec_Allows()
    {
        var package = Package();
        var resources = Resources();

        Assert.Equal("data-package", package["profile"]!.GetValue<string>());
        Assert.Matches("^[a-z0-9._-]+$", package["name"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(package["title"]!.GetValue<string>()));
        Assert.Equal(resources.Count, resources.Select(r => r["name"]!.GetValue<string>()).Distinct().Count());
        foreach (var resource in resources)
        {
            Assert.Matches("^[a-z0-9._-]+$", resource["name"]!.GetValue<string>());
            Assert.DoesNotMatch(@"^/|\.\./", PathOf(resource));
            Assert.True(File.Exists(Path.Combine(sample.Output, PathOf(resource))), PathOf(resource));
        }
    }

    [Fact]
    public void Should_Describe_Every_Published_Csv_And_Json_File()
    {
        var published = Directory.GetFiles(Path.Combine(sample.Output, "data"), "*.csv")
            .Concat(Directory.GetFiles(Path.Combine(sample.Output, "api"), "*.json", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(sample.Output, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(published, Resources().Select(PathOf).Order(StringComparer.Ordinal));
        Assert.Equal(7 + 7 + sample.Model.Cities.Count, Resources().Count);
    }

    [Fact]
    public void Should_Point_Every_Foreign_Key_At_A_Record_That_Exists()
    {
        var resources = Resources().Where(r => r["schema"] is not null).ToDictionary(r => r["name"]!.GetValue<string>());
        var keys = resources.Values.SelectMany(r => (r["schema"]!["foreignKeys"]?.AsArray() ?? []).Select(k => (Resource: r, Key: k!))).ToList();

        Assert.Equal(7, keys.Count);
        foreach (var (resource, key) in keys)
        {
            var target = resources[key["reference"]!["resource"]!.GetValue<string>()];
            var ids = Csv(target).Column(key["reference"]!["fields"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            Assert.All(Csv(resource).Column(key["fields"]!.GetValue<string>()), value => Assert.Contains(value, ids));
        }
    }

    [Fact]
    public void Should_Leave_The_Licence_Out_And_Say_So_On_The_Data_Page_When_The_Site_Sets_None()
    {
        Assert.Null(sample.Settings.DataLicence);
        Assert.Null(Package()["licenses"]);
        Assert.Contains("data-licence-missing", sample.Read(DataPaths.Page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CC-BY-4.0", "name")]
    [InlineData("ODbL-1.0", "name")]
    [InlineData("https://creativecommons.org/licenses/by/4.0/", "path")]
    public void Should_State_The_Licence_From_The_Site_Setting(string licence, string member)
    {
        var context = new PublishingContext(sample.Model, new UrlBuilder("/"), sample.Strings, sample.Settings with { DataLicence = licence }, [], NoWrittenFiles.Open);

        var package = DataPackageWriter.Package(DataDownloads.Of(new DataTables(sample.Model, context.Urls, new RecommendationTitles(sample.Strings))), context);

        var stated = Assert.Single(package["licenses"]!.AsArray())!;
        Assert.Equal(licence, stated[member]!.GetValue<string>());
    }

    [Fact]
    public void Should_Not_Claim_A_Licence_Name_Or_Path_For_Free_Text()
    {
        Assert.Null(PackageLicence.Of("Creative Commons Attribution 4.0"));
        Assert.Null(PackageLicence.Of("  "));
        Assert.Null(PackageLicence.Of("javascript:alert(1)"));
    }

    private JsonObject Package() => JsonNode.Parse(File.ReadAllText(sample.File(DataPaths.Package)))!.AsObject();

    private List<JsonObject> Resources() => [.. Package()["resources"]!.AsArray().Select(r => r!.AsObject())];

    private CsvFile Csv(JsonObject resource) => CsvFile.Read(Path.Combine(sample.Output, PathOf(resource)));

    private static string PathOf(JsonObject resource) => resource["path"]!.GetValue<string>();
}
