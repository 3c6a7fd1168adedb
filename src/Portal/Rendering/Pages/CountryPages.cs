using Portal.Domain.Changes;
using Portal.Rendering.Listings;
using Portal.Rendering.Templates;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>/countries/ and /countries/&lt;iso3&gt;/: a State's recommendations and its cities, as a national mechanism needs them.</summary>
internal sealed class CountryPages : IPageSource
{
    /// <summary>A State may have thousands of recommendations; its page shows the first of each mechanism and links to the full list.</summary>
    public const int ShownPerMechanism = 20;

    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        yield return new PageJob(SitePaths.Countries, "countries", () => Index(views));
        foreach (var code in views.Model.Countries)
        {
            yield return new PageJob(SitePaths.Country(code), "country", () => Page(views, code)) { Shows = () => PageDependencies.On([RecordKey.Country(code)]) };
        }
    }

    private static CountryIndexView Index(ViewFactory views) => new()
    {
        Title = views.Strings["countries.title"],
        Description = views.Strings["countries.description"],
        Path = SitePaths.Countries,
        Canonical = views.Urls.Canonical(SitePaths.Countries),
        Kind = "countries",
        Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home)],
        Countries = [.. views.Model.Countries.Select(code => new CountryRowView(
            code,
            views.CountryLink(code),
            views.Model.CitiesByCountry[code].Count(),
            views.Model.RecommendationsByCountry[code].Count()))],
    };

    private static CountryPageView Page(ViewFactory views, string code)
    {
        var model = views.Model;
        var path = SitePaths.Country(code);
        var recommendations = model.RecommendationsByCountry[code].ToList();
        var mechanisms = ByMechanism(views, recommendations);
        return new CountryPageView
        {
            Title = views.CountryName(code),
            Description = views.Strings.Format("country.meta-description", views.CountryName(code)),
            Path = path,
            Canonical = views.Urls.Canonical(path),
            Kind = "country",
            Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home), views.Crumb("nav.countries", SitePaths.Countries)],
            Code = code,
            Cities = [.. model.CitiesByCountry[code].Select(views.CityCard)],
            Mechanisms = mechanisms,
            AllRecommendations = mechanisms.Any(m => m.Total > m.Recommendations.Count)
                ? views.Urls.Path(SitePaths.ListingValue(RecommendationListing.Definition.Root, RecommendationListing.CountryFacet, SitePaths.CountrySlug(code)))
                : null,
            RecommendationCount = recommendations.Count,
            WithCityAction = recommendations.Count(r => model.CommitmentsByRecommendation[r.Id].Any()),
        };
    }

    private static List<RecommendationGroupView> ByMechanism(ViewFactory views, IEnumerable<Domain.Model.Recommendation> recommendations) =>
        [.. recommendations
            .GroupBy(r => r.Mechanism, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RecommendationGroupView(
                views.Strings.Format("country-page.mechanism-heading", BidiIsolation.Characters(g.Key)),
                g.Key.ToLowerInvariant(),
                [.. g.Take(ShownPerMechanism).Select(views.RecommendationItem)],
                g.Count()))];
}
