namespace Portal.Importing.Mapping;

/// <summary>The UPR cycle of a Working Group session: sessions 1-12 were the first cycle, then 14 sessions a cycle.</summary>
public static class UprCycle
{
    private static readonly (int FirstSession, int LastSession, int Cycle)[] Cycles =
    [
        (1, 12, 1),
        (13, 26, 2),
        (27, 40, 3),
        (41, 54, 4),
    ];

    /// <summary>The cycle, or null for a session outside the known cycles.</summary>
    public static int? FromSession(int session)
    {
        foreach (var (first, last, cycle) in Cycles)
        {
            if (session >= first && session <= last)
            {
                return cycle;
            }
        }

        return null;
    }
}
