using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.Rendering.Listings;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>/countries/ and /countries/&lt;iso3&gt;/: a State's recommendations and its cities, as a national mechanism needs them.</summary>
internal sealed class CountryPages : IPageSource
{
    /// <summary>
    /// A State may have thousands of recommendations; its page shows, for each mechanism, every one that cities act
    /// on and then others up to this many, and links to the full list.
    /// </summary>
    public const int ShownPerMechanism = 20;

    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        yield return new PageJob(SitePaths.Countries, "countries", () => Index(views));
        foreach (var code in views.Model.Countries)
        {
            yield return new PageJob(SitePaths.Country(code), "country", () => Page(views, code)) { Shows = () => PageDependencies.On([RecordKey.Country(code)]) };
        }
    }

    private static CountryIndexView Index(ViewFactory views)
    {
        var rows = CountryOrder.ByName(views.Model.Countries, views.CountryName).Select(code => Row(views, code)).ToList();
        return new CountryIndexView
        {
            Title = views.Strings["countries.title"],
            Description = views.Strings["countries.description"],
            Path = SitePaths.Countries,
            Canonical = views.Urls.Canonical(SitePaths.Countries),
            Kind = "countries",
            Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home)],
            WithCities = [.. rows.Where(r => r.Cities > 0)],
            Others = [.. rows.Where(r => r.Cities == 0)],
        };
    }

    private static CountryRowView Row(ViewFactory views, string code)
    {
        var model = views.Model;
        var cities = model.CitiesByCountry[code].ToList();
        return new CountryRowView(
            code,
            views.CountryLink(code),
            cities.Count,
            cities.Sum(c => model.CommitmentsByCity[c.Id].Count()),
            model.RecommendationsByCountry[code].Count());
    }

    private static CountryPageView Page(ViewFactory views, string code)
    {
        var model = views.Model;
        var path = SitePaths.Country(code);
        var recommendations = model.RecommendationsByCountry[code].ToList();
        var mechanisms = ByMechanism(views, recommendations);
        var withCityAction = recommendations.Count(r => ActedOn(model, r));
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
            WithCityAction = withCityAction,
            LocalAction = withCityAction > 0 ? views.Urls.Path(SitePaths.LocalAction(code)) : null,
            LocalActions = recommendations.Sum(r => model.CommitmentsByRecommendation[r.Id].Count()),
        };
    }

    private static List<RecommendationGroupView> ByMechanism(ViewFactory views, IEnumerable<Recommendation> recommendations) =>
        [.. recommendations
            .GroupBy(r => r.Mechanism, StringComparer.Ordinal)
            .OrderBy(g => MechanismOrder.Rank(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RecommendationGroupView(
                views.MechanismName(g.Key),
                g.Key.ToLowerInvariant(),
                [.. Shown(views.Model, g).Select(views.RecommendationItem)],
                g.Count()))];

    /// <summary>
    /// The recommendations cities act on come first, all of them, since they are what the portal is about; then
    /// others in file order up to <see cref="ShownPerMechanism"/>.
    /// </summary>
    internal static IEnumerable<Recommendation> Shown(PortalModel model, IEnumerable<Recommendation> recommendations)
    {
        var list = recommendations.ToList();
        var actedOn = list.Where(r => ActedOn(model, r)).ToList();
        return actedOn.Concat(list.Where(r => !ActedOn(model, r)).Take(Math.Max(0, ShownPerMechanism - actedOn.Count)));
    }

    private static bool ActedOn(PortalModel model, Recommendation recommendation) => model.CommitmentsByRecommendation[recommendation.Id].Any();
}
