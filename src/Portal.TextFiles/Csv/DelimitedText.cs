using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Csv;

/// <summary>A delimited text file read into its header and rows of raw cells.</summary>
internal sealed record DelimitedText(IReadOnlyList<string> Header, SourceLocation HeaderLocation, IReadOnlyList<DelimitedRecord> Records);
