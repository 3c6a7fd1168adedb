using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

/// <summary>
/// Decides a commitment's verdict. The rules apply in order and the first that fits wins, so that a later, softer
/// word can never hide an earlier, harder fact: a closed commitment keeps its outcome, a missed deadline beats any
/// pace, and a pace measured on an old value gives way to "no recent data" instead of passing for today's.
/// </summary>
public static class VerdictRule
{
    public static Verdict Decide(VerdictFacts facts) => facts switch
    {
        { Status: CommitmentStatus.Abandoned } => Verdict.Abandoned,
        { Status: CommitmentStatus.Achieved } => Verdict.Achieved,
        { IsOverdue: true } => Verdict.Overdue,
        { IsStale: true } => Verdict.NoRecentData,
        { Status: CommitmentStatus.Planned } => Verdict.NotStarted,
        { Status: CommitmentStatus.Stalled } => Verdict.Behind,
        _ => FromPace(facts),
    };

    /// <summary>Work under way, on time and reported on lately: the indicator's pace, where there is one, decides.</summary>
    private static Verdict FromPace(VerdictFacts facts) => facts.Band switch
    {
        OnTrackBand.NotAssessable => Verdict.OnTrack,
        _ when facts.IsValueStale => Verdict.NoRecentData,
        OnTrackBand.TargetAchieved or OnTrackBand.OnTrack => Verdict.OnTrack,
        _ => Verdict.Behind,
    };
}
