namespace Portal.Domain.Model;

/// <summary>Where a commitment stands. The order is the order lists and charts show.</summary>
public enum CommitmentStatus
{
    Planned,
    InProgress,
    Achieved,
    Stalled,
    Abandoned,
}
