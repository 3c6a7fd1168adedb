using Portal.Domain.Diagnostics;

namespace Portal.Domain.Model;

/// <summary>Where one city stands on one framework element.</summary>
public sealed record Assessment
{
    public required string CityId { get; init; }
    public required string ElementId { get; init; }
    public required AssessmentStatus Status { get; init; }
    public string? Note { get; init; }
    public string? Source { get; init; }
    public PartialDate? Date { get; init; }
    public required SourceLocation Row { get; init; }
}
