using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

/// <summary>
/// A browsable list of one kind of record: its address, its facets, and how its items are shown (their views, and
/// the partial that lists them). The same definition yields the full list, one index page per facet, and the pages
/// of each facet value.
/// </summary>
internal sealed record Listing<T>(
    string Root,
    string Key,
    Func<ViewFactory, IReadOnlyList<T>> Items,
    IReadOnlyList<Facet<T>> Facets,
    Func<ViewFactory, IReadOnlyList<T>, IReadOnlyList<object>> Show,
    string ListPartial,
    Func<T, string> RecordKeyOf)
{
    /// <summary>"Recommendations by theme" and its index: one name and address for every link to a facet.</summary>
    public LinkView FacetLink(ViewFactory views, string facet) => new(
        views.Strings.Format("listing.by", views.Strings[$"{Key}.title"], views.Strings[$"facet.{facet}"]),
        views.Urls.Path(SitePaths.ListingFacet(Root, facet)));

    public IEnumerable<LinkView> FacetLinks(ViewFactory views) => Facets.Select(facet => FacetLink(views, facet.Key));
}

