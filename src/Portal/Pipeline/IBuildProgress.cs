namespace Portal.Pipeline;

/// <summary>Hears how a build advances: which phase runs, and how many of its pages are done.</summary>
public interface IBuildProgress
{
    void PhaseStarted(string phase);

    void PhaseEnded(string phase, TimeSpan elapsed);

    /// <summary>The phase at work has this many items to do.</summary>
    void Started(int total);

    void Advanced(int done);
}

/// <summary>For builds nobody watches, such as tests.</summary>
public sealed class SilentProgress : IBuildProgress
{
    public static SilentProgress Instance { get; } = new();

    public void PhaseStarted(string phase)
    {
    }

    public void PhaseEnded(string phase, TimeSpan elapsed)
    {
    }

    public void Started(int total)
    {
    }

    public void Advanced(int done)
    {
    }
}
