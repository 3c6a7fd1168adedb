using Portal.Rendering.Pages;

namespace Portal.Publishing;

/// <summary>A file the build writes that is not a rendered page: a data download, a feed, the sitemap.</summary>
internal sealed record FileJob(string Path, Action<Stream> Write)
{
    /// <summary>Whether it reads other files back once they are written, as the zip of the open data does.</summary>
    public bool ReadsOtherFiles { get; init; }

    /// <summary>What the file shows, which tells a rebuild whether an edit reaches it.</summary>
    public PageDependencies Shows { get; init; } = PageDependencies.Everything;
}
