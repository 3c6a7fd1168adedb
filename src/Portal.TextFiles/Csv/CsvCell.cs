using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Csv;

/// <summary>The trimmed text of one cell and where it starts in the file. Empty cells have empty text.</summary>
internal readonly record struct CsvCell(string Text, SourceLocation Location)
{
    public bool IsEmpty => Text.Length == 0;
}
