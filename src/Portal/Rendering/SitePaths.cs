namespace Portal.Rendering;

/// <summary>Every address the site publishes. Changing one here changes every link to it.</summary>
internal static class SitePaths
{
    public const string Home = "/";
    public const string Cities = "/cities/";
    public const string Commitments = "/commitments/";
    public const string Recommendations = "/recommendations/";
    public const string Countries = "/countries/";
    public const string Framework = "/framework/";
    public const string News = "/news/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";

    public static string City(string id) => $"/cities/{id}/";

    public static string Commitment(string id) => $"/commitments/{id}/";

    public static string Recommendation(string slug) => $"/recommendations/{slug}/";

    public static string Country(string code) => $"/countries/{code.ToLowerInvariant()}/";

    public static string Page(string slug) => $"/{slug}/";

    public static string NewsItem(string slug) => $"/news/{slug}/";

    /// <summary>The file a site path is written to: directories get an index.html.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + "index.html" : sitePath.TrimStart('/');
}
