using System.Diagnostics;
using System.Globalization;
using Portal.Pipeline;

namespace Portal.Cli;

/// <summary>
/// Shows a build's progress on stderr: a bar redrawn in place on a terminal, and plain lines (each phase,
/// and every tenth of a long phase) when stderr goes to a file or a CI log, where a redrawn bar would be noise.
/// </summary>
internal sealed class ConsoleProgress(TextWriter writer, bool isTerminal) : IBuildProgress
{
    private const int BarWidth = 30;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly Lock _gate = new();
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private string _phase = string.Empty;
    private int _total;
    private int _lastTenth;

    public static ConsoleProgress ForStandardError() => new(Console.Error, !Console.IsErrorRedirected);

    public void PhaseStarted(string phase)
    {
        lock (_gate)
        {
            _phase = phase;
            _total = 0;
            _lastTenth = 0;
            if (!isTerminal)
            {
                writer.WriteLine($"{phase}…");
            }
        }
    }

    public void PhaseEnded(string phase, TimeSpan elapsed)
    {
        lock (_gate)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{phase}: done in {elapsed.TotalMilliseconds:0} ms");
            writer.WriteLine(isTerminal ? $"\r{line}\u001b[K" : line);
        }
    }

    public void Started(int total)
    {
        lock (_gate)
        {
            _total = total;
        }
    }

    public void Advanced(int done)
    {
        if (_total == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (isTerminal)
            {
                Redraw(done);
            }
            else
            {
                WriteTenth(done);
            }
        }
    }

    private void Redraw(int done)
    {
        if (done < _total && _sinceDrawn.Elapsed < RedrawEvery)
        {
            return;
        }

        _sinceDrawn.Restart();
        var filled = (int)((long)BarWidth * done / _total);
        var bar = new string('#', filled) + new string('-', BarWidth - filled);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r{_phase} [{bar}] {100L * done / _total,3}% {done:N0}/{_total:N0}\u001b[K"));
    }

    private void WriteTenth(int done)
    {
        var tenth = (int)(10L * done / _total);
        if (tenth > _lastTenth && tenth < 10)
        {
            _lastTenth = tenth;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_phase}: {tenth * 10}% ({done:N0} of {_total:N0})"));
        }
    }
}
