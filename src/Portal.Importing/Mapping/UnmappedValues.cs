namespace Portal.Importing.Mapping;

/// <summary>Counts the values that could not be mapped, one entry per field and value, for the import report.</summary>
public sealed class UnmappedValues
{
    private readonly Dictionary<(string Field, string Value), Entry> _entries = [];

    public int Count => _entries.Count;

    public void Add(string field, string value, int line, string outcome)
    {
        if (_entries.TryGetValue((field, value), out var entry))
        {
            entry.Count++;
            return;
        }

        _entries[(field, value)] = new Entry(line, outcome) { Count = 1 };
    }

    /// <summary>The most frequent first, then by field and value, so reports are stable from run to run.</summary>
    public IReadOnlyList<UnmappedValue> Sorted() =>
        [.. _entries
            .Select(p => new UnmappedValue(p.Key.Field, p.Key.Value, p.Value.Count, p.Value.FirstLine, p.Value.Outcome))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Field, StringComparer.Ordinal)
            .ThenBy(v => v.Value, StringComparer.Ordinal)];

    private sealed class Entry(int firstLine, string outcome)
    {
        public int FirstLine { get; } = firstLine;

        public string Outcome { get; } = outcome;

        public int Count { get; set; }
    }
}
