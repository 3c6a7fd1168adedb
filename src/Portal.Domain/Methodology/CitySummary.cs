using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

/// <summary>A city's progress in figures: what the city page and the city list show.</summary>
public sealed record CitySummary
{
    /// <summary>Commitments by current status, every status present, in the order of <see cref="CommitmentStatus"/>.</summary>
    public required IReadOnlyList<StatusCount> ByStatus { get; init; }

    /// <summary>Commitments by verdict, every verdict present, in the order of <see cref="Verdict"/>.</summary>
    public required IReadOnlyList<VerdictCount> ByVerdict { get; init; }

    public required int Total { get; init; }

    public required int Achieved { get; init; }

    /// <summary>Achieved commitments as a share of all, 0 to 100; 0 for a city with none.</summary>
    public double ShareAchieved => Total == 0 ? 0 : 100.0 * Achieved / Total;

    public required int Overdue { get; init; }

    public required int Stale { get; init; }

    public required int ElementsInPlace { get; init; }

    public required int ElementsTotal { get; init; }

    public static CitySummary Of(IReadOnlyCollection<CommitmentEvaluation> commitments, IEnumerable<Assessment> assessments, int elementsTotal)
    {
        var byStatus = Enum.GetValues<CommitmentStatus>()
            .Select(s => new StatusCount(s, commitments.Count(c => c.Status == s)))
            .ToList();
        return new CitySummary
        {
            ByStatus = byStatus,
            ByVerdict = [.. Enum.GetValues<Verdict>().Select(v => new VerdictCount(v, commitments.Count(c => c.Verdict == v)))],
            Total = commitments.Count,
            Achieved = byStatus.Single(s => s.Status == CommitmentStatus.Achieved).Count,
            Overdue = commitments.Count(c => c.IsOverdue),
            Stale = commitments.Count(c => c.IsStale),
            ElementsInPlace = assessments.Count(a => a.Status == AssessmentStatus.InPlace),
            ElementsTotal = elementsTotal,
        };
    }
}
