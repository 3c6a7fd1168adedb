namespace Portal.TextFiles.Csv;

/// <summary>One row of a delimited file: the line it starts on and its cells as written, unquoted.</summary>
internal sealed record DelimitedRecord(int Line, string[] Fields);
