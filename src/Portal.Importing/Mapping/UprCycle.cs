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

    /// <summary>
    /// The years each cycle's sessions were held in, from the Working Group's calendar: cycle 1 from April
    /// 2008 (session 1) to October 2011 (12), cycle 2 from May 2012 (13) to November 2016 (26), cycle 3 from
    /// May 2017 (27) to January-February 2022 (40), cycle 4 from November 2022 (41). 2022 held sessions of
    /// cycles 3 and 4, and cycle 4 ends with session 54 early in 2027, so those years name no single cycle.
    /// </summary>
    private static readonly (int FirstYear, int LastYear, int Cycle)[] Years =
    [
        (2008, 2011, 1),
        (2012, 2016, 2),
        (2017, 2021, 3),
        (2023, 2026, 4),
    ];

    /// <summary>The cycle whose sessions were held in the year, or null for a year of two cycles or none known.</summary>
    public static int? FromYear(int year)
    {
        foreach (var (first, last, cycle) in Years)
        {
            if (year >= first && year <= last)
            {
                return cycle;
            }
        }

        return null;
    }

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
