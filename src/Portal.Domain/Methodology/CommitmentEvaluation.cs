using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

/// <summary>What the methodology says of one commitment on the as-of date.</summary>
public sealed record CommitmentEvaluation
{
    public required CommitmentStatus Status { get; init; }

    /// <summary>The progress report that set <see cref="Status"/>, or null when the commitment's own row did.</summary>
    public ProgressReport? StatusReport { get; init; }

    public required bool IsOverdue { get; init; }

    public required bool IsStale { get; init; }

    /// <summary>The latest date anything about the commitment was reported, if any.</summary>
    public PartialDate? LastActivity { get; init; }

    public required IndicatorProgress Indicator { get; init; }

    /// <summary>The date of the latest reported indicator value, the one the progress rating rests on, if any.</summary>
    public PartialDate? LatestValueDate { get; init; }

    /// <summary>True when the rating rests on a value older than the freshness window, or on no value at all.</summary>
    public bool IsValueStale { get; init; }

    /// <summary>The one word the commitment is summed up by; see <see cref="VerdictRule"/>.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Days from the end of the due period to the as-of date, when overdue; how late it is.</summary>
    public int? DaysPastDue { get; init; }

    /// <summary>Days from the end of the last reported period to the as-of date; null when nothing was ever reported.</summary>
    public int? DaysSinceActivity { get; init; }

    /// <summary>The progress reports in date order, oldest first.</summary>
    public required IReadOnlyList<ProgressReport> History { get; init; }
}
