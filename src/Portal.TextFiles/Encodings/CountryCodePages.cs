namespace Portal.TextFiles.Encodings;

/// <summary>
/// The Windows code pages a State's languages are usually saved in, so that --country can settle which
/// code page a file is in when its bytes read plausibly in more than one. A State not listed here writes a
/// Latin script that Windows-1252 holds.
/// </summary>
internal static class CountryCodePages
{
    private static readonly Dictionary<string, int[]> ByCountry = Build(
        (1250, ["CZE", "SVK", "POL", "HUN", "SVN", "HRV", "BIH", "SRB", "MNE", "ROU", "ALB"]),
        (1251, ["RUS", "UKR", "BLR", "BGR", "SRB", "MNE", "BIH", "MKD", "KAZ", "KGZ", "TJK", "MNG"]),
        (1253, ["GRC", "CYP"]),
        (1254, ["TUR", "AZE"]),
        (1256, ["DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "IRN", "AFG", "PAK"]));

    /// <summary>The code pages likely for these States (ISO 3166-1 alpha-3); empty when no State is named.</summary>
    public static IReadOnlySet<int> LikelyFor(IEnumerable<string> countries)
    {
        var pages = new HashSet<int>();
        foreach (var country in countries)
        {
            pages.UnionWith(ByCountry.TryGetValue(country, out var listed) ? listed : [1252]);
        }

        return pages;
    }

    private static Dictionary<string, int[]> Build(params (int Page, string[] Countries)[] lists)
    {
        var byCountry = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (page, countries) in lists)
        {
            foreach (var country in countries)
            {
                byCountry[country] = byCountry.TryGetValue(country, out var pages) ? [.. pages, page] : [page];
            }
        }

        return byCountry;
    }
}
