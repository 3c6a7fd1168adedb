using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Feeds;
using Portal.OpenData;
using Portal.Pipeline;
using Portal.Rendering.Templates;
using Portal.Tests.Pipeline;

namespace Portal.Tests.OpenData;

/// <summary>/data/ describes and links every download and feed, and states the licence the site sets.</summary>
public sealed class DataPageTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void Should_Link_Every_Download_And_Feed_From_The_Data_Page()
    {
        var links = Links(sample.Read(DataPaths.Page));
        var package = JsonNode.Parse(sample.Read(DataPaths.Package))!;
        var downloads = package["resources"]!.AsArray().Select(r => "/" + r!["path"]!.GetValue<string>())
            .Concat([DataPaths.Archive, DataPaths.Package, FeedPaths.Site, "/methodology/"])
            .Concat(sample.Model.Cities.Select(c => FeedPaths.City(c.Id)));

        Assert.All(downloads, download => Assert.Contains(download, links));
    }

    [Fact]
    public void Should_Describe_Every_Column_With_Its_Size_On_The_Data_Page()
    {
        var page = sample.Read(DataPaths.Page);
        var header = CsvFile.Read(sample.File(DataPaths.Csv("commitments"))).Header;
        var section = Regex.Match(page, "<section id=\"table-commitments\".*?</section>", RegexOptions.Singleline).Value;

        Assert.All(header, column => Assert.Contains($"<code>{column}</code>", section, StringComparison.Ordinal));
        Assert.All(header, column => Assert.Contains(Html.Escape(sample.Strings[$"data-column.commitments.{column}"]), section, StringComparison.Ordinal));
        Assert.Matches(@"\(CSV, \d+\.\d kB\)", section);
    }

    [Fact]
    public void Should_Say_On_The_Data_Page_That_Csv_Cells_Starting_A_Formula_Begin_With_An_Apostrophe()
    {
        var page = sample.Read(DataPaths.Page);
        var sentence = sample.Strings["data.formulas"];

        Assert.Contains("apostrophe", sentence, StringComparison.Ordinal);
        Assert.Contains($"<p data-formulas>{Html.Escape(sentence)}</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Link_The_Data_Page_From_The_Navigation_And_The_Footer_Of_Every_Page()
    {
        var home = sample.Read("/");

        Assert.Matches("<nav class=\"site-nav\".*href=\"/data/\".*</nav>", home.ReplaceLineEndings(" "));
        Assert.Matches("<footer.*href=\"/data/\".*</footer>", home.ReplaceLineEndings(" "));
    }

    [Fact]
    public void Should_Show_The_Licence_The_Site_Sets()
    {
        using var folder = new TemporaryFolder();
        var content = folder.Combine("input");
        CopyFolder(RepositoryPaths.Content, content);
        File.AppendAllText(Path.Combine(content, "site.yml"), "\ndata_licence: CC-BY-4.0\n");
        var output = folder.Combine("output");

        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(output) with { ContentFolder = content }).Succeeded);

        var page = File.ReadAllText(Path.Combine(output, "data", "index.html"));
        Assert.Contains("<p data-licence>The data is published under this licence: \u2068CC-BY-4.0\u2069.</p>", page, StringComparison.Ordinal);
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "datapackage.json")))!;
        Assert.Equal("CC-BY-4.0", package["licenses"]![0]!["name"]!.GetValue<string>());
    }

    private static HashSet<string> Links(string html) =>
        [.. Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value)];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
