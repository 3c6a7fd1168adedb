using System.Diagnostics;
using Portal.Domain.Diagnostics;

namespace Portal.Serving;

/// <summary>
/// Brings the served output's search index up to date after rebuilds in place, in the background and one run
/// at a time. Edits that arrive while the indexer runs mark the index stale, and it runs once more after, however
/// many there were. A full build indexes its own staged folder and then replaces the output the indexer writes
/// into, so it first waits for a run in progress and drops the one still asked for.
/// </summary>
internal sealed class SearchIndexRefresh(Action<DiagnosticBag> index, TextWriter output, TextWriter errors)
{
    private readonly Lock _gate = new();
    private Task _running = Task.CompletedTask;
    private bool _stale;
    private bool _working;

    /// <summary>Asks for the index to catch up with the pages; returns at once.</summary>
    public void Request()
    {
        lock (_gate)
        {
            _stale = true;
            if (!_working)
            {
                _working = true;
                _running = Task.Run(RunWhileStale);
            }
        }
    }

    /// <summary>Waits for a run in progress to finish, and cancels any run still asked for.</summary>
    public void StandAside()
    {
        Task running;
        lock (_gate)
        {
            _stale = false;
            running = _running;
        }

        running.Wait();
    }

    private void RunWhileStale()
    {
        while (TakeStale())
        {
            RunOnce();
        }
    }

    /// <summary>Whether to run again; the worker stops under the same lock a request starts one under, so no request is missed.</summary>
    private bool TakeStale()
    {
        lock (_gate)
        {
            _working = _stale;
            _stale = false;
            return _working;
        }
    }

    /// <summary>Runs the indexer once; its problems, whatever they are, are printed and never end the server.</summary>
    private void RunOnce()
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var diagnostics = new DiagnosticBag();
            index(diagnostics);
            foreach (var diagnostic in diagnostics.Sorted())
            {
                errors.WriteLine(diagnostic.ToString());
            }

            output.WriteLine(diagnostics.HasErrors ? "search index refresh failed" : $"search index refreshed in {watch.Elapsed.TotalSeconds:0.0} s");
        }
        catch (Exception e)
        {
            errors.WriteLine($"search index refresh failed: {e}");
        }
    }
}
