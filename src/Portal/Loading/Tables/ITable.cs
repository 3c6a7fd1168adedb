using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

/// <summary>One CSV file of the data contract: its columns and how a row becomes a domain record.</summary>
internal interface ITable<out T>
{
    string FileName { get; }

    IReadOnlyList<CsvColumn> Columns { get; }

    T Read(RowReader row);
}
