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

    /// <summary>The progress reports in date order, oldest first.</summary>
    public required IReadOnlyList<ProgressReport> History { get; init; }
}
