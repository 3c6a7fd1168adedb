using Portal.Domain.Model;

namespace Portal.Domain.Reporting;

/// <summary>
/// Which recommendations a dashboard or an annex covers: those addressed to one State, optionally from one
/// mechanism ("UPR", "CEDAW") and one review (<see cref="ReviewCycle"/>: a UPR cycle, or a treaty body's year).
/// Mechanisms compare as the data spells them, ignoring case.
/// </summary>
public sealed record LocalActionScope(string Country, string? Mechanism = null, int? Cycle = null)
{
    public bool Covers(Recommendation recommendation) =>
        string.Equals(recommendation.Country, Country, StringComparison.OrdinalIgnoreCase)
        && (Mechanism is null || string.Equals(recommendation.Mechanism, Mechanism, StringComparison.OrdinalIgnoreCase))
        && (Cycle is null || ReviewCycle.Of(recommendation) == Cycle);
}
