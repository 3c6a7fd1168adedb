namespace Portal.Rendering.Templates;

/// <summary>
/// Makes links from site paths. <c>--base-url</c> may be a path (<c>/portal/</c>) or an absolute URL
/// (<c>https://rights.example.org/</c>); links use its path, canonical URLs use it whole.
/// </summary>
public sealed class UrlBuilder
{
    private readonly string _basePath;
    private readonly string? _origin;

    public UrlBuilder(string baseUrl)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            _origin = absolute.GetLeftPart(UriPartial.Authority);
            _basePath = absolute.AbsolutePath;
        }
        else
        {
            _basePath = baseUrl.StartsWith('/') ? baseUrl : "/" + baseUrl;
        }

        _basePath = _basePath.TrimEnd('/') + "/";
    }

    /// <summary>The path every link starts with, ending in a slash.</summary>
    public string BasePath => _basePath;

    /// <summary>A site path such as <c>/cities/x/</c> as a link under the base path.</summary>
    public string Path(string sitePath) => _basePath + sitePath.TrimStart('/');

    /// <summary>The canonical URL: absolute when the base URL is, else the path.</summary>
    public string Canonical(string sitePath) => (_origin ?? string.Empty) + Path(sitePath);
}
