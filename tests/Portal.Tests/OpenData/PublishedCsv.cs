using System.Globalization;
using CsvHelper;

namespace Portal.Tests.OpenData;

/// <summary>A published CSV read back as a reader would: its header and its rows, cell by column name.</summary>
internal sealed record PublishedCsv(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static PublishedCsv Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(name => name, name => csv.GetField(name)!, StringComparer.Ordinal));
        }

        return new PublishedCsv(header, rows);
    }

    public IReadOnlyList<string> Column(string name) => [.. Rows.Select(row => row[name])];
}
