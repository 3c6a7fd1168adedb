using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Methodology;

public sealed class CommitmentEvaluatorTests
{
    private static readonly CommitmentEvaluator Evaluator = new(new DateOnly(2025, 6, 30));

    [Fact]
    public void Should_Take_The_Status_From_The_Latest_Progress_Row_That_Has_One()
    {
        var achieved = Make.Progress("2025-01-15") with { Status = CommitmentStatus.Achieved };
        ProgressReport[] reports =
        [
            Make.Progress("2025-03-01") with { Value = 12 },
            achieved,
            Make.Progress("2024-05-01") with { Status = CommitmentStatus.InProgress },
        ];

        var evaluation = Evaluator.Evaluate(Make.Commitment(), reports);

        Assert.Equal(CommitmentStatus.Achieved, evaluation.Status);
        Assert.Same(achieved, evaluation.StatusReport);
    }

    [Fact]
    public void Should_Keep_The_Commitments_Own_Status_When_No_Progress_Row_Has_One()
    {
        var commitment = Make.Commitment() with { Status = CommitmentStatus.Stalled };

        var evaluation = Evaluator.Evaluate(commitment, [Make.Progress("2025-03-01") with { Value = 12 }]);

        Assert.Equal(CommitmentStatus.Stalled, evaluation.Status);
        Assert.Null(evaluation.StatusReport);
    }

    [Fact]
    public void Should_Take_The_Later_Row_When_Two_Status_Rows_Share_A_Date()
    {
        ProgressReport[] reports =
        [
            Make.Progress("2025-03-01", line: 2) with { Status = CommitmentStatus.InProgress },
            Make.Progress("2025-03-01", line: 3) with { Status = CommitmentStatus.Stalled },
        ];

        Assert.Equal(CommitmentStatus.Stalled, Evaluator.Evaluate(Make.Commitment(), reports).Status);
    }

    [Fact]
    public void Should_Keep_The_History_Oldest_First()
    {
        ProgressReport[] reports = [Make.Progress("2025-03"), Make.Progress("2023"), Make.Progress("2024-11-02")];

        var evaluation = Evaluator.Evaluate(Make.Commitment(), reports);

        Assert.Equal(["2023", "2024-11-02", "2025-03"], evaluation.History.Select(r => r.Date.ToString()));
    }

    [Theory]
    [InlineData("2025", "2025-12-31", false)]
    [InlineData("2025", "2026-01-01", true)]
    [InlineData("2025-02", "2025-02-28", false)]
    [InlineData("2025-02", "2025-03-01", true)]
    [InlineData("2025-06-15", "2025-06-15", false)]
    [InlineData("2025-06-15", "2025-06-16", true)]
    public void Should_Call_A_Commitment_Overdue_Only_After_The_Whole_Due_Period_Has_Passed(string due, string asOf, bool overdue)
    {
        var evaluator = new CommitmentEvaluator(Make.Date(asOf).Start);

        Assert.Equal(overdue, evaluator.IsOverdue(Make.Date(due), CommitmentStatus.InProgress));
    }

    [Theory]
    [InlineData(CommitmentStatus.Achieved, false)]
    [InlineData(CommitmentStatus.Abandoned, false)]
    [InlineData(CommitmentStatus.Planned, true)]
    [InlineData(CommitmentStatus.Stalled, true)]
    public void Should_Never_Call_An_Achieved_Or_Abandoned_Commitment_Overdue(CommitmentStatus status, bool overdue) =>
        Assert.Equal(overdue, Evaluator.IsOverdue(Make.Date("2020"), status));

    [Fact]
    public void Should_Judge_Overdue_By_The_Status_Progress_Reports_Set()
    {
        var commitment = Make.Commitment() with { Due = Make.Date("2024"), Status = CommitmentStatus.InProgress };

        var evaluation = Evaluator.Evaluate(commitment, [Make.Progress("2024-12-01") with { Status = CommitmentStatus.Achieved }]);

        Assert.False(evaluation.IsOverdue);
    }

    [Fact]
    public void Should_Not_Call_A_Commitment_Without_A_Due_Date_Overdue() =>
        Assert.False(Evaluator.IsOverdue(null, CommitmentStatus.Planned));

    [Theory]
    [InlineData("2024-06-30", false)]
    [InlineData("2024-06-29", true)]
    [InlineData("2024-06", false)]
    [InlineData("2024-05", true)]
    [InlineData("2025-06-30", false)]
    public void Should_Call_A_Commitment_Stale_When_Nothing_Was_Reported_In_The_Twelve_Months_Before_The_As_Of_Date(string lastReport, bool stale)
    {
        var evaluation = Evaluator.Evaluate(Make.Commitment(), [Make.Progress(lastReport) with { Value = 1 }]);

        Assert.Equal(stale, evaluation.IsStale);
    }

    [Fact]
    public void Should_Count_The_Updated_Column_As_Activity()
    {
        var commitment = Make.Commitment() with { Updated = Make.Date("2025-01") };

        var evaluation = Evaluator.Evaluate(commitment, [Make.Progress("2022-03-01") with { Value = 1 }]);

        Assert.False(evaluation.IsStale);
        Assert.Equal(Make.Date("2025-01"), evaluation.LastActivity);
    }

    [Fact]
    public void Should_Take_The_Latest_Progress_Date_When_It_Is_Later_Than_Updated()
    {
        var commitment = Make.Commitment() with { Updated = Make.Date("2023-01-01") };

        var evaluation = Evaluator.Evaluate(commitment, [Make.Progress("2024-09-01"), Make.Progress("2022-01-01")]);

        Assert.Equal(Make.Date("2024-09-01"), evaluation.LastActivity);
    }

    [Fact]
    public void Should_Call_A_Commitment_With_No_Activity_At_All_Stale()
    {
        var evaluation = Evaluator.Evaluate(Make.Commitment(), []);

        Assert.True(evaluation.IsStale);
        Assert.Null(evaluation.LastActivity);
    }

    [Fact]
    public void Should_Assess_The_Indicator_From_The_Progress_Values()
    {
        var commitment = Make.Commitment() with
        {
            Indicator = new Indicator { Baseline = 100, BaselineYear = 2020, Target = 121, TargetYear = 2022 },
        };
        ProgressReport[] reports =
        [
            Make.Progress("2021-01-01") with { Value = 110 },
            Make.Progress("2021-06-01") with { Status = CommitmentStatus.InProgress },
        ];

        var indicator = Evaluator.Evaluate(commitment, reports).Indicator;

        Assert.Equal(OnTrackBand.OnTrack, indicator.Band);
        Assert.Equal(new Observation(2021.0, 110), indicator.Latest);
    }
}
