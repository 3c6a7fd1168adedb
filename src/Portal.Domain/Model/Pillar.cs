namespace Portal.Domain.Model;

/// <summary>A pillar of the framework with its elements in display order.</summary>
public sealed record Pillar(string Name, IReadOnlyList<FrameworkElement> Elements);
