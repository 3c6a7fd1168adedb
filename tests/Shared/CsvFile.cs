using System.Globalization;
using CsvHelper;

namespace Portal.Testing;

/// <summary>
/// A CSV file read into rows of cells: read back by column name as a reader of the published data would, or
/// edited by column name and written back, as a person would edit it.
/// </summary>
internal sealed class CsvFile
{
    private CsvFile(string path, string[] header, List<string[]> rows)
    {
        FilePath = path;
        Header = header;
        Rows = rows;
    }

    public string FilePath { get; }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public static CsvFile Read(string path)
    {
        using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, header.Length).Select(i => reader.GetField(i) ?? string.Empty)]);
        }

        return new CsvFile(path, header, rows);
    }

    /// <summary>Every row with its cells by column name.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Records =>
        [.. Rows.Select(row => Header.Zip(row).ToDictionary(cell => cell.First, cell => cell.Second, StringComparer.Ordinal))];

    public string[] Row(string id) => Rows.Single(r => r[0] == id);

    public IReadOnlyList<string> Column(string name) => [.. Rows.Select(row => row[IndexOf(name)])];

    public void Set(string id, string column, string value) => Row(id)[IndexOf(column)] = value;

    public void Write()
    {
        using var writer = new CsvWriter(new StreamWriter(FilePath), CultureInfo.InvariantCulture);
        foreach (var row in Rows.Prepend(Header))
        {
            foreach (var cell in row)
            {
                writer.WriteField(cell);
            }

            writer.NextRecord();
        }
    }

    private int IndexOf(string column) =>
        Array.IndexOf(Header, column) is var index and >= 0 ? index : throw new ArgumentException($"{FilePath} has no column '{column}'", nameof(column));
}
