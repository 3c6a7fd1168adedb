using Portal.Domain.Methodology;
using Portal.Domain.Model;

namespace Portal.Domain.Reporting;

/// <summary>
/// One city's action on one recommendation: a (recommendation, commitment) pair, with the commitment's city and
/// what the methodology says of it on the as-of date.
/// </summary>
public sealed record LocalActionRow(Recommendation Recommendation, Commitment Commitment, City City, CommitmentEvaluation Evaluation)
{
    public Verdict Verdict => Evaluation.Verdict;

    /// <summary>The latest progress report, the one a reader wants first; null when none was made.</summary>
    public ProgressReport? LatestReport => Evaluation.History.Count > 0 ? Evaluation.History[^1] : null;
}
