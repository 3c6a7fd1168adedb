using Portal.Domain.Diagnostics;
using Portal.TextFiles.Csv;

namespace Portal.Loading;

/// <summary>
/// Keeps each data file as last read, with what reading it reported, so that a rebuild after an edit to one
/// file parses only that file. A file counts as unchanged while its size and time of last write stay the same,
/// unless it is forgotten: a copy that keeps the time (<c>cp -p</c>) and the size is still an edit.
/// </summary>
internal sealed class TableCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool TryGet<T>(string path, out Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(Path.GetFullPath(path), out entry!) && entry.Stamp == Stamp.Of(path) && entry.Records is IReadOnlyList<T>)
            {
                return true;
            }
        }

        entry = null!;
        return false;
    }

    public Entry Add(string path, Stamp stamp, CsvDocument document, object records, IReadOnlyList<Diagnostic> diagnostics)
    {
        var entry = new Entry(stamp, document, records, diagnostics);
        lock (_gate)
        {
            _entries[Path.GetFullPath(path)] = entry;
        }

        return entry;
    }

    /// <summary>Reads these files afresh next time, whatever their stamps say: the caller knows they changed.</summary>
    public void Forget(IEnumerable<string> paths)
    {
        lock (_gate)
        {
            foreach (var path in paths)
            {
                _entries.Remove(Path.GetFullPath(path));
            }
        }
    }

    public sealed record Entry(Stamp Stamp, CsvDocument Document, object Records, IReadOnlyList<Diagnostic> Diagnostics);

    public readonly record struct Stamp(long Length, DateTime LastWriteUtc)
    {
        public static Stamp Of(string path)
        {
            var info = new FileInfo(path);
            return new Stamp(info.Length, info.LastWriteTimeUtc);
        }
    }
}
