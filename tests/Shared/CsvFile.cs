using System.Globalization;
using CsvHelper;

namespace Portal.Testing;

/// <summary>A CSV file read into rows of cells, edited by column name, and written back, as a person would edit it.</summary>
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

    public string[] Row(string id) => Rows.Single(r => r[0] == id);

    public void Set(string id, string column, string value) => Row(id)[Array.IndexOf(Header, column)] = value;

    public string Get(string id, string column) => Row(id)[Array.IndexOf(Header, column)];

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
}
