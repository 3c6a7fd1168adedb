namespace Portal.Importing.Mapping;

/// <summary>One data row of an export: its line (or sheet row, or JSON item) and its cells as text.</summary>
public sealed record SourceRecord(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell in a column, or empty when the column is missing or the row is short.</summary>
    public string Cell(int? column) =>
        column is { } index && index < Cells.Count ? Cells[index] : string.Empty;

    /// <summary>The raw cells joined, to recognise a row that repeats an earlier one exactly.</summary>
    public string Fingerprint => string.Join('\u001F', Cells);
}
