using Portal.Domain.Diagnostics;

namespace Portal.TextFiles.Csv;

/// <summary>One data row of a CSV file, with the position of each of its fields.</summary>
internal sealed class CsvRecord(CsvHeader header, SourceLocation start, string[] fields, SourceLocation[] fieldStarts, char delimiter = ',')
{
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
                return new CsvCell(string.Empty, start);
            }

            return index < fields.Length
                ? new CsvCell(fields[index].Trim(), fieldStarts[index])
                : new CsvCell(string.Empty, LocationOf(index));
        }
    }

    /// <summary>Where a column's field starts, or the row's start when the column is missing.</summary>
    public SourceLocation LocationOf(string column) =>
        header.IndexOf(column) is { } index ? LocationOf(index) : start;

    private SourceLocation LocationOf(int index) =>
        index < fieldStarts.Length ? fieldStarts[index] : fieldStarts[^1];
}
