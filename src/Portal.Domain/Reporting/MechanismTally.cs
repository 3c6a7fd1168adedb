namespace Portal.Domain.Reporting;

/// <summary>The figures of one mechanism's recommendations to a State, the mechanism spelt as in <see cref="LocalActionScopes"/>.</summary>
public sealed record MechanismTally(string Mechanism, LocalActionTally Tally);
