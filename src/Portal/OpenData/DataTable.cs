namespace Portal.OpenData;

/// <summary>A published table of records of type <typeparamref name="T"/>, in the order they are published.</summary>
internal sealed class DataTable<T>(
    string name,
    ColumnList<T> columns,
    IReadOnlyList<T> records,
    IReadOnlyList<string> primaryKey,
    IReadOnlyList<ForeignKey>? foreignKeys = null) : IDataTable
{
    public string Name => name;

    public IReadOnlyList<DataField> Fields { get; } = [.. columns.Columns.Select(c => c.Field)];

    public IReadOnlyList<string> PrimaryKey => primaryKey;

    public IReadOnlyList<ForeignKey> ForeignKeys => foreignKeys ?? [];

    public int Count => records.Count;

    public IReadOnlyList<T> Records => records;

    public IEnumerable<IReadOnlyList<object?>> Rows() => records.Select(Cells);

    /// <summary>One record's cells, for the files that publish a few records of a table, such as a city's JSON.</summary>
    public IReadOnlyList<object?> Cells(T record)
    {
        var cells = new object?[columns.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = columns.Columns[i].Value(record);
        }

        return cells;
    }
}
