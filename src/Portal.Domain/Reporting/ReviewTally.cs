namespace Portal.Domain.Reporting;

/// <summary>The figures of one review (<see cref="ReviewCycle"/>) of a mechanism; <see cref="Cycle"/> is null for recommendations that give none.</summary>
public sealed record ReviewTally(string Mechanism, int? Cycle, LocalActionTally Tally);
