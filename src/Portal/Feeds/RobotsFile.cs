using System.Text;
using Portal.Publishing;

namespace Portal.Feeds;

/// <summary>robots.txt: everything may be crawled; the sitemap says where everything is.</summary>
internal sealed class RobotsFile : IFileSource
{
    public IEnumerable<FileJob> Files(PublishingContext context)
    {
        yield return new FileJob("/robots.txt", stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            writer.WriteLine("User-agent: *");
            writer.WriteLine("Allow: /");
            writer.WriteLine($"Sitemap: {context.Urls.Canonical(FeedPaths.Sitemap)}");
        });
    }
}
