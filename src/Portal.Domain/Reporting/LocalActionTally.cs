using Portal.Domain.Methodology;

namespace Portal.Domain.Reporting;

/// <summary>
/// The figures of one group of recommendations (a State's, a mechanism's, a review's, a theme's): how many there
/// are, how many at least one city acts on, and the verdicts of the local action. Verdicts are counted per
/// (recommendation, commitment) pair, the rows of the dashboard, so they add up to <see cref="Pairs"/>; a commitment
/// that acts on two recommendations of the group counts once for each. <see cref="Verdicts"/> holds every verdict
/// in its order, zeros included, so that a table of tallies has the same columns.
/// </summary>
public sealed record LocalActionTally(int Recommendations, int WithLocalAction, IReadOnlyList<VerdictCount> Verdicts)
{
    /// <summary>The (recommendation, commitment) pairs: the local actions, the rows of the dashboard's table.</summary>
    public int Pairs => Verdicts.Sum(v => v.Count);

    public int Count(Verdict verdict) => Verdicts.FirstOrDefault(v => v.Verdict == verdict).Count;
}
