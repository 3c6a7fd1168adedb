using Portal.Rendering;

namespace Portal.Feeds;

/// <summary>Where the feeds and the sitemap are published.</summary>
internal static class FeedPaths
{
    public const string Site = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";

    public static string City(string cityId) => SitePaths.City(cityId) + "feed.xml";

    /// <summary>One of the numbered sitemaps of a site too large for one.</summary>
    public static string SitemapPart(int number) => $"/sitemap-{number}.xml";
}
