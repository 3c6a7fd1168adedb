using Portal.Publishing;
using Portal.Rendering;

namespace Portal.Feeds;

/// <summary>
/// sitemap.xml (https://www.sitemaps.org/protocol.html): the canonical address of every page but the 404 page.
/// A sitemap may list at most 50,000 addresses; a larger site gets numbered sitemaps and an index of them at
/// /sitemap.xml, where robots.txt points.
/// </summary>
internal sealed class SitemapFile : IFileSource
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const int MaxUrls = 50_000;

    public IEnumerable<FileJob> Files(PublishingContext context)
    {
        var pages = context.PagePaths.Where(p => p != SitePaths.NotFound).ToList();
        if (pages.Count <= MaxUrls)
        {
            yield return new FileJob(FeedPaths.Sitemap, stream => WriteUrls(context, pages, stream));
            yield break;
        }

        var parts = pages.Chunk(MaxUrls).Select((chunk, i) => (Path: FeedPaths.SitemapPart(i + 1), Pages: chunk)).ToList();
        yield return new FileJob(FeedPaths.Sitemap, stream => WriteIndex(context, parts.Select(p => p.Path), stream));
        foreach (var (path, chunk) in parts)
        {
            yield return new FileJob(path, stream => WriteUrls(context, chunk, stream));
        }
    }

    private static void WriteUrls(PublishingContext context, IEnumerable<string> pages, Stream stream) =>
        WriteList(stream, "urlset", "url", pages.Select(context.Urls.Canonical));

    private static void WriteIndex(PublishingContext context, IEnumerable<string> sitemaps, Stream stream) =>
        WriteList(stream, "sitemapindex", "sitemap", sitemaps.Select(context.Urls.Canonical));

    private static void WriteList(Stream stream, string root, string item, IEnumerable<string> locations)
    {
        using var xml = XmlFile.Create(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement(root, Namespace);
        foreach (var location in locations)
        {
            xml.WriteStartElement(item);
            XmlFile.Element(xml, "loc", location);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
