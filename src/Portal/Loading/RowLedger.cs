using Portal.Domain.Diagnostics;

namespace Portal.Loading;

/// <summary>
/// Accounts for every row read: once all checks have run, a row with an error is "reported", any other is
/// "published", unless it is a draft. Errors found late (a broken reference) count as much as errors found while
/// reading. A file the contract expects and the build did not read is listed too, saying why.
/// </summary>
internal sealed class RowLedger
{
    private readonly List<Entry> _entries = [];

    /// <summary>A CSV file: its rows are told apart by the line each record starts on.</summary>
    public void AddTable(string path, IReadOnlyList<int> recordStartLines) =>
        _entries.Add(new Entry(path, recordStartLines.Count, d => d.Location.File == path ? RecordAt(recordStartLines, d.Location.Line) : null, []));

    /// <summary>A folder of documents, each one row; drafts are read and checked but not published.</summary>
    public void AddDocuments(string name, List<string> paths, IReadOnlyCollection<string> drafts) =>
        _entries.Add(new Entry(name, paths.Count, d => paths.IndexOf(d.Location.File) is var i and >= 0 ? i : null, [.. drafts.Select(d => paths.IndexOf(d))]));

    /// <summary>A file the contract expects that was not read: absent, or refused with an error of its own.</summary>
    public void AddUnread(string path, string why) =>
        _entries.Add(new Entry(path, 0, _ => null, []) { NotRead = why });

    public IReadOnlyList<FileAccount> Settle(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return [.. _entries.Select(entry => Account(entry, [.. errors.Select(entry.RowOf).OfType<int>()]))];
    }

    private static FileAccount Account(Entry entry, HashSet<int> rowsWithErrors) =>
        new(entry.Name, entry.Rows, rowsWithErrors.Count)
        {
            Drafts = entry.Drafts.Count(row => !rowsWithErrors.Contains(row)),
            NotRead = entry.NotRead,
        };

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

    private sealed record Entry(string Name, int Rows, Func<Diagnostic, int?> RowOf, IReadOnlyList<int> Drafts)
    {
        public string? NotRead { get; init; }
    }
}
