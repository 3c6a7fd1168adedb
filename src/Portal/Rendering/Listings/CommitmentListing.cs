using System.Globalization;
using Portal.Domain.Changes;
using Portal.Domain.Model;
using Portal.Rendering.Views;

namespace Portal.Rendering.Listings;

/// <summary>Commitments by current status, theme and city.</summary>
internal static class CommitmentListing
{
    public const string StatusFacet = "status";

    public static Listing<Commitment> Definition { get; } = new(
        SitePaths.Commitments,
        "commitments",
        views => views.Model.Commitments,
        [
            new(StatusFacet, (views, c) =>
            {
                var status = views.Model.Evaluation[c.Id].Status;
                return [new FacetValue(StatusSlug(status), views.Status(status).Label, ((int)status).ToString("D2", CultureInfo.InvariantCulture))];
            }),
            new("theme", (views, c) => c.Themes.Select(t => FacetValues.Theme(views, t))),
            new("city", (views, c) => [new FacetValue(c.CityId, views.Model.CityById[c.CityId].Name, views.Model.CityById[c.CityId].Name)]),
        ],
        (views, items) => [.. items.Select(views.CommitmentItem)],
        "commitment-list",
        c => RecordKey.Commitment(c.Id));

    /// <summary>A status in addresses: its word in the data's vocabulary.</summary>
    public static string StatusSlug(CommitmentStatus status) => Vocabularies.CommitmentStatus.WordOf(status);
}
