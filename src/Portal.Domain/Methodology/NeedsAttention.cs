using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

/// <summary>
/// The verdicts a reader should look at first, and the order of each list: the latest first for overdue, the
/// longest silent first for no recent data, the nearest deadline first for behind. Ties go by id, so the order is
/// the same on every build.
/// </summary>
public static class NeedsAttention
{
    public static IReadOnlyList<Verdict> Verdicts { get; } = [Verdict.Overdue, Verdict.Behind, Verdict.NoRecentData];

    public static IReadOnlyList<Commitment> Of(
        Verdict verdict, IEnumerable<Commitment> commitments, IReadOnlyDictionary<string, CommitmentEvaluation> evaluation)
    {
        var matching = commitments.Where(c => evaluation[c.Id].Verdict == verdict);
        var ordered = verdict switch
        {
            Verdict.Overdue => matching.OrderByDescending(c => evaluation[c.Id].DaysPastDue ?? 0),
            Verdict.NoRecentData => matching.OrderByDescending(c => evaluation[c.Id].DaysSinceActivity ?? int.MaxValue),
            _ => matching.OrderBy(c => c.Due?.End ?? DateOnly.MaxValue),
        };
        return [.. ordered.ThenBy(c => c.Id, StringComparer.Ordinal)];
    }
}
