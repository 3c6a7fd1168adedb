namespace Portal.Pipeline;

/// <summary>Where a build reads from and writes to, and the date it treats as today.</summary>
public sealed record BuildOptions
{
    public string DataFolder { get; init; } = "data";
    public string ContentFolder { get; init; } = "input";
    public string ThemeFolder { get; init; } = "theme";
    public string OutputFolder { get; init; } = "output";
    /// <summary>--base-url: a path (/portal/) or the site's address; "/" when not given.</summary>
    public string BaseUrl { get; init; } = "/";
    /// <summary>Whether to write the search index; off for benchmarks and quick previews.</summary>
    public bool Search { get; init; } = true;
    /// <summary>"Today" for the overdue and stale flags, fixed so that a build can be reproduced.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>
    /// The base URL every link and canonical address starts with: <c>--base-url</c> when given, else
    /// <c>base_url</c> from site.yml, else "/" (links by path, and citations that say they have no address).
    /// </summary>
    public string BaseUrlWith(Rendering.Theme.SiteSettings settings) =>
        BaseUrl == "/" && settings.BaseUrl is { } configured ? configured : BaseUrl;
}
