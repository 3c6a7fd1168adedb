using Portal.Domain.Diagnostics;

namespace Portal.Domain.Model;

/// <summary>An element of the OHCHR/UCLG Guidance framework for creating a Human Rights City.</summary>
public sealed record FrameworkElement
{
    public required string Id { get; init; }
    public required string Pillar { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public int? Order { get; init; }
    public required SourceLocation Row { get; init; }
}
