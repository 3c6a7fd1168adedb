using System.Diagnostics;

namespace Portal.Pipeline;

/// <summary>Times the phases of a build for the report.</summary>
internal sealed class PhaseClock
{
    private readonly List<PhaseTiming> _phases = [];

    public IReadOnlyList<PhaseTiming> Phases => _phases;

    public T Time<T>(string phase, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        _phases.Add(new PhaseTiming(phase, watch.Elapsed));
        return result;
    }

    public void Time(string phase, Action work) => Time(phase, () =>
    {
        work();
        return true;
    });
}
