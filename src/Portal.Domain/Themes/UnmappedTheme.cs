using Portal.Domain.Diagnostics;

namespace Portal.Domain.Themes;

/// <summary>A theme label that no theme of the list gathers: how many records hold it, and the cell of the first.</summary>
public sealed record UnmappedTheme(string Label, int Count, SourceLocation First);
