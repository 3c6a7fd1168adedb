using Portal.Domain.Methodology;
using Portal.Domain.Model;

namespace Portal.Tests.Domain.Methodology;

/// <summary>The precedence of the verdict rules, one fact against another.</summary>
public sealed class VerdictRuleTests
{
    private static VerdictFacts Facts(
        CommitmentStatus status = CommitmentStatus.InProgress,
        bool overdue = false,
        bool stale = false,
        OnTrackBand band = OnTrackBand.NotAssessable,
        bool valueStale = false) => new(status, overdue, stale, band, valueStale);

    public static TheoryData<VerdictFacts, Verdict> Precedence => new()
    {
        // A closed commitment keeps its outcome, late or not, reported on or not.
        { Facts(CommitmentStatus.Achieved, overdue: true, stale: true, band: OnTrackBand.Deterioration), Verdict.Achieved },
        { Facts(CommitmentStatus.Abandoned, overdue: true, stale: true, band: OnTrackBand.OnTrack), Verdict.Abandoned },
        // A missed deadline beats every pace and every lack of data.
        { Facts(overdue: true, band: OnTrackBand.OnTrack), Verdict.Overdue },
        { Facts(overdue: true, band: OnTrackBand.TargetAchieved), Verdict.Overdue },
        { Facts(overdue: true, stale: true), Verdict.Overdue },
        { Facts(CommitmentStatus.Planned, overdue: true), Verdict.Overdue },
        { Facts(CommitmentStatus.Stalled, overdue: true), Verdict.Overdue },
        // Nothing reported for twelve months beats the status and the pace.
        { Facts(stale: true, band: OnTrackBand.OnTrack, valueStale: true), Verdict.NoRecentData },
        { Facts(CommitmentStatus.Planned, stale: true), Verdict.NoRecentData },
        { Facts(CommitmentStatus.Stalled, stale: true), Verdict.NoRecentData },
        // Reported on lately: the status, then the pace.
        { Facts(CommitmentStatus.Planned, band: OnTrackBand.Deterioration), Verdict.NotStarted },
        { Facts(CommitmentStatus.Stalled, band: OnTrackBand.OnTrack), Verdict.Behind },
        { Facts(band: OnTrackBand.TargetAchieved), Verdict.OnTrack },
        { Facts(band: OnTrackBand.OnTrack), Verdict.OnTrack },
        { Facts(band: OnTrackBand.ModerateProgress), Verdict.Behind },
        { Facts(band: OnTrackBand.LimitedProgress), Verdict.Behind },
        { Facts(band: OnTrackBand.Deterioration), Verdict.Behind },
        { Facts(band: OnTrackBand.NotAssessable), Verdict.OnTrack },
        // A pace measured on a value older than the window is not today's pace.
        { Facts(band: OnTrackBand.OnTrack, valueStale: true), Verdict.NoRecentData },
        { Facts(band: OnTrackBand.Deterioration, valueStale: true), Verdict.NoRecentData },
        { Facts(band: OnTrackBand.NotAssessable, valueStale: true), Verdict.OnTrack },
    };

    [Theory]
    [MemberData(nameof(Precedence))]
    public void Should_Apply_The_Rules_In_Their_Order_Of_Precedence(VerdictFacts facts, Verdict expected) =>
        Assert.Equal(expected, VerdictRule.Decide(facts));
}
