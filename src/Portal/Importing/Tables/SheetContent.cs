using Portal.Domain.Diagnostics;
using Portal.Domain.Importing;

namespace Portal.Importing.Tables;

/// <summary>A sheet's header row, where it is, and its data rows; no header when the sheet has no row with text.</summary>
internal sealed record SheetContent(IReadOnlyList<string>? Header, SourceLocation HeaderLocation, IReadOnlyList<SourceRecord> Records);
