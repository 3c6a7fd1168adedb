using System.Collections.Frozen;

namespace Portal.TextFiles.Csv;

/// <summary>The header row: column names, matched without regard to case or surrounding spaces.</summary>
internal sealed class CsvHeader
{
    private readonly FrozenDictionary<string, int> _index;

    public CsvHeader(IReadOnlyList<string> names)
    {
        Names = [.. names.Select(n => n.Trim())];
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Names.Count; i++)
        {
            index.TryAdd(Names[i], i);
        }

        _index = index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    public int? IndexOf(string column) => _index.TryGetValue(column, out var i) ? i : null;
}
