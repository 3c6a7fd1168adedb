using Portal.Domain.Diagnostics;
using Portal.Domain.Validation;
using Portal.TextFiles.Csv;

namespace Portal.Loading.Tables;

/// <summary>Remembers every record read, so that later checks can point at a cell by its row and column name.</summary>
internal sealed class CellLocator : IColumnLocator
{
    private readonly Dictionary<(string File, int Line), CsvRecord> _records = [];

    public void Add(CsvDocument document)
    {
        foreach (var record in document.Records)
        {
            _records[(record.Location.File, record.Location.Line)] = record;
        }
    }

    public SourceLocation Locate(SourceLocation row, string column) =>
        _records.TryGetValue((row.File, row.Line), out var record) ? record.LocationOf(column) : row;
}
