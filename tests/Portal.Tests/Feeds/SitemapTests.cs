using System.Xml.Linq;
using Portal.Feeds;
using Portal.Pipeline;
using Portal.Publishing;
using Portal.Rendering.Templates;
using Portal.Tests.Pipeline;
using Portal.Tests.Support;

namespace Portal.Tests.Feeds;

/// <summary>sitemap.xml lists every page by its canonical URL, in parts when there are more than a sitemap may hold.</summary>
public sealed class SitemapTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Should_List_Every_Page_But_The_404_By_Its_Canonical_Url()
    {
        using var folder = new TemporaryFolder();
        const string BaseUrl = "https://rights.example.org/portal/";
        Assert.True(new SiteBuilder().Build(BuildOptionsFor.Sample(folder.Path) with { BaseUrl = BaseUrl }).Succeeded);

        var listed = XDocument.Load(Path.Combine(folder.Path, "sitemap.xml")).Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();

        var pages = Directory.GetFiles(folder.Path, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder.Path, file).Replace('\\', '/'))
            .Where(file => file != "404.html" && !file.EndsWith("/annex.html", StringComparison.Ordinal))
            .Select(file => BaseUrl + (file == "index.html" ? string.Empty : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file));
        Assert.Equal(pages.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Contains("Sitemap: https://rights.example.org/portal/sitemap.xml", File.ReadAllText(Path.Combine(folder.Path, "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Split_More_Than_50000_Pages_Into_Sitemaps_Listed_By_An_Index()
    {
        var pages = Enumerable.Range(1, 120_001).Select(i => $"/recommendations/r{i}/").ToList();
        var context = new PublishingContext(sample.Model, new UrlBuilder("https://x.example/"), sample.Strings, sample.Settings, pages, NoWrittenFiles.Open);

        var files = new SitemapFile().Files(context).ToDictionary(f => f.Path, f => Written(f));

        var index = files["/sitemap.xml"].Root!;
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        var parts = index.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Equal(["https://x.example/sitemap-1.xml", "https://x.example/sitemap-2.xml", "https://x.example/sitemap-3.xml"], parts);
        var listed = files.Where(f => f.Key != "/sitemap.xml").SelectMany(f => f.Value.Root!.Elements(Sitemaps + "url")).ToList();
        Assert.Equal(pages.Count, listed.Count);
        Assert.All(files.Values, file => Assert.True(file.Root!.Elements().Count() <= SitemapFile.MaxUrls));
    }

    private static XDocument Written(FileJob file)
    {
        using var stream = new MemoryStream();
        file.Write(stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }
}
