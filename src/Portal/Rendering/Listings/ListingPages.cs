using Portal.Rendering.Pages;
using Portal.Rendering.Templates;
using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

/// <summary>
/// The pre-rendered, paginated pages of a listing, readable without JavaScript: the full list at its root,
/// an index of values for each facet, and the pages of each value. Each shows counts and links to the
/// values beside it.
/// </summary>
internal sealed class ListingPages<T>(Listing<T> listing) : IPageSource
{
    public const int PageSize = 50;

    public IEnumerable<PageJob> Pages(ViewFactory views)
    {
        var items = listing.Items(views);
        var groups = listing.Facets.ToDictionary(f => f.Key, f => Group(views, f, items));
        var facetCounts = string.Join(';', groups.Select(g => $"{g.Key}={g.Value.Count}"));
        foreach (var job in ListPages(views, items, groups, facet: null, value: null, facetCounts))
        {
            yield return job;
        }

        foreach (var facet in listing.Facets)
        {
            var path = FacetPath(facet.Key);
            var shape = $"{facetCounts}|{ValueCounts(groups[facet.Key])}";
            yield return new PageJob(path, "facet-index", () => FacetIndex(views, facet.Key, groups, items.Count, path))
            {
                Shows = () => PageDependencies.On([], shape),
            };
            foreach (var (value, members) in groups[facet.Key])
            {
                foreach (var job in ListPages(views, members, groups, facet.Key, value, shape))
                {
                    yield return job;
                }
            }
        }
    }

    /// <summary>The pages of one list. Each shows its items, and counts that no single item decides: its shape.</summary>
    private IEnumerable<PageJob> ListPages(
        ViewFactory views, IReadOnlyList<T> items, Dictionary<string, List<(FacetValue Value, List<T> Items)>> groups, string? facet, FacetValue? value,
        string counts)
    {
        var first = facet is null ? listing.Root : ValuePath(facet, value!.Slug);
        var count = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= count; number++)
        {
            var page = number;
            var path = SitePaths.ListingPage(first, page);
            yield return new PageJob(path, "listing", () => ListPage(views, items.Count, Slice(items, page), groups, facet, value, first, page, count, path))
            {
                Shows = () =>
                {
                    var shown = Slice(items, page).Select(listing.RecordKeyOf).ToList();
                    return PageDependencies.On(shown, $"{items.Count}|{counts}|{string.Join(' ', shown)}");
                },
            };
        }
    }

    /// <summary>
    /// Taken when a job asks, not kept in it: the jobs live as long as their page set, which <c>serve</c> keeps between
    /// rebuilds, and fifty items taken by index cost less than holding every page's slice.
    /// </summary>
    private static List<T> Slice(IReadOnlyList<T> items, int page) => [.. items.Skip((page - 1) * PageSize).Take(PageSize)];

    private static string ValueCounts(List<(FacetValue Value, List<T> Items)> values) =>
        string.Join(';', values.Select(v => $"{v.Value.Slug}={v.Value.Label}:{v.Items.Count}"));

    private ListingView ListPage(
        ViewFactory views, int total, List<T> slice, Dictionary<string, List<(FacetValue Value, List<T> Items)>> groups,
        string? facet, FacetValue? value, string first, int page, int count, string path)
    {
        var strings = views.Strings;
        var title = strings[$"{listing.Key}.title"];
        var heading = facet is null ? title : strings.Format("listing.value-title", title, strings[$"facet.{facet}"], BidiIsolation.Characters(value!.Label));
        return new ListingView
        {
            Title = count == 1 ? heading : strings.Format("listing.page-title", heading, page, count),
            Description = facet is null
                ? strings[$"{listing.Key}.description"]
                : strings.Format("listing.value-description", strings[$"{listing.Key}.records"], strings[$"facet.{facet}"], BidiIsolation.Characters(value!.Label)),
            Path = path,
            Canonical = views.Urls.Canonical(path),
            Kind = "listing",
            LastUpdated = views.Model.LastUpdated?.ToString(),
            Breadcrumbs = Breadcrumbs(views, facet, atRoot: facet is null && page == 1),
            Total = total,
            First = total == 0 ? 0 : (page - 1) * PageSize + 1,
            Last = (page - 1) * PageSize + slice.Count,
            Items = listing.Show(views, slice),
            ListPartial = listing.ListPartial,
            Pagination = Listings.Pagination.Of(views, first, page, count),
            Facets = FacetChoices(views, groups, facet),
            Values = facet is null ? [] : ValueChoices(views, groups[facet], facet, value!.Slug),
            FacetIndex = facet is null ? null : views.Urls.Path(FacetPath(facet)),
            FacetName = facet is null ? null : strings[$"facet.{facet}"],
        };
    }

    private FacetIndexView FacetIndex(
        ViewFactory views, string facet, Dictionary<string, List<(FacetValue Value, List<T> Items)>> groups, int total, string path)
    {
        var strings = views.Strings;
        return new FacetIndexView
        {
            Title = listing.FacetLink(views, facet).Title,
            Description = strings.Format("listing.facet-description", strings[$"facet.{facet}"], strings[$"{listing.Key}.records"]),
            Path = path,
            Canonical = views.Urls.Canonical(path),
            Kind = "facet-index",
            LastUpdated = views.Model.LastUpdated?.ToString(),
            Breadcrumbs = Breadcrumbs(views, facet: null, atRoot: false),
            Total = total,
            Facets = FacetChoices(views, groups, facet),
            Values = ValueChoices(views, groups[facet], facet, current: null),
        };
    }

    /// <summary>The trail to a page, without the page itself: the list's first page links no crumb to itself.</summary>
    private IReadOnlyList<LinkView> Breadcrumbs(ViewFactory views, string? facet, bool atRoot)
    {
        var crumbs = new List<LinkView> { views.Crumb("nav.home", SitePaths.Home) };
        if (atRoot)
        {
            return crumbs;
        }

        crumbs.Add(new(views.Strings[$"{listing.Key}.title"], views.Urls.Path(listing.Root)));
        if (facet is not null)
        {
            crumbs.Add(listing.FacetLink(views, facet));
        }

        return crumbs;
    }

    private IReadOnlyList<ChoiceView> FacetChoices(ViewFactory views, Dictionary<string, List<(FacetValue Value, List<T> Items)>> groups, string? current) =>
        [.. listing.Facets.Select(f => new ChoiceView(views.Strings[$"facet.{f.Key}"], views.Urls.Path(FacetPath(f.Key)), groups[f.Key].Count, f.Key == current))];

    private IReadOnlyList<ChoiceView> ValueChoices(ViewFactory views, List<(FacetValue Value, List<T> Items)> values, string facet, string? current) =>
        [.. values.Select(v => new ChoiceView(v.Value.Label, views.Urls.Path(ValuePath(facet, v.Value.Slug)), v.Items.Count, v.Value.Slug == current))];

    private static List<(FacetValue Value, List<T> Items)> Group(ViewFactory views, Facet<T> facet, IReadOnlyList<T> items) =>
        FacetGroups.Of(items, item => facet.ValuesOf(views, item));

    private string FacetPath(string facet) => SitePaths.ListingFacet(listing.Root, facet);

    private string ValuePath(string facet, string slug) => SitePaths.ListingValue(listing.Root, facet, slug);
}
