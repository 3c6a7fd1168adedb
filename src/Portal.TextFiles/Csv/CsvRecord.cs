using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Csv;

/// <summary>
/// One data row of a CSV file. It keeps where its raw text lies in the file, and finds where each field starts
/// (line and column) only when a cell is named in an error; a record whose quoting was broken had its
/// positions found while it was read, and keeps them.
/// </summary>
internal sealed class CsvRecord(CsvHeader header, SourceLocation start, string[] fields, RawRecord raw, char delimiter = ',')
{
    private SourceLocation[]? _fieldStarts = raw.KnownFieldStarts;

    public SourceLocation Location => start;

    public int FieldCount => fields.Length;

    /// <summary>
    /// Semicolon-separated files come from spreadsheets in locales that write decimals with a comma (12,5),
    /// so there a comma in a number is the decimal separator.
    /// </summary>
    public bool DecimalComma => delimiter == ';';

    public CsvHeader Header => header;

    /// <summary>The cell under a column of the contract; a column the file lacks or a short row reads as empty.</summary>
    public CsvCell this[string column]
    {
        get
        {
            if (header.IndexOf(column) is not { } index)
            {
                return new CsvCell(string.Empty, this, null);
            }

            return new CsvCell(index < fields.Length ? fields[index].Trim() : string.Empty, this, index);
        }
    }

    /// <summary>Where a column's field starts, or the row's start when the column is missing.</summary>
    public SourceLocation LocationOf(string column) =>
        header.IndexOf(column) is { } index ? LocationOfField(index) : start;

    /// <summary>Where a field starts; past the end of a short row, where its last field starts.</summary>
    public SourceLocation LocationOfField(int index)
    {
        // Errors were reported when the record was read; this pass only measures.
        _fieldStarts ??= RecordScanner.Scan(raw.Text, delimiter, start, new DiagnosticBag());
        return index < _fieldStarts.Length ? _fieldStarts[index] : _fieldStarts[^1];
    }
}
