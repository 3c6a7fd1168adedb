namespace Portal.Importing.Mapping;

/// <summary>
/// One row of recommendations.csv as text cells keyed by column name (any case), including columns the
/// contract does not know, so that writing the file back keeps them.
/// </summary>
public sealed class TableRow
{
    private readonly Dictionary<string, string> _cells;

    public TableRow(IEnumerable<KeyValuePair<string, string>> cells, int line = 0)
    {
        _cells = new Dictionary<string, string>(cells, StringComparer.OrdinalIgnoreCase);
        Line = line;
    }

    /// <summary>The line the row starts on in the file it was read from; 0 for a row an import adds.</summary>
    public int Line { get; }

    /// <summary>The export's row (line, sheet row or item) whose values an import wrote into this row; 0 when no import changed it.</summary>
    public int ImportedFrom { get; init; }

    public string Id => this[RecommendationColumns.Id];

    public string this[string column] => _cells.TryGetValue(column, out var value) ? value : string.Empty;

    public TableRow With(IReadOnlyDictionary<string, string> changes, int importedFrom = 0)
    {
        var cells = new Dictionary<string, string>(_cells, StringComparer.OrdinalIgnoreCase);
        foreach (var (column, value) in changes)
        {
            cells[column] = value;
        }

        return new TableRow(cells, Line) { ImportedFrom = importedFrom };
    }
}
