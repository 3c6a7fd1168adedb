using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Methodology;

public sealed class CitySummaryTests
{
    [Fact]
    public void Should_Count_Commitments_By_Status_In_The_Order_Of_The_Statuses()
    {
        var summary = CitySummary.Of(
            [Evaluation(CommitmentStatus.Achieved), Evaluation(CommitmentStatus.Stalled), Evaluation(CommitmentStatus.Achieved), Evaluation(CommitmentStatus.Planned)],
            [],
            0);

        Assert.Equal(
            [
                new StatusCount(CommitmentStatus.Planned, 1),
                new StatusCount(CommitmentStatus.InProgress, 0),
                new StatusCount(CommitmentStatus.Achieved, 2),
                new StatusCount(CommitmentStatus.Stalled, 1),
                new StatusCount(CommitmentStatus.Abandoned, 0),
            ],
            summary.ByStatus);
        Assert.Equal(4, summary.Total);
        Assert.Equal(2, summary.Achieved);
        Assert.Equal(50, summary.ShareAchieved);
    }

    [Fact]
    public void Should_Count_Overdue_And_Stale_Commitments()
    {
        var summary = CitySummary.Of(
            [
                Evaluation(CommitmentStatus.InProgress, overdue: true, stale: true),
                Evaluation(CommitmentStatus.InProgress, overdue: true),
                Evaluation(CommitmentStatus.Planned, stale: true),
                Evaluation(CommitmentStatus.Planned, stale: true),
                Evaluation(CommitmentStatus.Achieved),
            ],
            [],
            0);

        Assert.Equal(2, summary.Overdue);
        Assert.Equal(3, summary.Stale);
    }

    [Fact]
    public void Should_Count_The_Framework_Elements_In_Place()
    {
        Assessment[] assessments =
        [
            Make.Assessment(element: "e1"),
            Make.Assessment(element: "e2") with { Status = AssessmentStatus.InProgress },
            Make.Assessment(element: "e3"),
            Make.Assessment(element: "e4") with { Status = AssessmentStatus.NotInPlace },
        ];

        var summary = CitySummary.Of([], assessments, 9);

        Assert.Equal(2, summary.ElementsInPlace);
        Assert.Equal(9, summary.ElementsTotal);
    }

    [Fact]
    public void Should_Give_A_City_Without_Commitments_A_Zero_Share_Achieved()
    {
        var summary = CitySummary.Of([], [], 0);

        Assert.Equal(0, summary.Total);
        Assert.Equal(0, summary.ShareAchieved);
        Assert.All(summary.ByStatus, s => Assert.Equal(0, s.Count));
    }

    private static CommitmentEvaluation Evaluation(CommitmentStatus status, bool overdue = false, bool stale = false) => new()
    {
        Status = status,
        IsOverdue = overdue,
        IsStale = stale,
        Verdict = Verdict.OnTrack,
        Indicator = IndicatorProgress.NotAssessable(),
        History = [],
    };
}
