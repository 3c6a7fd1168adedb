using Portal.Domain.Diagnostics;

namespace Portal.Domain.Model;

/// <summary>A theme of the portal, from themes.csv: its id (an address), its label, and the labels of UN sources it gathers.</summary>
public sealed record Theme
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public IReadOnlyList<string> SourceLabels { get; init; } = [];
    public required SourceLocation Row { get; init; }
}
