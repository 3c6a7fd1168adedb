namespace Portal.Importing.Mapping;

/// <summary>A row of the export that was not imported, why, and the earlier row it repeats, if any.</summary>
public sealed record SkippedRow(int Line, SkipReason Reason, string? Detail = null, int? SameAsLine = null);
