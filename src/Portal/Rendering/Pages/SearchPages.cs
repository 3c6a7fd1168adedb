using Portal.Rendering.Listings;
using Portal.Rendering.Views;

namespace Portal.Rendering.Pages;

/// <summary>
/// /search/: full-text search with filters, run in the browser over Pagefind's index. Without JavaScript the
/// page offers the browse pages instead, which hold the same records.
/// </summary>
internal sealed class SearchPages : IPageSource
{
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
            Browse = [.. BrowsePages(views).Select(link => new ChoiceView(link.Title, link.Url, null, false))],
        }) { Shows = () => PageDependencies.Nothing };
    }

    /// <summary>The browse pages, named by the listings that make them, so the two cannot disagree.</summary>
    private static IEnumerable<LinkView> BrowsePages(ViewFactory views) =>
        RecommendationListing.Definition.FacetLinks(views).Concat(CommitmentListing.Definition.FacetLinks(views));
}
