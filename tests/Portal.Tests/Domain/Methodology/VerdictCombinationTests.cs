using Portal.Domain.Methodology;
using Portal.Domain.Model;
using Portal.Tests.Support;

namespace Portal.Tests.Domain.Methodology;

/// <summary>
/// Walks every combination of status, deadline, freshness and pace through the evaluator, as the data would reach
/// it, and checks that no verdict contradicts the deadline or the data behind it.
/// </summary>
public sealed class VerdictCombinationTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);
    private static readonly CommitmentEvaluator Evaluator = new(AsOf);

    /// <summary>Deadlines by name, with whether each has passed on the as-of date.</summary>
    private static readonly (string Name, string? Due, bool Passed)[] Deadlines =
    [
        ("none", null, false),
        ("future day", "2026-03-31", false),
        ("past day", "2025-06-29", true),
        ("past year", "2024", true),
        ("this year, which ends after the as-of date", "2025", false),
        ("past month", "2025-05", true),
        ("this month, which ends on the as-of date", "2025-06", false),
    ];

    /// <summary>When the reports were made: within the twelve months, before them, or never.</summary>
    private static readonly (string Name, string[] Dates)[] Freshness =
    [
        ("fresh", ["2024-09-30", "2025-04-30"]),
        ("stale", ["2023-06-30", "2024-05-31"]),
        ("no reports", []),
    ];

    /// <summary>Indicator values for the two report dates: ahead, on track, behind, and no indicator at all.</summary>
    private static readonly (string Name, Indicator? Indicator, double[] Values)[] Paces =
    [
        ("ahead", Indicator, [90, 120]),
        ("on track", Indicator, [25, 60]),
        ("behind", Indicator, [5, 8]),
        ("no indicator", null, []),
    ];

    private static Indicator Indicator => new() { Baseline = 0, BaselineYear = 2023, Target = 100, TargetYear = 2027 };

    public static IEnumerable<object[]> Combinations() =>
        from status in Enum.GetValues<CommitmentStatus>()
        from deadline in Deadlines
        from freshness in Freshness
        from pace in Paces
        select new object[] { status, deadline.Name, freshness.Name, pace.Name };

    [Fact]
    public void Should_Walk_Every_Combination_Of_Status_Deadline_Freshness_And_Pace()
    {
        var count = Combinations().Count();

        Assert.Equal(5 * 7 * 3 * 4, count);
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Should_Never_Give_A_Verdict_That_Contradicts_The_Deadline_Or_The_Data(
        CommitmentStatus status, string deadlineName, string freshnessName, string paceName)
    {
        var deadline = Deadlines.Single(d => d.Name == deadlineName);
        var freshness = Freshness.Single(f => f.Name == freshnessName);
        var pace = Paces.Single(p => p.Name == paceName);

        var evaluation = Evaluate(status, deadline.Due, freshness.Dates, pace);
        var verdict = evaluation.Verdict;

        var closed = status is CommitmentStatus.Achieved or CommitmentStatus.Abandoned;
        if (deadline.Passed && !closed)
        {
            Assert.Equal(Verdict.Overdue, verdict);
        }

        if (!deadline.Passed)
        {
            Assert.NotEqual(Verdict.Overdue, verdict);
        }

        if (verdict is Verdict.OnTrack or Verdict.Behind or Verdict.NotStarted)
        {
            Assert.False(evaluation.IsStale, "a current-sounding verdict from data older than the window");
            Assert.False(deadline.Passed, "a current-sounding verdict past the deadline");
        }

        Assert.Equal(status == CommitmentStatus.Achieved, verdict == Verdict.Achieved);
        Assert.Equal(status == CommitmentStatus.Abandoned, verdict == Verdict.Abandoned);
        Assert.Equal(!closed && !deadline.Passed && freshness.Name != "fresh", verdict == Verdict.NoRecentData);
        if (!closed && !deadline.Passed && freshness.Name == "fresh")
        {
            Assert.Equal(ExpectedWhileUnderWay(status, pace.Name), verdict);
        }
    }

    private static Verdict ExpectedWhileUnderWay(CommitmentStatus status, string pace) => status switch
    {
        CommitmentStatus.Planned => Verdict.NotStarted,
        CommitmentStatus.Stalled => Verdict.Behind,
        _ => pace == "behind" ? Verdict.Behind : Verdict.OnTrack,
    };

    private static CommitmentEvaluation Evaluate(
        CommitmentStatus status, string? due, string[] dates, (string Name, Indicator? Indicator, double[] Values) pace)
    {
        var commitment = Make.Commitment() with
        {
            Status = status,
            Due = due is null ? null : Make.Date(due),
            Indicator = pace.Indicator,
        };
        var reports = dates.Select((date, i) => Make.Progress(date, line: i + 2) with
        {
            Value = pace.Values.Length > i ? pace.Values[i] : null,
        });
        return Evaluator.Evaluate(commitment, reports);
    }
}
