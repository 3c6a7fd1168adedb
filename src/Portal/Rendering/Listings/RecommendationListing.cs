using System.Globalization;
using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

/// <summary>Recommendations by mechanism, theme, country, SDG goal and response.</summary>
internal static class RecommendationListing
{
    public const string CountryFacet = "country";

    public static Listing<Recommendation> Definition { get; } = new(
        SitePaths.Recommendations,
        "recommendations",
        views => views.Model.Recommendations,
        [
            new("mechanism", (views, r) => [new FacetValue(Slug.FromText(r.Mechanism), views.MechanismName(r.Mechanism), views.MechanismName(r.Mechanism))]),
            new("theme", (views, r) => r.Themes.Select(t => FacetValues.Theme(views, t))),
            new(CountryFacet, (views, r) => [new FacetValue(SitePaths.CountrySlug(r.Country), views.CountryName(r.Country), views.CountryName(r.Country))]),
            new("sdg", (views, r) => r.Sdgs.Select(SdgGoal.Of).OfType<int>().Select(goal => FacetValues.Goal(views, goal))),
            new("response", (views, r) => r.Response is { } response
                ? [new FacetValue(Vocabularies.Response.WordOf(response), views.Response(response).Label, ((int)response).ToString("D2", CultureInfo.InvariantCulture))]
                : []),
        ],
        (views, items) => [.. items.Select(views.RecommendationItem)],
        "recommendation-list",
        r => RecordKey.Recommendation(r.Id));
}
