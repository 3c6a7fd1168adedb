namespace Portal.Domain.Model.Sessions;

/// <summary>A session of the UPR Working Group: its number, the review cycle it belongs to and when it began.</summary>
/// <param name="Start">The first day of the session, or only its month where the day is not known.</param>
public sealed record UprSession(int Number, int Cycle, PartialDate Start);
