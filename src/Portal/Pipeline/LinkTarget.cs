namespace Portal.Pipeline;

/// <summary>Where a link leads on the site: a site path such as <c>/cities/x/</c>, and the anchor it names there, if any.</summary>
internal sealed record LinkTarget(string Path, string? Fragment);
