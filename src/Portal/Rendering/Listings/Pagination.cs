using System.Globalization;
using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

/// <summary>The pagination bar of any paginated page: a listing, or a country's dashboard of local action.</summary>
internal static class Pagination
{
    public static PaginationView Of(ViewFactory views, string first, int page, int count) => new(
        count,
        page > 1 ? views.Urls.Path(SitePaths.ListingPage(first, page - 1)) : null,
        page < count ? views.Urls.Path(SitePaths.ListingPage(first, page + 1)) : null,
        [.. PageWindow.Of(page, count).Select(slot => Slot(views, first, page, slot))]);

    private static PageSlotView Slot(ViewFactory views, string first, int page, PageSlot slot) => slot.IsGap
        ? new PageSlotView(views.Strings["listing.gap-mark"], null, false, views.Strings.Format("listing.gap", slot.First, slot.Last))
        : new PageSlotView(slot.First.ToString(CultureInfo.InvariantCulture), views.Urls.Path(SitePaths.ListingPage(first, slot.First)), slot.First == page, null);
}
