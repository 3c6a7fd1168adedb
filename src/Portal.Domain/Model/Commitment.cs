using Portal.Domain.Diagnostics;

namespace Portal.Domain.Model;

/// <summary>What a city has committed to do, as its row in commitments.csv states it.</summary>
public sealed record Commitment
{
    public required string Id { get; init; }
    public required string CityId { get; init; }
    public required string Title { get; init; }
    /// <summary>Markdown.</summary>
    public string? Description { get; init; }
    public IReadOnlyList<string> RecommendationIds { get; init; } = [];
    public IReadOnlyList<string> FrameworkIds { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Sdgs { get; init; } = [];
    public string? Department { get; init; }
    public PartialDate? Start { get; init; }
    public PartialDate? Due { get; init; }
    /// <summary>The status the row declares; progress reports may have changed it since.</summary>
    public required CommitmentStatus Status { get; init; }
    public Indicator? Indicator { get; init; }
    public string? Source { get; init; }
    public PartialDate? Updated { get; init; }
    public required SourceLocation Row { get; init; }
}
