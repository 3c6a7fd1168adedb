using Portal.Domain.Methodology;
using Portal.Domain.Model;

namespace Portal.Domain.Changes;

/// <summary>
/// Whether two versions of a commitment read the same. Records compare their lists by reference, so the
/// lists are compared item by item and the rest by the record's own equality.
/// </summary>
internal static class CommitmentComparer
{
    public static bool Same(Commitment a, Commitment b) =>
        WithoutLists(a) == WithoutLists(b)
        && a.RecommendationIds.SequenceEqual(b.RecommendationIds, StringComparer.Ordinal)
        && a.FrameworkIds.SequenceEqual(b.FrameworkIds, StringComparer.Ordinal)
        && a.Themes.SequenceEqual(b.Themes, StringComparer.Ordinal)
        && a.Sdgs.SequenceEqual(b.Sdgs, StringComparer.Ordinal);

    /// <summary>Progress reports hold no lists, so their own equality covers every column and the row.</summary>
    public static bool SameHistory(CommitmentEvaluation a, CommitmentEvaluation b) => a.History.SequenceEqual(b.History);

    private static Commitment WithoutLists(Commitment commitment) =>
        commitment with { RecommendationIds = [], FrameworkIds = [], Themes = [], Sdgs = [] };
}
