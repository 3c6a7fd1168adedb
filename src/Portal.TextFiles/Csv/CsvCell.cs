using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Csv;

/// <summary>
/// The trimmed text of one cell and where it starts in the file. Empty cells have empty text. The position is
/// worked out only when asked for, to name the cell in an error: a large file has hundreds of thousands of
/// cells and almost none of them is ever named.
/// </summary>
internal readonly struct CsvCell(string text, CsvRecord record, int? column)
{
    public string Text => text;

    public SourceLocation Location => column is { } index ? record.LocationOfField(index) : record.Location;

    public bool IsEmpty => text.Length == 0;
}
