using Portal.Domain.Model;

namespace Portal.Domain.Methodology;

public readonly record struct StatusCount(CommitmentStatus Status, int Count);
