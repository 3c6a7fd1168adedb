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
    ];
}
