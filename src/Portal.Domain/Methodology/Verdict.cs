namespace Portal.Domain.Methodology;

/// <summary>
/// The one word a commitment is summed up by: its status, deadline, freshness and pace together. The order is the
/// order summaries and legends show.
/// </summary>
public enum Verdict
{
    Achieved,
    OnTrack,
    Behind,
    Overdue,
    NoRecentData,
    NotStarted,
    Abandoned,
}
