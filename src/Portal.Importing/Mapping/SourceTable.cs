using Portal.Domain.Diagnostics;

namespace Portal.Importing.Mapping;

/// <summary>
/// An export read into a header and rows of text cells, whatever the file was: CSV, XLSX or JSON.
/// The format mappers work on this, so that they need no file access.
/// </summary>
public sealed class SourceTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public SourceTable(string path, IReadOnlyList<string> columns, IReadOnlyList<SourceRecord> records, RowUnit unit = RowUnit.Line)
    {
        Path = path;
        Columns = columns;
        Records = records;
        Unit = unit;
        HeaderLocation = SourceLocation.OfFile(path);
        for (var i = 0; i < columns.Count; i++)
        {
            _index.TryAdd(HeaderName.Normalise(columns[i]), i);
        }
    }

    /// <summary>The file, as diagnostics show it.</summary>
    public string Path { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<SourceRecord> Records { get; }

    /// <summary>What a record's number counts: lines of a text file, rows of a sheet, items of a JSON array.</summary>
    public RowUnit Unit { get; }

    /// <summary>Workbooks saved by older Mac Excel count serial dates from 1904 rather than 1900.</summary>
    public bool Date1904 { get; init; }

    /// <summary>Where the header starts, for errors about missing columns.</summary>
    public SourceLocation HeaderLocation { get; init; }

    /// <summary>Where each record starts when its number is not a line (the items of a JSON list); empty otherwise.</summary>
    public IReadOnlyDictionary<int, SourceLocation> RecordLocations { get; init; } = new Dictionary<int, SourceLocation>();

    /// <summary>Where a record, by its number, is reported: its line or sheet row, or where its JSON item starts.</summary>
    public SourceLocation LocationOf(int record) =>
        Unit == RowUnit.JsonItem
            ? RecordLocations.GetValueOrDefault(record, SourceLocation.OfFile(Path))
            : new SourceLocation(Path, record, 1);

    /// <summary>The first column whose title matches one of <paramref name="names"/>, in the order given.</summary>
    public int? IndexOf(params string[] names)
    {
        foreach (var name in names)
        {
            if (_index.TryGetValue(HeaderName.Normalise(name), out var index))
            {
                return index;
            }
        }

        return null;
    }

    public bool Has(params string[] names) => IndexOf(names) is not null;
}
