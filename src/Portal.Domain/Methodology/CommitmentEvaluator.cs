using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

/// <summary>
/// Applies the methodology to a commitment: its current status, whether it is overdue or stale, and its
/// indicator's progress. "Today" is the as-of date, never the clock, so a build can be reproduced.
/// </summary>
public sealed class CommitmentEvaluator(DateOnly asOf)
{
    public const int StaleAfterMonths = 12;

    public DateOnly AsOf { get; } = asOf;

    public CommitmentEvaluation Evaluate(Commitment commitment, IEnumerable<ProgressReport> reports)
    {
        // OrderBy is stable: reports on the same date keep file order, so the later row wins.
        var history = reports.OrderBy(r => r.Date).ToList();
        var statusReport = history.LastOrDefault(r => r.Status is not null);
        var status = statusReport?.Status ?? commitment.Status;
        var lastActivity = LastActivity(commitment, history);
        var latestValueDate = history.LastOrDefault(r => r.Value is not null)?.Date;
        var isOverdue = IsOverdue(commitment.Due, status);
        var isStale = IsStale(lastActivity);
        var indicator = IndicatorAssessor.Assess(commitment.Indicator, Observations(history));
        var isValueStale = IsStale(latestValueDate);
        var facts = new VerdictFacts(status, isOverdue, isStale, indicator.Band, isValueStale);

        return new CommitmentEvaluation
        {
            Status = status,
            StatusReport = statusReport,
            IsOverdue = isOverdue,
            IsStale = isStale,
            LastActivity = lastActivity,
            Indicator = indicator,
            LatestValueDate = latestValueDate,
            IsValueStale = isValueStale,
            Verdict = VerdictRule.Decide(facts),
            DaysPastDue = isOverdue ? DaysTo(commitment.Due!.Value) : null,
            DaysSinceActivity = lastActivity is { } last ? Math.Max(0, DaysTo(last)) : null,
            History = history,
        };
    }

    /// <summary>Whole days from the end of a period to the as-of date.</summary>
    private int DaysTo(PartialDate date) => AsOf.DayNumber - date.End.DayNumber;

    /// <summary>Overdue: due before the as-of date and neither achieved nor abandoned.</summary>
    public bool IsOverdue(PartialDate? due, CommitmentStatus status) =>
        due is { } date
        && date.End < AsOf
        && status is not (CommitmentStatus.Achieved or CommitmentStatus.Abandoned);

    /// <summary>Stale: nothing dated within the twelve months before the as-of date.</summary>
    public bool IsStale(PartialDate? lastActivity) =>
        lastActivity is not { } date || date.End < AsOf.AddMonths(-StaleAfterMonths);

    private static PartialDate? LastActivity(Commitment commitment, IReadOnlyList<ProgressReport> history)
    {
        PartialDate? latest = history.Count > 0 ? history[^1].Date : null;
        if (commitment.Updated is { } updated && (latest is null || updated > latest.Value))
        {
            latest = updated;
        }

        return latest;
    }

    private static List<Observation> Observations(IReadOnlyList<ProgressReport> history) =>
        [.. history.Where(r => r.Value is not null).Select(r => new Observation(r.Date.DecimalYear, r.Value!.Value))];
}
