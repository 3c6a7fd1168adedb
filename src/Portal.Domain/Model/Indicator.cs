namespace Portal.Domain.Model;

/// <summary>The numeric indicator a commitment is measured by. Any part may be missing in the data.</summary>
public sealed record Indicator
{
    public string? Name { get; init; }
    public string? Unit { get; init; }
    public double? Baseline { get; init; }
    public int? BaselineYear { get; init; }
    public double? Target { get; init; }
    public int? TargetYear { get; init; }
}
