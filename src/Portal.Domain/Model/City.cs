using Portal.Domain.Diagnostics;

namespace Portal.Domain.Model;

/// <summary>A local or regional government that publishes its commitments.</summary>
public sealed record City
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>ISO 3166-1 alpha-3 code of the State the city belongs to.</summary>
    public required string Country { get; init; }
    public string? Level { get; init; }
    public long? Population { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Website { get; init; }
    /// <summary>When the city declared itself a Human Rights City.</summary>
    public PartialDate? Declared { get; init; }
    public IReadOnlyList<string> Networks { get; init; } = [];
    public string? Summary { get; init; }
    public required SourceLocation Row { get; init; }
}
