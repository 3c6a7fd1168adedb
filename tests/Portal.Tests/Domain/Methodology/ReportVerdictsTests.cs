using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Methodology;

/// <summary>The verdict each report left a commitment with, as its feed entry states it.</summary>
public sealed class ReportVerdictsTests
{
    private static Commitment Housing => Make.Commitment() with
    {
        Status = CommitmentStatus.InProgress,
        Due = Make.Date("2025-06"),
        Indicator = new Indicator { Baseline = 0, BaselineYear = 2022, Target = 100, TargetYear = 2025 },
    };

    [Fact]
    public void Should_Judge_Each_Report_On_Its_Own_Date_From_The_Reports_Up_To_It()
    {
        List<ProgressReport> history =
        [
            Make.Progress("2023-12-31", line: 2) with { Value = 70 },
            Make.Progress("2024-12-31", line: 3) with { Value = 60 },
            Make.Progress("2025-09-30", line: 4) with { Value = 90 },
            Make.Progress("2025-10-31", line: 5) with { Status = CommitmentStatus.Achieved },
        ];

        var verdicts = ReportVerdicts.Of(Housing, history);

        Assert.Equal([Verdict.OnTrack, Verdict.Behind, Verdict.Overdue, Verdict.Achieved], verdicts);
    }

    [Fact]
    public void Should_Not_Change_An_Earlier_Reports_Verdict_When_A_Later_Report_Arrives()
    {
        List<ProgressReport> history =
        [
            Make.Progress("2023-12-31", line: 2) with { Value = 40 },
            Make.Progress("2024-12-31", line: 3) with { Value = 45 },
        ];
        var before = ReportVerdicts.Of(Housing, history);

        var after = ReportVerdicts.Of(Housing, [.. history, Make.Progress("2025-03-31", line: 4) with { Value = 99 }]);

        Assert.Equal(before, after.Take(2));
    }
}
