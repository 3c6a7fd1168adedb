namespace Portal.Publishing;

/// <summary>A file the build writes that is not a rendered page: a data download, a feed, the sitemap.</summary>
internal sealed record FileJob(string Path, Action<Stream> Write);
