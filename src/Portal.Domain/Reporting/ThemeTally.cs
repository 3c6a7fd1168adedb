namespace Portal.Domain.Reporting;

/// <summary>The figures of one theme (a theme id, or a label no theme gathers); <see cref="Theme"/> is null for recommendations without a theme.</summary>
public sealed record ThemeTally(string? Theme, LocalActionTally Tally);
