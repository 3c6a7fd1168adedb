using System.Globalization;

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

    /// <summary>The commitments of every city with one needs-attention verdict, such as /commitments/attention/overdue/.</summary>
    public static string Attention(string verdict) => $"/commitments/attention/{verdict}/";

    /// <summary>The rows of an attention page as CSV, beside the page.</summary>
    public static string AttentionCsv(string verdict) => $"{Attention(verdict)}commitments-{verdict}.csv";

    public static string Recommendation(string slug) => $"/recommendations/{slug}/";

    public static string Country(string code) => $"/countries/{CountrySlug(code)}/";

    /// <summary>A country in addresses: its ISO code in lower case, on its own page and in the lists by country.</summary>
    public static string CountrySlug(string code) => code.ToLowerInvariant();

    /// <summary>
    /// A State's dashboard of local action: /countries/esp/local-action/, narrowed to a mechanism
    /// (/countries/esp/local-action/upr/) and a review (/countries/esp/local-action/upr/4/, /…/cedaw/2022/).
    /// </summary>
    public static string LocalAction(string country, string? mechanism = null, int? cycle = null) =>
        $"{Country(country)}local-action/"
        + (mechanism is null ? "" : Portal.Domain.Model.Slug.FromText(mechanism) + "/")
        + (mechanism is not null && cycle is { } c ? c.ToString(CultureInfo.InvariantCulture) + "/" : "");

    /// <summary>
    /// The rows of a dashboard page as CSV, beside it, named by its scope so that downloads stay apart in a folder:
    /// /countries/esp/local-action/upr/4/local-action-esp-upr-4.csv.
    /// </summary>
    public static string LocalActionCsv(string country, string? mechanism = null, int? cycle = null)
    {
        var folder = LocalAction(country, mechanism, cycle);
        var scope = folder[Country(country).Length..].Replace("local-action/", "", StringComparison.Ordinal).TrimEnd('/').Replace('/', '-');
        return $"{folder}local-action-{CountrySlug(country)}{(scope.Length == 0 ? "" : "-" + scope)}.csv";
    }

    /// <summary>The annex to the State's report for the same scope as a dashboard page, beside it.</summary>
    public static string AnnexHtml(string country, string? mechanism = null, int? cycle = null) =>
        LocalAction(country, mechanism, cycle) + "annex.html";

    public static string AnnexDocx(string country, string? mechanism = null, int? cycle = null) =>
        LocalAction(country, mechanism, cycle) + "annex.docx";

    /// <summary>The style sheet of every HTML annex on the site (an annex written by `portal annex` carries its own).</summary>
    public const string AnnexStyle = "/countries/annex.css";

    /// <summary>The index of a list's values for one facet, such as /recommendations/theme/.</summary>
    public static string ListingFacet(string listRoot, string facet) => $"{listRoot}{facet}/";

    /// <summary>The first page of a list narrowed to one value, such as /recommendations/theme/housing/.</summary>
    public static string ListingValue(string listRoot, string facet, string valueSlug) => $"{ListingFacet(listRoot, facet)}{valueSlug}/";

    /// <summary>A page of a paginated list: the first is the list's own address, the others are below it.</summary>
    public static string ListingPage(string firstPage, int page) =>
        page == 1 ? firstPage : string.Create(CultureInfo.InvariantCulture, $"{firstPage}page/{page}/");

    public static string Page(string slug) => $"/{slug}/";

    public static string NewsItem(string slug) => $"/news/{slug}/";

    /// <summary>The file a site path is written to: directories get an index.html.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + "index.html" : sitePath.TrimStart('/');
}
