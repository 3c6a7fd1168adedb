using System.Text;
using System.Xml.Linq;
using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Feeds;
using Portal.Pipeline;
using Portal.Tests.Pipeline;

namespace Portal.Tests.Feeds;

/// <summary>The Atom feeds parse, have the elements RFC 4287 requires, list the newest first and keep their ids.</summary>
public sealed class AtomFeedTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Should_Parse_As_Atom_With_The_Required_Elements()
    {
        foreach (var path in FeedPaths())
        {
            var feed = Feed(path).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            Assert.NotEmpty(Text(feed, "id"));
            Assert.NotEmpty(Text(feed, "title"));
            Assert.True(DateTimeOffset.TryParse(Text(feed, "updated"), out _), path);
            Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
            Assert.Equal(path, Link(feed, "self"));
            Assert.NotEmpty(feed.Elements(Atom + "entry"));
            foreach (var entry in feed.Elements(Atom + "entry"))
            {
                Assert.NotEmpty(Text(entry, "id"));
                Assert.NotEmpty(Text(entry, "title"));
                Assert.True(DateTimeOffset.TryParse(Text(entry, "updated"), out _), Text(entry, "updated"));
                Assert.NotEmpty(Link(entry, "alternate"));
            }
        }
    }

    [Fact]
    public void Should_List_Entries_Newest_First_And_Date_The_Feed_By_Its_Newest()
    {
        foreach (var path in FeedPaths())
        {
            var feed = Feed(path).Root!;
            var dates = feed.Elements(Atom + "entry").Select(e => DateTimeOffset.Parse(Text(e, "updated"), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(dates.OrderDescending(), dates);
            Assert.Equal(dates[0], DateTimeOffset.Parse(Text(feed, "updated"), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Should_Give_Every_Entry_A_Unique_Absolute_Id()
    {
        foreach (var path in FeedPaths())
        {
            var ids = Feed(path).Root!.Elements(Atom + "entry").Select(e => Text(e, "id")).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.All(ids, id => Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id));
        }
    }

    [Fact]
    public void Should_Hold_Every_Progress_Report_And_News_Item_Of_A_City_Linked_To_Its_Page()
    {
        foreach (var city in sample.Model.Cities)
        {
            var entries = Feed(Portal.Feeds.FeedPaths.City(city.Id)).Root!.Elements(Atom + "entry").ToList();
            var reports = sample.Model.CommitmentsByCity[city.Id].Sum(c => sample.Model.Evaluation[c.Id].History.Count);
            Assert.Equal(reports + sample.Model.NewsByCity[city.Id].Count(), entries.Count);
            foreach (var link in entries.Select(e => Link(e, "alternate")))
            {
                var page = link.Split('#')[0];
                Assert.True(File.Exists(sample.File(page)), link);
                if (link.Contains('#'))
                {
                    Assert.Contains($"id=\"{link.Split('#')[1]}\"", sample.Read(page), StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Should_Link_The_Site_Feed_From_Every_Page_And_A_Citys_Feed_From_Its_Page()
    {
        const string SiteFeed = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\u2068Human Rights Cities Portal (demonstration)\u2069: progress and news\" href=\"/feed.xml\">";

        Assert.Contains(SiteFeed, sample.Read("/"), StringComparison.Ordinal);
        Assert.Contains(SiteFeed, sample.Read("/about/"), StringComparison.Ordinal);
        var city = sample.Read("/cities/valdeserra/");
        Assert.Contains(SiteFeed, city, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"\u2068Valdeserra\u2069: progress and news\" href=\"/cities/valdeserra/feed.xml\">", city, StringComparison.Ordinal);
        Assert.DoesNotContain("/cities/valdeserra/feed.xml", sample.Read("/cities/mto-safi/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Keep_The_Ids_Of_Earlier_Entries_When_A_Report_Is_Added()
    {
        using var folder = new TemporaryFolder();
        var data = folder.Combine("data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        // A second report on the same day as an existing one, and a report dated before all the others.
        var sameDay = sample.Model.Evaluation["valdeserra-public-rental-homes"].History[^1].Date;
        File.AppendAllText(Path.Combine(data, "progress.csv"), $"valdeserra-public-rental-homes,{sameDay},1800,,Added later.,\nvaldeserra-public-rental-homes,2019-06-30,1240,,Backfilled.,\n");
        var output = folder.Combine("output");
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(output) with { DataFolder = data }).Succeeded);

        const string CityFeed = "cities/valdeserra/feed.xml";
        var before = Entries(XDocument.Load(sample.File("/" + CityFeed)));
        var after = Entries(XDocument.Load(Path.Combine(output, CityFeed)));
        Assert.Equal(before.Count + 2, after.Count);
        Assert.All(before, entry => Assert.Equal(entry.Value, after[entry.Key]));
    }

    [Fact]
    public void Should_State_In_Each_Progress_Entry_The_Verdict_The_Report_Left()
    {
        const string Id = "valdeserra-public-rental-homes";
        var commitment = sample.Model.Commitments.Single(c => c.Id == Id);
        var history = sample.Model.Evaluation[Id].History;
        var expected = ReportVerdicts.Of(commitment, history)
            .Select(v => $"Verdict on the date of this report: {sample.Strings[$"verdict.{Vocabularies.Verdict.WordOf(v)}"]}.")
            .ToList();

        var summaries = Feed(Portal.Feeds.FeedPaths.City("valdeserra")).Root!.Elements(Atom + "entry")
            .Where(e => Link(e, "alternate").Contains($"/commitments/{Id}/", StringComparison.Ordinal))
            .Select(e => Text(e, "summary"))
            .Reverse()
            .ToList();

        Assert.Equal(expected.Count, summaries.Count);
        Assert.All(expected.Zip(summaries), pair => Assert.EndsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Write_The_Same_Feed_In_Two_Builds()
    {
        using var folder = new TemporaryFolder();
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(folder.Path)).Succeeded);

        Assert.Equal(sample.Read("/feed.xml"), File.ReadAllText(Path.Combine(folder.Path, "feed.xml")));
    }

    [Fact]
    public void Should_Escape_Markup_And_Drop_What_Xml_Cannot_Hold()
    {
        const string Hostile = "</title><script>alert('x')</script> & \u0001\u0008 \"quoted\" \ud83c\udff3\ufe0f";
        var date = PartialDate.FromDate(new DateOnly(2026, 1, 2));
        var feed = new AtomFeed("urn:uuid:1", Hostile, Hostile, date, "/feed.xml?a=1&b=<2>", "/", Hostile, [new AtomEntry("urn:uuid:2", Hostile, date, "/x/", Hostile, Hostile)]);
        using var stream = new MemoryStream();

        AtomWriter.Write(feed, stream);

        var xml = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        var parsed = XDocument.Parse(xml).Root!;
        var expected = Hostile.Replace("\u0001", string.Empty, StringComparison.Ordinal).Replace("\u0008", string.Empty, StringComparison.Ordinal);
        Assert.Equal(expected, Text(parsed, "title"));
        Assert.Equal(expected, Text(parsed.Element(Atom + "entry")!, "summary"));
        Assert.Equal("/feed.xml?a=1&b=<2>", Link(parsed, "self"));
        Assert.Equal("2026-01-02T00:00:00Z", Text(parsed, "updated"));
    }

    private IEnumerable<string> FeedPaths() => sample.Model.Cities.Select(c => Portal.Feeds.FeedPaths.City(c.Id)).Prepend(Portal.Feeds.FeedPaths.Site);

    private XDocument Feed(string sitePath) => XDocument.Load(sample.File(sitePath));

    /// <summary>Each entry's id by what it says: its link, date and summary.</summary>
    private static Dictionary<string, string> Entries(XDocument feed) =>
        feed.Root!.Elements(Atom + "entry").ToDictionary(e => $"{Link(e, "alternate")} {Text(e, "updated")} {Text(e, "summary")}", e => Text(e, "id"));

    private static string Text(XElement parent, string name) => parent.Element(Atom + name)?.Value ?? string.Empty;

    private static string Link(XElement parent, string relation) =>
        parent.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == relation).Attribute("href")!.Value;
}
