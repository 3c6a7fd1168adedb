namespace Portal.Importing.Mapping;

/// <summary>
/// A value of an export that the importer could not map, how many rows had it, where it was first seen,
/// and what the importer did instead (left the cell empty, kept the value as written, skipped the row).
/// </summary>
public sealed record UnmappedValue(string Field, string Value, int Count, int FirstLine, string Outcome);
