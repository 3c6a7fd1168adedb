using Portal.Domain.Diagnostics;

namespace Portal.Domain.Model;

/// <summary>A dated report on a commitment: a new indicator value, a change of status, or both.</summary>
public sealed record ProgressReport
{
    public required string CommitmentId { get; init; }
    public required PartialDate Date { get; init; }
    public double? Value { get; init; }
    public CommitmentStatus? Status { get; init; }
    public string? Note { get; init; }
    public string? Source { get; init; }
    public required SourceLocation Row { get; init; }
}
