namespace Portal.Domain.Methodology;

public readonly record struct VerdictCount(Verdict Verdict, int Count);
