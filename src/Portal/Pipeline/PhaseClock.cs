using System.Diagnostics;

namespace Portal.Pipeline;

/// <summary>Times the phases of a build for the report, and tells the progress display as each starts and ends.</summary>
internal sealed class PhaseClock(IBuildProgress progress)
{
    private readonly List<PhaseTiming> _phases = [];

    public IReadOnlyList<PhaseTiming> Phases => _phases;

    public IBuildProgress Progress => progress;

    public T Time<T>(string phase, Func<T> work)
    {
        progress.PhaseStarted(phase);
        var watch = Stopwatch.StartNew();
        var result = work();
        _phases.Add(new PhaseTiming(phase, watch.Elapsed));
        progress.PhaseEnded(phase, watch.Elapsed);
        return result;
    }

    public void Time(string phase, Action work) => Time(phase, () =>
    {
        work();
        return true;
    });
}
