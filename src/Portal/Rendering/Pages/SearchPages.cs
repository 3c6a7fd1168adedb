using Portal.Rendering.Listings;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>
/// /search/: full-text search with filters, run in the browser over Pagefind's index. Without JavaScript the
/// page offers the browse pages instead, which hold the same records.
/// </summary>
internal sealed class SearchPages : IPageSource
{
    /// <summary>The browse pages, named by the listings that make them, so the two cannot disagree.</summary>
    private static readonly (string List, string Root, string[] Facets)[] BrowsePages =
    [
        (RecommendationListing.Definition.Key, RecommendationListing.Definition.Root, [.. RecommendationListing.Definition.Facets.Select(f => f.Key)]),
        (CommitmentListing.Definition.Key, CommitmentListing.Definition.Root, [.. CommitmentListing.Definition.Facets.Select(f => f.Key)]),
    ];

    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        yield return new PageJob(SitePaths.Search, "search", () => new SearchPageView
        {
            Title = views.Strings["search.title"],
            Description = views.Strings["search.description"],
            Path = SitePaths.Search,
            Canonical = views.Urls.Canonical(SitePaths.Search),
            Kind = "search",
            Breadcrumbs = [views.Crumb("nav.home", SitePaths.Home)],
            Bundle = views.Urls.Path("/pagefind/"),
            Browse = [.. BrowsePages.SelectMany(list => list.Facets.Select(facet => new ChoiceView(
                views.Strings.Format("listing.by", views.Strings[$"{list.List}.title"], views.Strings[$"facet.{facet}"]),
                views.Urls.Path($"{list.Root}{facet}/"),
                null,
                false)))],
        }) { Shows = () => PageDependencies.Nothing };
    }
}
