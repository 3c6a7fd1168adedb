using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

/// <summary>What the verdict is decided from, each already judged on the as-of date.</summary>
public readonly record struct VerdictFacts(
    CommitmentStatus Status,
    bool IsOverdue,
    bool IsStale,
    OnTrackBand Band,
    bool IsValueStale);
