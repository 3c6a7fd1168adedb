using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.OpenData;
using Portal.Rendering.Links;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>/recommendations/&lt;slug&gt;/: one page a recommendation. The lists are <see cref="Listings.RecommendationListing"/>.</summary>
internal sealed class RecommendationPages : IPageSource
{
    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        foreach (var recommendation in views.Model.Recommendations)
        {
            var path = SitePaths.Recommendation(views.Model.RecommendationSlug[recommendation.Id]);
            yield return new PageJob(path, "recommendation", () => Page(views, recommendation, path))
            {
                Shows = () => PageDependencies.On([RecordKey.Recommendation(recommendation.Id)]),
            };
        }
    }

    private static RecommendationPageView Page(ViewFactory views, Recommendation recommendation, string path)
    {
        var item = views.RecommendationItem(recommendation);
        return new RecommendationPageView
        {
            Title = item.Title,
            Description = recommendation.Text.Length > 200 ? recommendation.Text[..200] + "…" : recommendation.Text,
            Path = path,
            Canonical = views.Urls.Canonical(path),
            Kind = "recommendation",
            Breadcrumbs =
            [
                views.Crumb("nav.home", SitePaths.Home),
                views.Crumb("nav.recommendations", SitePaths.Recommendations),
                item.Country,
            ],
            Recommendation = item,
            RecommendingState = recommendation.RecommendingState,
            Cycle = recommendation.Cycle,
            Session = recommendation.Session,
            AffectedPersons = recommendation.AffectedPersons,
            SourceUrl = SafeLink.OrNothing(recommendation.Url),
            Uptake = [.. views.Model.CommitmentsByRecommendation[recommendation.Id]
                .Select(c => new UptakeView(views.CityLink(views.Model.CityById[c.CityId]), views.CommitmentItem(c)))],
            Provenance = views.Provenance(RecommendationRecords.Name, recommendation.Row, recommendation.Url),
            Search = views.SearchEntry(recommendation),
        };
    }
}
