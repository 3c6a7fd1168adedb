using Portal.Domain.Diagnostics;
using Portal.Importing.Mapping;

namespace Portal.Importing.Reading.Tables;

/// <summary>A sheet's header row, where it is, and its data rows; no header when the sheet has no row with text.</summary>
internal sealed record SheetContent(IReadOnlyList<string>? Header, SourceLocation HeaderLocation, IReadOnlyList<SourceRecord> Records);
