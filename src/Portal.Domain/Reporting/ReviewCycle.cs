using Portal.Domain.Model;

namespace Portal.Domain.Reporting;

/// <summary>
/// The review a recommendation came from, as a number a reader knows it by: the UPR's cycle ("UPR cycle 4"), and
/// for the treaty bodies and special procedures, which have no cycles, the year of the review ("CEDAW 2022"):
/// the <c>cycle</c> column when the data gives one, otherwise the year of the recommendation's date.
/// </summary>
public static class ReviewCycle
{
    public const string Upr = "UPR";

    public static int? Of(Recommendation recommendation) =>
        recommendation.Cycle ?? (IsUpr(recommendation.Mechanism) ? null : recommendation.Date?.Year);

    /// <summary>True when the number of <see cref="Of"/> is a UPR cycle rather than a year.</summary>
    public static bool IsUpr(string mechanism) => string.Equals(mechanism, Upr, StringComparison.OrdinalIgnoreCase);
}
