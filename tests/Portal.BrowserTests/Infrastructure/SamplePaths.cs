using Portal.Domain.Model;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>One address of every page type in the sample site, found from the data rather than hard-coded.</summary>
internal static class SamplePaths
{
    public static IReadOnlyList<string> OneOfEachPageType(PortalModel model) =>
    [
        "/",
        "/cities/",
        $"/cities/{model.Cities[0].Id}/",
        "/commitments/",
        $"/commitments/{model.Commitments[0].Id}/",
        "/recommendations/",
        $"/recommendations/{model.RecommendationSlug[model.Recommendations[0].Id]}/",
        "/countries/",
        $"/countries/{model.Countries[0].ToLowerInvariant()}/",
        "/framework/",
        "/about/",
        "/methodology/",
        "/news/",
        $"/news/{model.News[0].Slug}/",
        "/recommendations/mechanism/",
        "/recommendations/page/2/",
        "/search/",
        "/data/",
    ];

    /// <summary>
    /// Every page type, named, with the richest example of each: a commitment with an indicator chart, a
    /// recommendation that cities act on, and an unknown address for the not-found page.
    /// </summary>
    public static IReadOnlyList<PageType> EveryPageType(PortalModel model) =>
    [
        new("home", "/"),
        new("cities", "/cities/"),
        new("city", $"/cities/{model.Cities[0].Id}/"),
        new("commitments", "/commitments/"),
        new("commitment", $"/commitments/{CommitmentWithIndicatorValues(model).Id}/"),
        new("recommendations", "/recommendations/"),
        new("recommendation", $"/recommendations/{model.RecommendationSlug[RecommendationActedOn(model).Id]}/"),
        new("countries", "/countries/"),
        new("country", $"/countries/{model.Countries[0].ToLowerInvariant()}/"),
        new("local-action", "/countries/esp/local-action/"),
        new("framework", "/framework/"),
        new("about", "/about/"),
        new("methodology", "/methodology/"),
        new("news", "/news/"),
        new("news-item", $"/news/{model.News[0].Slug}/"),
        new("not-found", "/no-such-page/"),
        new("facet-index", "/recommendations/theme/"),
        new("listing-page", "/commitments/status/in-progress/"),
        new("search", "/search/"),
        new("data", "/data/"),
    ];

    public static Commitment CommitmentWithIndicatorValues(PortalModel model) =>
        model.Commitments.First(c => c.Indicator is { Baseline: not null, Target: not null, TargetYear: not null }
            && model.Evaluation[c.Id].History.Count(r => r.Value is not null) >= 2);

    public static Recommendation RecommendationActedOn(PortalModel model) =>
        model.Recommendations.First(r => model.CommitmentsByRecommendation[r.Id].Any());
}
