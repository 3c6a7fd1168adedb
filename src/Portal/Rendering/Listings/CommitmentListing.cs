using System.Globalization;
using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

/// <summary>Commitments by current status, theme and city.</summary>
internal static class CommitmentListing
{
    public static Listing<Commitment> Definition { get; } = new(
        SitePaths.Commitments,
        "commitments",
        views => views.Model.Commitments,
        [
            new("status", (views, c) =>
            {
                var status = views.Model.Evaluation[c.Id].Status;
                return [new FacetValue(Vocabularies.CommitmentStatus.WordOf(status), views.Status(status).Label, ((int)status).ToString("D2", CultureInfo.InvariantCulture))];
            }),
            new("theme", (_, c) => c.Themes.Select(FacetValues.Word)),
            new("city", (views, c) => [new FacetValue(c.CityId, views.Model.CityById[c.CityId].Name, views.Model.CityById[c.CityId].Name)]),
        ],
        (views, items) => ListedItems.Of([.. items.Select(views.CommitmentItem)]),
        c => RecordKey.Commitment(c.Id));
}
