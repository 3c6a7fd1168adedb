using Portal.Domain.Diagnostics;

namespace Portal.Loading;

/// <summary>
/// Accounts for every row read: once all checks have run, a row with an error is "reported", any other is
/// "published". Errors found late (a broken reference) count as much as errors found while reading.
/// </summary>
internal sealed class RowLedger
{
    private readonly List<Entry> _entries = [];

    /// <summary>A CSV file: its rows are told apart by the line each record starts on.</summary>
    public void AddTable(string path, IReadOnlyList<int> recordStartLines) =>
        _entries.Add(new Entry(path, recordStartLines.Count, d => d.Location.File == path ? RecordAt(recordStartLines, d.Location.Line) : null));

    /// <summary>A folder of documents, each one row.</summary>
    public void AddDocuments(string name, List<string> paths) =>
        _entries.Add(new Entry(name, paths.Count, d => paths.IndexOf(d.Location.File) is var i and >= 0 ? i : null));

    public IReadOnlyList<FileAccount> Settle(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return [.. _entries.Select(entry => new FileAccount(
            entry.Name,
            entry.Rows,
            errors.Select(entry.RowOf).OfType<int>().Distinct().Count()))];
    }

    /// <summary>The index of the record a line falls in; header lines fall in none.</summary>
    private static int? RecordAt(IReadOnlyList<int> starts, int line)
    {
        var low = 0;
        var high = starts.Count - 1;
        int? found = null;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (starts[mid] <= line)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private sealed record Entry(string Name, int Rows, Func<Diagnostic, int?> RowOf);
}
