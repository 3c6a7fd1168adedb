namespace Portal.Domain.Diagnostics;

/// <summary>Collects every problem of a run, so that one run reports all of them rather than the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) { return [.. _items]; } }
    }

    public int ErrorCount => Count(DiagnosticSeverity.Error);

    public int WarningCount => Count(DiagnosticSeverity.Warning);

    public bool HasErrors => ErrorCount > 0;

    public void Error(SourceLocation location, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, location, message));

    public void Warning(SourceLocation location, string message) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, location, message));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) { _items.Add(diagnostic); }
    }

    /// <summary>Diagnostics in file, line and column order, so output is stable whatever order checks ran in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. Items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)];

    private int Count(DiagnosticSeverity severity)
    {
        lock (_gate) { return _items.Count(d => d.Severity == severity); }
    }
}
